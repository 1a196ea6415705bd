import type { FungsionalLevel, PositionKind } from '@jenjang/domain/people/position';
import type { UnitKind } from '@jenjang/domain/people/unit-tree.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import type { Db } from '../db/database';
import { createPosition } from '../features/organisation/position.service';
import { createUnit } from '../features/organisation/unit.service';
import type { Clock } from '../platform/clock';
import type { DemoUnit } from './demo-regions';

// A demo government's organisation, set up as its admin would: each unit and each position through
// the organisation services, so the tree rules, unique names and audit entries all apply.

export interface PlacedUnit {
  id: number;
  name: string;
  kind: UnitKind;
  depth: number;
  top: PlacedUnit | null;
  weight: number;
}

export type Job = [string, PositionKind, FungsionalLevel | null];

/** The unit tree of demo-regions.ts, created top-down; each unit with its share of the employees. */
export async function placeUnits(
  db: Db,
  admin: Actor,
  units: DemoUnit[],
  clock: Clock,
): Promise<PlacedUnit[]> {
  const placed: PlacedUnit[] = [];
  const visit = async (list: DemoUnit[], parentId: number | null, top: PlacedUnit | null, depth: number) => {
    for (const unit of list) {
      const created = await createUnit(
        db,
        admin,
        { name: unit.name, kind: unit.kind, parentId },
        clock.now(),
      );
      const childWeight = (unit.children ?? []).reduce((sum, c) => sum + c.weight, 0);
      const own: PlacedUnit = { id: created.id, name: unit.name, kind: unit.kind, depth, top, weight: 0 };
      // The OPD office itself keeps a share next to its bidang and UPT.
      own.weight =
        (top === null ? unit.weight : unit.weight * (top.weight / 10)) * (childWeight > 0 ? 0.3 : 1);
      placed.push(own);
      if (unit.children) await visit(unit.children, created.id, top ?? own, depth + 1);
    }
  };
  await visit(units, null, null, 0);
  return placed;
}

/** Positions by name, each created through the organisation service the first time it is needed. */
export function positionCatalogue(db: Db, admin: Actor) {
  const ids = new Map<string, number>();
  return async ([name, kind, level]: Job): Promise<number> => {
    const known = ids.get(name);
    if (known !== undefined) return known;
    const position = await createPosition(db, admin, { name, kind, level });
    ids.set(name, position.id);
    return position.id;
  };
}
