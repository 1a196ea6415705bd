import type { FungsionalLevel, PositionKind } from '@jenjang/domain/people/position';
import type { ListScope } from '@jenjang/domain/shared/access';
import { sql } from 'kysely';
import { countedAt } from '../../db/counted-at';
import { containsPattern, type Tx } from '../../db/database';

// Positions (jabatan) of a government: names unique case-insensitively (position_name index).
// Employees carry their position's kind and jenjang too (filters and survey audiences read them
// there), so changing a position updates its holders in the same transaction.

const COLUMNS = ['id', 'tenant_id', 'name', 'kind', 'level'] as const;

/**
 * Positions by name, each with its holders counted within `counts` (the reader's headcount scope:
 * the government, a subtree; none gives null).
 */
export async function listPositions(
  tx: Tx,
  filters: { q?: string | undefined; kind?: PositionKind | undefined },
  page: { page: number; pageSize: number },
  counts: ListScope,
) {
  let query = tx.selectFrom('position as p');
  const q = filters.q?.trim();
  if (q) query = query.where('p.name', 'ilike', containsPattern(q));
  if (filters.kind) query = query.where('p.kind', '=', filters.kind);
  const [rows, total] = await Promise.all([
    query
      .select(['p.id', 'p.name', 'p.kind', 'p.level'])
      .select(holders(counts).as('employee_count'))
      .orderBy(sql`lower(p.name)`)
      .orderBy('p.id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}

function holders(counts: ListScope) {
  if (counts.kind !== 'tenant' && counts.kind !== 'unit') return sql<number | null>`null::int`;
  const counted = countedAt(counts, sql.ref('u.path'));
  return sql<number | null>`(select count(*) from employee e left join unit u on u.id = e.unit_id
    where e.position_id = p.id and ${counted})::int`;
}

export function findPosition(tx: Tx, id: number) {
  return tx.selectFrom('position').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function countHolders(tx: Tx, id: number): Promise<number> {
  const row = await tx
    .selectFrom('employee')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('position_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function insertPosition(
  tx: Tx,
  position: { tenantId: number; name: string; kind: PositionKind; level: FungsionalLevel | null },
) {
  return tx
    .insertInto('position')
    .values({ tenant_id: position.tenantId, name: position.name, kind: position.kind, level: position.level })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Updates the position and the kind and jenjang its holders carry; returns how many hold it. */
export async function updatePosition(
  tx: Tx,
  id: number,
  values: { name: string; kind: PositionKind; level: FungsionalLevel | null },
) {
  const position = await tx
    .updateTable('position')
    .set(values)
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  const holders = await tx
    .updateTable('employee')
    .set({ position_kind: values.kind, position_level: values.level, updated_at: sql<Date>`now()` })
    .where('position_id', '=', id)
    .where((eb) =>
      eb.or([
        eb('position_kind', 'is distinct from', values.kind),
        eb('position_level', 'is distinct from', values.level),
      ]),
    )
    .executeTakeFirst();
  return { position, holdersChanged: Number(holders.numUpdatedRows) };
}

/** Every position of the government by lower-case name, for an import. */
export async function positionsByName(tx: Tx) {
  const rows = await tx.selectFrom('position').select(COLUMNS).execute();
  return new Map(rows.map((row) => [row.name.toLowerCase(), row]));
}
