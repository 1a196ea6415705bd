import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// What a policy's indicators read of kenaikan pangkat (promotion-indicator-sources.ts): the periods
// promotions were recorded for, who was approved in each, and today's years in rank; counts and ids
// only, never a person's detail.

/** A unit of this government (row-level security: another's is not found), with its name. */
export async function findUnit(tx: Tx, id: number) {
  const { rows } = await sql<{ id: number; name: string }>`
    select u.id::int as id, u.name from unit u where u.id = ${id}`.execute(tx);
  return rows[0];
}

/** The period dates up to `today` with a promotion recorded, oldest first, each with its undecided proposals. */
export async function recordedPeriods(tx: Tx, today: string) {
  const { rows } = await sql<{ period: string; undecided: number }>`
    select pr.period::text as period, count(*) filter (where pr.state = 'proposed')::int as undecided
    from promotion pr where pr.period <= ${today}::date
    group by pr.period order by pr.period`.execute(tx);
  return rows;
}

/** The approved promotions of period dates up to `today`: who, for which period. */
export async function approvedUpTo(tx: Tx, today: string) {
  const { rows } = await sql<{ employeeId: number; period: string }>`
    select pr.employee_id::int as "employeeId", pr.period::text as period
    from promotion pr where pr.state = 'approved' and pr.period <= ${today}::date`.execute(tx);
  return rows;
}

/**
 * The mean years in their current golongan of the active PNS (of the government, or of a unit with
 * the units under it) on `today`, from TMT golongan (a TMT still ahead counts as 0), and how many
 * were counted: those without a TMT golongan are left out.
 */
export async function yearsInRank(tx: Tx, today: string, unitId: number | null) {
  const inTree =
    unitId === null
      ? sql``
      : sql`and e.unit_id in (select u.id from unit u where u.path @> array[${unitId}]::bigint[])`;
  const { rows } = await sql<{ mean: number | null; counted: number }>`
    select avg(greatest(0, ${today}::date - e.tmt_golongan) / 365.25)::float8 as mean, count(*)::int as counted
    from employee e
    where e.status = 'aktif' and e.employee_type = 'PNS' and e.tmt_golongan is not null ${inTree}`.execute(
    tx,
  );
  return rows[0] ?? { mean: null, counted: 0 };
}
