import {
  checkClose,
  checkCreate,
  checkMove,
  checkRename,
  normalizeUnitName,
  type TreeUnit,
  type UnitCheck,
  type UnitKind,
} from '@jenjang/domain/people/unit-tree.rules';
import { type Actor, can, listScope } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { uniqueName } from './unique-name';
import * as repo from './unit.repository';

// Units of the organisation tree: create, rename, move, close. Each change authorises the units
// it touches with can() (a scoped admin only inside its subtree), takes the tree lock, asks the
// pure rules, writes, and audits with the names needed to read the entry later.

/** How long a change waits for the tree lock before answering "busy" (an import may hold it). */
const LOCK_WAIT_MS = 5_000;

type Row = repo.UnitRow;

function toTreeUnit(row: Row): TreeUnit {
  return { id: row.id, parentId: row.parent_id, path: row.path, closedOn: row.closed_on };
}

export function toUnit(row: Row) {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    kind: row.kind,
    path: row.path,
    closedOn: row.closed_on,
  };
}

/**
 * The units the actor may name, with each unit's headcount only for readers of workforce figures
 * (dashboard.read) and only within their reach (an atasan's subtree); null for everyone else:
 * unit names are in every form, the government's workforce per unit is not.
 */
export async function listUnits(db: Db, actor: Actor, includeClosed: boolean, now: Date) {
  const scope = listScope(actor, 'unit.read');
  const counts = listScope(actor, 'dashboard.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const today = await tenantToday(tx, now);
    const rows = await repo.listUnits(tx, scope, { includeClosed, today, counts });
    return {
      items: rows.map((r) => ({
        id: r.id,
        parentId: r.parent_id,
        name: r.name,
        kind: r.kind,
        employeeCount: r.employee_count,
        closedOn: r.closed_on,
      })),
    };
  });
}

/** A rule's refusal as a translated 409 (the request was fine; the tree's state forbids it). */
function refuse(check: UnitCheck): void {
  if (!check.ok) throw new ProblemError(409, check.code, check.params ?? {});
}

/**
 * Runs a tree change in one transaction under the exclusive tree lock. A lock held too long
 * (an import running) or a sibling with the same name ends it with a translated 409.
 */
