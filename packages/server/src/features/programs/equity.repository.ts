import type { EquityDimension } from '@jenjang/domain/programs/equity.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Counts behind the equity report: per group of a dimension, the active staff the program was open
// to, those of them who applied (withdrawn applications left out: they left the competition), and
// those selected (including those who went on to complete or fail).

/** The group of an employee row `e` (with its unit `u`) along one dimension, as text. */
function groupOf(dimension: EquityDimension, today: string) {
  switch (dimension) {
    case 'sex':
      return sql<string>`e.sex`;
    case 'employeeType':
      return sql<string>`e.employee_type`;
    case 'golongan':
      // The golongan's roman numeral (III of III/b); PPPK as one group, whatever its grade.
      return sql<string>`case when e.employee_type = 'PPPK' then 'PPPK'
        else coalesce(nullif(split_part(e.golongan, '/', 1), ''), '?') end`;
    case 'opd':
      return sql<string>`coalesce(u.path[1]::text, '0')`;
    case 'ageBand':
      return sql<string>`case
        when age(${today}::date, e.birth_date) < interval '30 years' then 'under30'
        when age(${today}::date, e.birth_date) < interval '40 years' then '30to39'
        when age(${today}::date, e.birth_date) < interval '50 years' then '40to49'
        else '50plus' end`;
  }
}

export interface EquityScope {
  /** One program, or every program whose selection was published in a year. */
  programs: { programId: number } | { year: number };
  /** The units the program was open to (empty: the whole government). */
  unitIds: readonly number[];
  employeeTypes: readonly string[];
}

export async function equityCounts(tx: Tx, dimension: EquityDimension, scope: EquityScope, today: string) {
  const programs =
    'programId' in scope.programs
      ? sql`a.program_id = ${scope.programs.programId}`
      : sql`a.program_id in (select p.id from program p
          where extract(year from p.selected_at) = ${scope.programs.year})`;
  const units =
    scope.unitIds.length === 0 ? sql`true` : sql`u.path && ${sql.val([...scope.unitIds])}::bigint[]`;
  const types =
    scope.employeeTypes.length === 0
      ? sql`true`
      : sql`e.employee_type = any(${sql.val([...scope.employeeTypes])}::text[])`;
  const { rows } = await sql<{ group: string; population: number; applicants: number; selected: number }>`
    with applied as (
      select a.employee_id, bool_or(a.state = 'selected') as selected
      from program_application a
      where ${programs} and a.state <> 'withdrawn'
      group by a.employee_id)
    select ${groupOf(dimension, today)} as group, count(*)::int as population,
      count(applied.employee_id)::int as applicants,
      count(*) filter (where applied.selected)::int as selected
    from employee e
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join applied on applied.employee_id = e.id
    where e.status = 'aktif' and (${units} and ${types} or applied.employee_id is not null)
    group by 1
    order by 1`.execute(tx);
  return rows;
}

/** Participants and those of them who completed, of the programs whose batches closed in a year. */
export async function completionCounts(tx: Tx, year: number, root: { id: number } | null) {
  const inTree = root ? sql`u.path @> array[${root.id}]::bigint[]` : sql`true`;
  const { rows } = await sql<{ participants: number; completed: number }>`
    select count(*)::int as participants, count(*) filter (where a.completion = 'completed')::int as completed
    from program_application a
    join program_batch b on b.tenant_id = a.tenant_id and b.id = a.batch_id
    join employee e on e.id = a.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    where a.completion is not null and extract(year from b.ends_on) = ${year} and ${inTree}`.execute(tx);
  return rows[0] ?? { participants: 0, completed: 0 };
}

/** The first year a program's selection was published, or a batch ended with completions. */
export async function firstProgramYear(tx: Tx): Promise<number | null> {
  const { rows } = await sql<{ year: number | null }>`
    select least((select min(extract(year from selected_at)) from program),
      (select min(extract(year from b.ends_on)) from program_batch b where b.closed_at is not null))::int as year`.execute(
    tx,
  );
  return rows[0]?.year ?? null;
}

export async function unitNames(tx: Tx) {
  const rows = await tx.selectFrom('unit').select(['id', 'name']).where('parent_id', 'is', null).execute();
  return new Map(rows.map((r) => [String(r.id), r.name]));
}

export function findUnit(tx: Tx, id: number) {
  return tx.selectFrom('unit').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}
