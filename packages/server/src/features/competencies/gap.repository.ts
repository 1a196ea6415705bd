import type { JpmThresholds } from '@jenjang/domain/competency/competency-gap.rules';
import { type RawBuilder, sql } from 'kysely';
import { ADVISORY_LOCK } from '../../db/advisory-locks';
import type { Tx } from '../../db/database';
import { pageWithTotal } from '../../db/paging';

// Gap analysis over many people (PP 17/2020 art. 205–206): for each active employee whose position
// has a standard, each required competency's current level (newest assessment by day, the later
// recorded of one day winning, as of a day when asked) against the required one. One statement
// computes every breakdown from one pass over the requirements, so the figures of one answer
// always agree with each other. The current figures are summed from each unit's own rows
// (migration 0049), recomputed first where stale; figures as of a past day read the history.

export interface GapScope {
  /** The subtree's root unit and its path; null: the whole government. */
  root: { id: number; path: readonly number[] } | null;
  positionKind?: string | undefined;
  /** The day the levels are read as of ('YYYY-MM-DD'); null: now. */
  asOf: string | null;
}

export interface GapCounts {
  /** Requirements: employees × competencies their standard requires. */
  required: number;
  assessed: number;
  /** Assessed below the required level. */
  below: number;
  /** Σ (required − actual) over those below. */
  shortfall: number;
}

export interface GapRow extends GapCounts {
  /** jpm: per cell bucket; jpmTotal: the whole scope. */
  grain: 'competency' | 'cell' | 'kind' | 'jpm' | 'jpmTotal';
  /** cell: the unit below the root that holds the employee (the root itself for its own staff). */
  bucket: number | null;
  kind: string | null;
  competencyId: number | null;
  /** jpm: employees by label; employees with an incomplete profile count as unknown. */
  employees: number;
  meets: number;
  stillMeets: number;
  lacking: number;
}

/** Each requirement of each employee in scope with the current level (null: unassessed). */
function requirements(scope: GapScope): RawBuilder<unknown> {
  const depth = scope.root?.path.length ?? 0;
  // Plain `@>` (null for an employee without a unit, so not in any subtree) lets the GIN index on
  // unit.path find the subtree's units first.
  const inTree = scope.root ? sql`u.path @> array[${scope.root.id}]::bigint[]` : sql`true`;
  const kind = scope.positionKind ? sql`e.position_kind = ${scope.positionKind}` : sql`true`;
  // Now: the settled current levels (migration 0043), joined as the planner likes best. As of a
  // past day: the newest assessment up to it, one index probe per requirement.
  const level = scope.asOf
    ? sql`(select a.level from competency_assessment a
        where a.tenant_id = e.tenant_id and a.employee_id = e.id and a.competency_id = pc.competency_id
          and a.assessed_on <= ${scope.asOf}::date
        order by a.assessed_on desc, a.id desc limit 1)`
    : sql`cur.level`;
  const current = scope.asOf
    ? sql``
    : sql`left join competency_current cur on cur.tenant_id = e.tenant_id and cur.employee_id = e.id
        and cur.competency_id = pc.competency_id`;
  return sql`
    select e.id as employee_id, coalesce(e.position_kind, '') as kind,
      coalesce(u.path[${depth + 1}], u.id) as bucket, pc.competency_id, pc.required_level, ${level} as level
    from employee e
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    join position_competency pc on pc.tenant_id = e.tenant_id and pc.position_id = e.position_id
    ${current}
    where e.status = 'aktif' and ${inTree} and ${kind}`;
}

const COUNTS = sql`count(*)::int as required, count(level)::int as assessed,
  (count(*) filter (where level < required_level))::int as below,
  coalesce(sum(required_level - level) filter (where level < required_level), 0)::int as shortfall`;

const COUNT_SUMS = sql`sum(required)::int as required, sum(assessed)::int as assessed,
  sum(below)::int as below, sum(shortfall)::int as shortfall`;

/**
 * The first rows of a breakdown over `source` (a CTE of rows with bucket and competency_id): by
 * competency, and by unit below the root × competency (the heat map), each counted by `counts`.
 */
function competencyAndCells(source: string, counts: RawBuilder<unknown>) {
  return sql`
    select 'competency' as grain, null::bigint as bucket, null as kind, competency_id::int as "competencyId",
      ${counts}, 0 as employees, 0 as meets, 0 as "stillMeets", 0 as lacking
    from ${sql.table(source)} group by competency_id
    union all
    select 'cell', bucket::int, null, competency_id::int, ${counts}, 0, 0, 0, 0
    from ${sql.table(source)} group by bucket, competency_id`;
}

/**
 * Every breakdown of the scope's gaps: by competency, by unit below the root × competency (the heat
 * map), by position kind, and employees by JPM label (by the government's thresholds).
 */
