import type { UnitKind } from '@jenjang/domain/people/unit-tree.rules';
import type { ListScope } from '@jenjang/domain/shared/access';
import { sql } from 'kysely';
import { ADVISORY_LOCK } from '../../db/advisory-locks';
import { countedAt } from '../../db/counted-at';
import type { Tx } from '../../db/database';

// The unit tree's SQL. unit.path holds the ids from the top down; a subtree is `path @> {id}`,
// served by the GIN index on path. Every change of the tree's shape takes the tree lock first.

/**
 * Serialises changes of one government's unit tree. A move rewrites the paths of a whole subtree
 * and a closure moves people out of it: a unit created, a person placed or another move in the
 * meantime would leave a stale path or someone in a closed unit. Moves, closures, renames, unit
 * creation and imports take it exclusively; placing one employee takes it shared. `waitMs`
 * bounds the wait (a request answers "busy" rather than hang behind a long import).
 */
export async function lockUnitTree(
  tx: Tx,
  tenantId: number,
  mode: 'shared' | 'exclusive',
  waitMs?: number,
): Promise<void> {
  if (waitMs !== undefined) await sql`select set_config('lock_timeout', ${`${waitMs}ms`}, true)`.execute(tx);
  const lock = sql.raw(mode === 'exclusive' ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared');
  await sql`select ${lock}(${ADVISORY_LOCK.unitTree}, ${tenantId})`.execute(tx);
}

const UNIT_COLUMNS = ['id', 'tenant_id', 'parent_id', 'path', 'name', 'kind', 'closed_on'] as const;

export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

export function findUnit(tx: Tx, id: number) {
  return tx.selectFrom('unit').select(UNIT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Names of the units on a path, top first: what an audit entry needs to read later. */
export async function pathNames(tx: Tx, path: readonly number[]): Promise<string[]> {
  if (path.length === 0) return [];
  const rows = await tx
    .selectFrom('unit')
    .select(['id', 'name'])
    .where('id', 'in', [...path])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row.name]));
  return path.map((id) => byId.get(id) ?? String(id));
}

export async function insertUnit(
  tx: Tx,
  unit: {
    tenantId: number;
    parentId: number | null;
    parentPath: readonly number[];
    name: string;
    kind: UnitKind;
  },
): Promise<UnitRow> {
  // The id is drawn first so that the path (ancestors, then the unit itself) is written at once.
  const result = await sql<UnitRow>`
    insert into unit (id, tenant_id, parent_id, path, name, kind) overriding system value
    select n.id, ${unit.tenantId}, ${unit.parentId}::bigint, ${sql.val([...unit.parentPath])}::bigint[] || n.id,
           ${unit.name}, ${unit.kind}
    from (select nextval(pg_get_serial_sequence('unit', 'id')) as id) n
    returning id, tenant_id, parent_id, path, name, kind, closed_on`.execute(tx);
  const row = result.rows[0];
  if (!row) throw new Error('unit insert returned no row');
  return row;
}

export async function renameUnit(tx: Tx, id: number, name: string) {
  return tx
    .updateTable('unit')
    .set({ name })
    .where('id', '=', id)
    .returning(UNIT_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function setUnitKind(tx: Tx, id: number, kind: UnitKind): Promise<void> {
  await tx.updateTable('unit').set({ kind }).where('id', '=', id).execute();
}

/**
 * Moves a unit and its subtree under a new parent in one statement: each path becomes the new
 * parent's path followed by its part from the moved unit down (unit-tree.rules.ts, movedPath).
 */
export async function moveSubtree(
  tx: Tx,
  unit: { id: number; path: readonly number[] },
  parent: { id: number; path: readonly number[] } | null,
): Promise<number> {
  const depth = unit.path.length;
  const parentPath = parent?.path ?? [];
  const result = await sql`
    update unit set
      path = ${sql.val([...parentPath])}::bigint[] || path[${depth}:],
      parent_id = case when id = ${unit.id} then ${parent?.id ?? null}::bigint else parent_id end
    where path @> array[${unit.id}]::bigint[]`.execute(tx);
  return Number(result.numAffectedRows ?? 0);
}

/** Open units of the subtree (the unit itself included), ids and names. */
export function openSubtree(tx: Tx, unitId: number) {
  return tx
    .selectFrom('unit')
    .select(['id', 'name'])
    .where(sql<boolean>`path @> array[${unitId}]::bigint[]`)
    .where('closed_on', 'is', null)
    .orderBy('path')
    .execute();
}

export async function closeUnits(tx: Tx, ids: readonly number[], closedOn: string): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .updateTable('unit')
    .set({ closed_on: closedOn })
    .where('id', 'in', [...ids])
    .execute();
}

/** Employees whose unit lies in the subtree, locked so that nobody edits them while they move. */
export async function lockSubtreeEmployees(tx: Tx, unitId: number): Promise<number[]> {
  const rows = await tx
    .selectFrom('employee')
    .select('id')
    .where(
      'unit_id',
      'in',
      tx.selectFrom('unit').select('unit.id').where(sql<boolean>`unit.path @> array[${unitId}]::bigint[]`),
    )
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((row) => row.id);
}

export async function moveEmployees(tx: Tx, ids: readonly number[], unitId: number): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .updateTable('employee')
    .set({ unit_id: unitId, updated_at: sql<Date>`now()` })
    .where('id', 'in', [...ids])
    .execute();
}

/** Every unit of the government, for an import resolving names (a few thousand at most). */
export function allUnits(tx: Tx) {
  return tx.selectFrom('unit').select(UNIT_COLUMNS).orderBy('path').execute();
}

/**
 * Units a list may show (`scope`: the reader's subtree or all; closed ones only when asked), each
 * with its own employees counted where `counts` (the reader's headcount scope) reaches, else null.
 */
export async function listUnits(
  tx: Tx,
  scope: ListScope,
  options: { includeClosed: boolean; today: string; counts: ListScope },
) {
  const counted = countedAt(options.counts, sql.ref('u.path'));
  let query = tx
    .selectFrom('unit as u')
    .select([
      'u.id',
      'u.parent_id',
      'u.name',
      'u.kind',
      'u.path',
      'u.closed_on',
      sql<number | null>`case when ${counted}
        then (select count(*) from employee e where e.unit_id = u.id)::int end`.as('employee_count'),
    ])
    .orderBy('u.path');
  if (!options.includeClosed) {
    query = query.where((eb) =>
      eb.or([eb('u.closed_on', 'is', null), eb('u.closed_on', '>', options.today)]),
    );
  }
  if (scope.kind === 'unit') query = query.where(sql<boolean>`u.path @> array[${scope.unitId}]::bigint[]`);
  if (scope.kind === 'none' || scope.kind === 'self' || scope.kind === 'owner') {
    query = query.where(sql<boolean>`false`);
  }
  return query.execute();
}

/** The unit an account is limited to (null: the whole government), for work done on its behalf. */
export async function accountScope(tx: Tx, accountId: number): Promise<number | null> {
  const row = await tx
    .selectFrom('account')
    .select('scope_unit_id')
    .where('id', '=', accountId)
    .executeTakeFirst();
  return row?.scope_unit_id ?? null;
}
