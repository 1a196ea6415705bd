import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// What a policy's indicator reads of the annual appraisals (performance-indicator-sources.ts):
// counts per appraisal year, never a person's predikat.

/** A unit of this government (row-level security: another's is not found), with its name. */
export async function findUnit(tx: Tx, id: number) {
  const { rows } = await sql<{ id: number; name: string }>`
    select u.id::int as id, u.name from unit u where u.id = ${id}`.execute(tx);
  return rows[0];
}

export interface PredikatYearCount {
  year: number;
  /** Annual appraisals of the year, of active employees in scope. */
  appraised: number;
  /** Those of them Sangat Baik or Baik. */
  atLeastBaik: number;
}

/**
 * Per appraisal year, the annual appraisals of the employees active today (of the government, or
 * of a unit with the units under it) and how many read Sangat Baik or Baik.
 */
export async function annualPredikatCounts(tx: Tx, unitId: number | null): Promise<PredikatYearCount[]> {
  const inTree =
    unitId === null
      ? sql``
      : sql`and e.unit_id in (select u.id from unit u where u.path @> array[${unitId}]::bigint[])`;
  const { rows } = await sql<PredikatYearCount>`
    select a.year::int as year, count(*)::int as appraised,
      count(*) filter (where a.predikat in ('sangat_baik', 'baik'))::int as "atLeastBaik"
    from performance_appraisal a
    join employee e on e.tenant_id = a.tenant_id and e.id = a.employee_id
    where a.period = 'annual' and e.status = 'aktif' ${inTree}
    group by a.year order by a.year`.execute(tx);
  return rows;
}

/** The appraisal years Jenjang runs that are not closed yet: their annual appraisals may still come. */
export async function openCycleYears(tx: Tx): Promise<number[]> {
  const { rows } = await sql<{ year: number }>`
    select c.year::int as year from performance_cycle c where c.state <> 'closed'`.execute(tx);
  return rows.map((r) => r.year);
}