export async function gapBreakdowns(tx: Tx, scope: GapScope, thresholds: JpmThresholds): Promise<GapRow[]> {
  if (scope.asOf === null) return currentBreakdowns(tx, scope, thresholds);
  const { rows } = await sql<GapRow>`
    with req as materialized (${requirements(scope)}),
    person as (
      select employee_id, bucket, bool_and(level is not null) as complete,
        sum(level)::numeric * 100 / sum(required_level) as jpm
      from req group by employee_id, bucket)
    ${competencyAndCells('req', COUNTS)}
    union all
    select 'kind', null, kind, null, ${COUNTS}, count(distinct employee_id)::int, 0, 0, 0
    from req group by kind
    union all
    select case when grouping(bucket) = 1 then 'jpmTotal' else 'jpm' end, bucket::int, null, null,
      0, 0, 0, 0, count(*)::int,
      (count(*) filter (where complete and jpm >= ${thresholds.meets}))::int,
      (count(*) filter (where complete and jpm >= ${thresholds.stillMeets} and jpm < ${thresholds.meets}))::int,
      (count(*) filter (where complete and jpm < ${thresholds.stillMeets}))::int
    from person group by rollup (bucket)`.execute(tx);
  return rows;
}

/** The same breakdowns now, summed from the units' own rows after recomputing the stale ones. */
async function currentBreakdowns(tx: Tx, scope: GapScope, thresholds: JpmThresholds): Promise<GapRow[]> {
  await refreshUnitRollups(tx, scope.root);
  const depth = scope.root?.path.length ?? 0;
  // A subtree holds units only; the whole government also those without a unit (unit_id 0).
  const [join, inTree] = scope.root
    ? [sql`join`, sql`u.path @> array[${scope.root.id}]::bigint[]`]
    : [sql`left join`, sql`true`];
  const kind = scope.positionKind ? sql`r.kind = ${scope.positionKind}` : sql`true`;
  const rowsOf = (table: string) => sql`
    select r.*, coalesce(u.path[${depth + 1}], u.id) as bucket
    from ${sql.table(table)} r ${join} unit u on u.tenant_id = r.tenant_id and u.id = r.unit_id
    where ${inTree} and ${kind}`;
  // The cut-offs have two decimals (tenant_jpm_thresholds), the rows hold JPM floored to hundredths.
  const meets = Math.round(thresholds.meets * 100);
  const stillMeets = Math.round(thresholds.stillMeets * 100);
  const { rows } = await sql<GapRow>`
    with g as materialized (${rowsOf('competency_gap_unit')}),
    j as materialized (${rowsOf('competency_jpm_unit')})
    ${competencyAndCells('g', COUNT_SUMS)}
    union all
    select 'kind', null, k.kind, null, k.required, k.assessed, k.below, k.shortfall,
      coalesce(p.employees, 0)::int, 0, 0, 0
    from (select kind, ${COUNT_SUMS} from g group by kind) k
    left join (select kind, sum(employees) as employees from j group by kind) p on p.kind = k.kind
    union all
    select case when grouping(bucket) = 1 then 'jpmTotal' else 'jpm' end, bucket::int, null, null,
      0, 0, 0, 0, sum(employees)::int,
      coalesce(sum(employees) filter (where jpm_centi >= ${meets}), 0)::int,
      coalesce(sum(employees) filter (where jpm_centi >= ${stillMeets} and jpm_centi < ${meets}), 0)::int,
      coalesce(sum(employees) filter (where jpm_centi < ${stillMeets}), 0)::int
    from j group by rollup (bucket)`.execute(tx);
  return rows;
}

/**
 * Recomputes the stale units' own rows (migration 0049): those of the subtree, or all of the
 * government's (with its staff without a unit) when root is null. One refresh at a time per
 * government: two readers never compute one unit twice, nor wait on each other's rows in turn.
 * Returns how many units were recomputed.
 */
