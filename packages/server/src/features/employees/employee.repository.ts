import type { ListScope } from '@jenjang/domain/shared/access';
import { type ExpressionBuilder, type Insertable, sql } from 'kysely';
import { containsPattern, type Tx } from '../../db/database';
import type { Database, EmployeeTable } from '../../db/schema';

export interface EmployeeFilters {
  q?: string | undefined;
  unitId?: number | undefined;
  golongan?: string | undefined;
  positionKind?: string | undefined;
  employeeType?: 'PNS' | 'PPPK' | undefined;
}

type Eb = ExpressionBuilder<Database & { e: Database['employee'] }, 'e'>;

function inSubtree(eb: Eb, unitId: number) {
  return eb(
    'e.unit_id',
    'in',
    eb.selectFrom('unit').select('unit.id').where(sql<boolean>`unit.path @> array[${unitId}]::bigint[]`),
  );
}

/** The WHERE clause shared by the page and its total, including the caller's list scope. */
function where(eb: Eb, scope: ListScope, filters: EmployeeFilters) {
  const conditions = [];
  if (scope.kind === 'unit') conditions.push(inSubtree(eb, scope.unitId));
  if (scope.kind === 'self') conditions.push(eb('e.id', '=', scope.employeeId));
  if (scope.kind === 'none' || scope.kind === 'owner') conditions.push(sql<boolean>`false`);
  if (filters.unitId) conditions.push(inSubtree(eb, filters.unitId));
  if (filters.golongan) conditions.push(eb('e.golongan', '=', filters.golongan));
  if (filters.positionKind) conditions.push(eb('e.position_kind', '=', filters.positionKind));
  if (filters.employeeType) conditions.push(eb('e.employee_type', '=', filters.employeeType));
  const q = filters.q?.trim();
  if (q) {
    const digits = q.replace(/\s+/g, '');
    if (/^\d+$/.test(digits)) {
      // NIP prefix as a range, so the (tenant_id, nip) index serves it under any collation.
      conditions.push(eb.and([eb('e.nip', '>=', digits), eb('e.nip', '<', `${digits}:`)]));
    } else {
      const pattern = containsPattern(q);
      conditions.push(eb('e.id', 'in', sql<number>`(select employee_ids_by_name(${pattern}))`));
    }
  }
  return eb.and(conditions);
}

const SORTS = {
  name: ['e.name', 'e.id'],
  nip: ['e.nip'],
  golongan: ['e.golongan_rank', 'e.name', 'e.id'],
  birthDate: ['e.birth_date', 'e.id'],
} as const;

export async function listEmployees(
  tx: Tx,
  scope: ListScope,
  filters: EmployeeFilters,
  page: { page: number; pageSize: number; sort: string },
) {
  const descending = page.sort.startsWith('-');
  const key = page.sort.replace(/^-/, '') as keyof typeof SORTS;
  // Filtered to one golongan, its rank is constant: sorting by name lets the index serve the order.
  const columns = key === 'golongan' && filters.golongan ? SORTS.name : (SORTS[key] ?? SORTS.name);
  // The page is picked on employee alone; names of positions and units are joined for its rows
  // only, so a deep offset skips bare index entries rather than joined, decorated rows.
  let pageIds = tx
    .selectFrom('employee as e')
    .select('e.id')
    .where((eb) => where(eb as Eb, scope, filters));
  for (const column of columns) {
    pageIds = pageIds.orderBy(column, (ob) => (descending ? ob.desc().nullsLast() : ob.asc().nullsLast()));
  }
  let query = tx
    .selectFrom(
      pageIds
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .as('picked'),
    )
    .innerJoin('employee as e', 'e.id', 'picked.id')
    .leftJoin('position as p', 'p.id', 'e.position_id')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select([
      'e.id',
      'e.nip',
      'e.employee_type',
      'e.name',
      'e.front_title',
      'e.back_title',
      'e.golongan',
      'e.position_kind',
      'p.name as position_name',
      'u.name as unit_name',
      sql<
        string[]
      >`coalesce(array(select x.name from unit x where x.id = any(u.path) order by array_position(u.path, x.id)), '{}')`.as(
        'unit_path',
      ),
    ]);
  for (const column of columns) {
    query = query.orderBy(column, (ob) => (descending ? ob.desc().nullsLast() : ob.asc().nullsLast()));
  }
  const rows = await query.execute();
  const total = await tx
    .selectFrom('employee as e')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where((eb) => where(eb as Eb, scope, filters))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total.count) };
}

export async function findEmployee(tx: Tx, id: number) {
  return tx
    .selectFrom('employee as e')
    .leftJoin('position as p', 'p.id', 'e.position_id')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .selectAll('e')
    .select([
      'p.name as position_name',
      'u.name as unit_name',
      // Every update gives the row a new xmin: the version a stale correction is refused by.
      sql<string>`e.xmin::text`.as('version'),
      sql<number[]>`coalesce(u.path, '{}')`.as('unit_ids'),
      sql<
        string[]
      >`coalesce(array(select x.name from unit x where x.id = any(u.path) order by array_position(u.path, x.id)), '{}')`.as(
        'unit_path',
      ),
    ])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/**
 * Employees in bulk, as a registry import merges them but without a file: the demo stories' people
 * (seed/demo-organisation.ts). Returns each new row's id with its NIP.
 */
export async function insertEmployees(tx: Tx, rows: readonly Insertable<EmployeeTable>[]) {
  const inserted: { id: number; nip: string }[] = [];
  for (let i = 0; i < rows.length; i += 1_000) {
    inserted.push(
      ...(await tx
        .insertInto('employee')
        .values(rows.slice(i, i + 1_000))
        .returning(['id', 'nip'])
        .execute()),
    );
  }
  return inserted;
}
