import {
  checkPositionLevel,
  type FungsionalLevel,
  type PositionKind,
  positionGroup,
} from '@jenjang/domain/people/position';
import { normalizeUnitName } from '@jenjang/domain/people/unit-tree.rules';
import { type Actor, can, listScope } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import * as repo from './position.repository';
import { uniqueName } from './unique-name';

// Positions (jabatan) belong to the whole government: only an admin without a unit scope
// manages them (can() fails closed for a scoped actor on a tenant-wide resource). Anyone who
// reads units reads their names (forms and filters need them); how many hold each is a workforce
// figure, counted only for readers of those (dashboard.read) and within their reach.

export interface PositionInput {
  name: string;
  kind: PositionKind;
  level: FungsionalLevel | null;
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.findPosition>>>;

function toPosition(row: Pick<Row, 'id' | 'name' | 'kind' | 'level'>, employeeCount: number | null) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as PositionKind | null,
    level: row.level as FungsionalLevel | null,
    employeeCount,
  };
}

function requireManage(actor: Actor): void {
  if (!can(actor, 'position.manage', { tenantId: actor.tenantId, unitPath: null })) {
    throw new ProblemError(403, 'position.outOfReach');
  }
}

/** Name normalised; a jenjang where the kind needs one and nowhere else (PermenPANRB 1/2023). */
function checked(input: PositionInput): PositionInput {
  const problem = checkPositionLevel(input.kind, input.level);
  if (problem) {
    throw new ProblemError(400, 'problem.validation', {}, [{ path: 'body/level', key: `errors.${problem}` }]);
  }
  return { ...input, name: normalizeUnitName(input.name) };
}

export async function listPositions(
  db: Db,
  actor: Actor,
  query: { q?: string | undefined; kind?: PositionKind | undefined; page: number; pageSize: number },
) {
  if (!can(actor, 'unit.read', { tenantId: actor.tenantId, unitPath: null })) {
    return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  }
  return withTenant(db, actor.tenantId, async (tx) => {
    const counts = listScope(actor, 'dashboard.read');
    const { rows, total } = await repo.listPositions(tx, query, query, counts);
    return {
      items: rows.map((row) => toPosition(row, row.employee_count)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export async function createPosition(db: Db, actor: Actor, input: PositionInput) {
  requireManage(actor);
  const values = checked(input);
  return withTenant(db, actor.tenantId, async (tx) => {
    const row = await uniqueName('position.nameTaken', values.name, () =>
      repo.insertPosition(tx, { tenantId: actor.tenantId, ...values }),
    );
    await publish(tx, actor.tenantId, {
      type: 'position.created',
      actorAccountId: actor.accountId,
      payload: { positionId: row.id, ...values, group: positionGroup(values.kind) },
    });
    return toPosition(row, 0);
  });
}

export async function updatePosition(db: Db, actor: Actor, id: number, input: PositionInput) {
  requireManage(actor);
  const values = checked(input);
  return withTenant(db, actor.tenantId, async (tx) => {
    const before = await repo.findPosition(tx, id);
    if (!before) throw notFound();
    const changed = (['name', 'kind', 'level'] as const).filter((field) => before[field] !== values[field]);
    if (changed.length === 0) return toPosition(before, await repo.countHolders(tx, id));
    const { position, holdersChanged } = await uniqueName('position.nameTaken', values.name, () =>
      repo.updatePosition(tx, id, values),
    );
    await publish(tx, actor.tenantId, {
      type: 'position.updated',
      actorAccountId: actor.accountId,
      payload: {
        positionId: id,
        name: values.name,
        changes: Object.fromEntries(
          changed.map((field) => [field, { before: before[field], after: values[field] }]),
        ),
        holdersChanged,
      },
    });
    return toPosition(position, await repo.countHolders(tx, id));
  });
}