export async function refreshUnitRollups(tx: Tx, root: GapScope['root']): Promise<number> {
  const stale = root
    ? sql`from competency_gap_dirty d join unit u on u.tenant_id = d.tenant_id and u.id = d.unit_id
        where u.path @> array[${root.id}]::bigint[]`
    : sql`from competency_gap_dirty d`;
  const { rows: any } = await sql`select 1 ${stale} limit 1`.execute(tx);
  if (any.length === 0) return 0;
  await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK.competencyGaps}, current_tenant_id())`.execute(tx);
  const taken = root
    ? sql`delete from competency_gap_dirty d using unit u
        where u.tenant_id = d.tenant_id and u.id = d.unit_id and u.path @> array[${root.id}]::bigint[]
        returning d.unit_id`
    : sql`delete from competency_gap_dirty d returning d.unit_id`;
  const { rows } = await sql<{ unit_id: string }>`${taken}`.execute(tx);
  if (rows.length === 0) return 0;
  // A unit may have been marked more than once.
  const units = [...new Set(rows.map((r) => r.unit_id))];
  await sql`delete from competency_gap_unit where unit_id = any(${units}::bigint[])`.execute(tx);
  await sql`delete from competency_jpm_unit where unit_id = any(${units}::bigint[])`.execute(tx);
  await sql`
    with req as materialized (
      select e.tenant_id, e.id as employee_id, coalesce(e.unit_id, 0) as unit_id,
        coalesce(e.position_kind, '') as kind, pc.competency_id, pc.required_level, cur.level
      from employee e
      join position_competency pc on pc.tenant_id = e.tenant_id and pc.position_id = e.position_id
      left join competency_current cur on cur.tenant_id = e.tenant_id and cur.employee_id = e.id
        and cur.competency_id = pc.competency_id
      where e.status = 'aktif'
        and (e.unit_id = any(${units}::bigint[]) or (e.unit_id is null and 0 = any(${units}::bigint[])))),
    gaps as (
      insert into competency_gap_unit (tenant_id, unit_id, kind, competency_id, required, assessed, below, shortfall)
      select tenant_id, unit_id, kind, competency_id, ${COUNTS}
      from req group by tenant_id, unit_id, kind, competency_id),
    person as (
      select tenant_id, unit_id, kind,
        case when bool_and(level is not null)
          then floor(sum(level)::numeric * 10000 / sum(required_level))::int end as jpm_centi
      from req group by tenant_id, employee_id, unit_id, kind)
    insert into competency_jpm_unit (tenant_id, unit_id, kind, jpm_centi, employees)
    select tenant_id, unit_id, kind, jpm_centi, count(*)::int
    from person group by tenant_id, unit_id, kind, jpm_centi`.execute(tx);
  return units.length;
}

export interface NeedRow {
  employeeId: number;
  nip: string;
  name: string;
  unitId: number | null;
  positionName: string | null;
  /** Σ (required − actual) over the competencies below standard. */
  shortfall: number;
  below: number;
  unassessed: number;
}

/** The employees of the scope with the largest shortfall, largest first (then by name), a page at a time. */
export async function largestNeeds(
  tx: Tx,
  scope: GapScope & { competencyId?: number | undefined },
  page: { page: number; pageSize: number },
): Promise<{ rows: NeedRow[]; total: number }> {
  const competency = scope.competencyId ? sql`where competency_id = ${scope.competencyId}` : sql``;
  return pageWithTotal<NeedRow>(
    tx,
    sql`
    with req as materialized (${requirements(scope)}),
    person as (
      select employee_id,
        coalesce(sum(required_level - level) filter (where level < required_level), 0)::int as shortfall,
        (count(*) filter (where level < required_level))::int as below,
        (count(*) filter (where level is null))::int as unassessed
      from req ${competency} group by employee_id
      having count(*) filter (where level < required_level) > 0)
    select p.employee_id::int as "employeeId", e.nip, e.name, e.unit_id::int as "unitId",
      pos.name as "positionName", p.shortfall, p.below, p.unassessed,
      row_number() over (order by p.shortfall desc, e.name, e.id) as ordinal
    from person p
    join employee e on e.id = p.employee_id
    left join position pos on pos.tenant_id = e.tenant_id and pos.id = e.position_id`,
    page,
  );
}

export function findUnit(tx: Tx, id: number) {
  return tx.selectFrom('unit').select(['id', 'name', 'path']).where('id', '=', id).executeTakeFirst();
}

export async function unitNames(tx: Tx, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('unit')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Each active employee with their OPD, birth date and whether they hold a managerial post, the sum
 * of their current levels in `competencyIds` and how many of those their position requires above
 * their level: whom a mentoring scheme may draw mentors (high levels) and mentees (needs) from.
 */
export async function competencyStanding(tx: Tx, competencyIds: readonly number[]) {
  const { rows } = await sql<{
    id: number;
    opd: string;
    birthDate: string;
    managerial: boolean;
    levels: number;
    needs: number;
  }>`
    select e.id::int as id, o.name as opd, e.birth_date::text as "birthDate",
      e.position_kind in ('jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas') as managerial,
      coalesce((select sum(cc.level) from competency_current cc where cc.tenant_id = e.tenant_id
        and cc.employee_id = e.id and cc.competency_id = any(${competencyIds}::bigint[])), 0)::int as levels,
      (select count(*) from position_competency pc join competency_current cc on cc.tenant_id = pc.tenant_id
        and cc.employee_id = e.id and cc.competency_id = pc.competency_id
        where pc.tenant_id = e.tenant_id and pc.position_id = e.position_id
          and pc.competency_id = any(${competencyIds}::bigint[]) and cc.level < pc.required_level)::int as needs
    from employee e
    join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    join unit o on o.tenant_id = u.tenant_id and o.id = u.path[1]
    where e.status = 'aktif'
    order by e.id`.execute(tx);
  return rows;
}