async function changeTree<T>(
  db: Db,
  actor: Actor,
  now: Date,
  work: (tx: Tx, today: string) => Promise<T>,
): Promise<T> {
  try {
    return await withTenant(db, actor.tenantId, async (tx) => {
      await repo.lockUnitTree(tx, actor.tenantId, 'exclusive', LOCK_WAIT_MS);
      return work(tx, await tenantToday(tx, now));
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '55P03') throw new ProblemError(409, 'unit.busy');
    throw error;
  }
}

/**
 * The unit to rename, move or close, if it is this government's (row-level security) and the
 * actor may change it. Changing a unit is a decision about its parent's structure, so it is
 * authorised on the parent's path: a scoped admin changes the units strictly inside its subtree,
 * never its own unit (an OPD's name and existence are the government's decision, as adding one at
 * the top is; and closing it would leave the admin's own account scoped to a closed unit).
 */
async function reachableUnit(tx: Tx, actor: Actor, id: number): Promise<Row> {
  const unit = await repo.findUnit(tx, id);
  if (!unit) throw notFound();
  if (!can(actor, 'unit.manage', { tenantId: unit.tenant_id, unitPath: unit.path.slice(0, -1) })) {
    const key = unit.id === actor.scopeUnitId ? 'unit.ownScope' : 'unit.outOfReach';
    throw new ProblemError(403, key, { name: unit.name });
  }
  return unit;
}

/** A parent (or target) named in the request: absent is 404, outside the actor's reach 403. */
async function reachableParent(tx: Tx, actor: Actor, id: number | null): Promise<Row | null> {
  if (id === null) {
    // The top of the tree is the whole government's: a scoped admin never places a unit there.
    if (!can(actor, 'unit.manage', { tenantId: actor.tenantId, unitPath: null })) {
      throw new ProblemError(403, 'unit.topOutOfReach');
    }
    return null;
  }
  const parent = await repo.findUnit(tx, id);
  if (!parent) throw new ProblemError(404, 'unit.parentNotFound');
  if (!can(actor, 'unit.manage', { tenantId: parent.tenant_id, unitPath: parent.path })) {
    throw new ProblemError(403, 'unit.outOfReach', { name: parent.name });
  }
  return parent;
}

async function parentName(tx: Tx, parentId: number | null): Promise<string | null> {
  if (parentId === null) return null;
  return (await repo.findUnit(tx, parentId))?.name ?? null;
}

export async function createUnit(
  db: Db,
  actor: Actor,
  input: { name: string; kind: UnitKind; parentId: number | null },
  now: Date,
) {
  const name = normalizeUnitName(input.name);
  return changeTree(db, actor, now, async (tx, today) => {
    const parent = await reachableParent(tx, actor, input.parentId);
    refuse(checkCreate(parent && toTreeUnit(parent), today));
    const unit = await uniqueName('unit.nameTaken', name, () =>
      repo.insertUnit(tx, {
        tenantId: actor.tenantId,
        parentId: parent?.id ?? null,
        parentPath: parent?.path ?? [],
        name,
        kind: input.kind,
      }),
    );
    await publish(tx, actor.tenantId, {
      type: 'unit.created',
      actorAccountId: actor.accountId,
      payload: {
        unitId: unit.id,
        name,
        kind: input.kind,
        parentId: parent?.id ?? null,
        parentName: parent?.name ?? null,
      },
    });
    return toUnit(unit);
  });
}

export async function renameUnit(db: Db, actor: Actor, id: number, input: { name: string }, now: Date) {
  const name = normalizeUnitName(input.name);
  return changeTree(db, actor, now, async (tx, today) => {
    const unit = await reachableUnit(tx, actor, id);
    refuse(checkRename(toTreeUnit(unit), today));
    if (unit.name === name) return toUnit(unit);
    const renamed = await uniqueName('unit.nameTaken', name, () => repo.renameUnit(tx, id, name));
    await publish(tx, actor.tenantId, {
      type: 'unit.renamed',
      actorAccountId: actor.accountId,
      payload: {
        unitId: id,
        before: unit.name,
        after: name,
        parentName: await parentName(tx, unit.parent_id),
      },
    });
    return toUnit(renamed);
  });
}

export async function moveUnit(
  db: Db,
  actor: Actor,
  id: number,
  input: { parentId: number | null },
  now: Date,
) {
  return changeTree(db, actor, now, async (tx, today) => {
    const unit = await reachableUnit(tx, actor, id);
    const parent = await reachableParent(tx, actor, input.parentId);
    refuse(checkMove(toTreeUnit(unit), parent && toTreeUnit(parent), today));
    const units = await uniqueName('unit.nameTaken', unit.name, () => repo.moveSubtree(tx, unit, parent));
    await publish(tx, actor.tenantId, {
      type: 'unit.moved',
      actorAccountId: actor.accountId,
      payload: {
        unitId: id,
        name: unit.name,
        from: { parentId: unit.parent_id, path: await repo.pathNames(tx, unit.path.slice(0, -1)) },
        to: { parentId: parent?.id ?? null, path: parent ? await repo.pathNames(tx, parent.path) : [] },
        units,
        // Both places: a reader limited to either subtree sees the move.
        unitPath: [...unit.path, ...(parent?.path ?? [])],
      },
    });
    const moved = await repo.findUnit(tx, id);
    return toUnit(moved ?? unit);
  });
}

/**
 * Closes a unit and its open sub-units on an effective date. Its employees move to the chosen
 * unit in the same transaction; without one, a unit that still holds people stays open and the
 * 409 says how many are there.
 */
export async function closeUnit(
  db: Db,
  actor: Actor,
  id: number,
  input: { closedOn: string; moveEmployeesTo: number | null },
  now: Date,
) {
  return changeTree(db, actor, now, async (tx, today) => {
    const unit = await reachableUnit(tx, actor, id);
    const target =
      input.moveEmployeesTo === null ? null : await reachableTarget(tx, actor, input.moveEmployeesTo);
    const employees = await repo.lockSubtreeEmployees(tx, id);
    refuse(
      checkClose({
        unit: toTreeUnit(unit),
        closedOn: input.closedOn,
        today,
        employees: employees.length,
        target: target && toTreeUnit(target),
      }),
    );
    const closing = await repo.openSubtree(tx, id);
    await repo.closeUnits(
      tx,
      closing.map((u) => u.id),
      input.closedOn,
    );
    if (target !== null) await repo.moveEmployees(tx, employees, target.id);
    await publish(tx, actor.tenantId, {
      type: 'unit.closed',
      actorAccountId: actor.accountId,
      payload: {
        unitId: id,
        // The unit where its employees went belongs to the story too.
        unitPath: [...unit.path, ...(target?.path ?? [])],
        name: unit.name,
        path: await repo.pathNames(tx, unit.path),
        closedOn: input.closedOn,
        closedUnits: closing.map((u) => ({ id: u.id, name: u.name })),
        movedEmployees: employees.length,
        target: target ? { id: target.id, path: await repo.pathNames(tx, target.path) } : null,
      },
    });
    const closed = await repo.findUnit(tx, id);
    return { unit: toUnit(closed ?? unit), closedUnits: closing.length, movedEmployees: employees.length };
  });
}

async function reachableTarget(tx: Tx, actor: Actor, id: number): Promise<Row> {
  const target = await repo.findUnit(tx, id);
  if (!target) throw new ProblemError(404, 'unit.targetNotFound');
  if (!can(actor, 'unit.manage', { tenantId: target.tenant_id, unitPath: target.path })) {
    throw new ProblemError(403, 'unit.outOfReach', { name: target.name });
  }
  return target;
}
