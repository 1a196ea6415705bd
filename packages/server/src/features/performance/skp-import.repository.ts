import type { Predikat, Rating } from '@jenjang/domain/performance/predikat.rules';
import type { AssessorStatus } from '@jenjang/domain/performance/skp-siasn';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Appraisal history in SIASN's shape: what the import writes (source 'import') and what the
// export reads. One record per employee, year and period (the table's unique key).

export type AppraisalPeriod = 'annual' | 'monthly' | 'quarterly' | 'semester';

/** The key of one appraisal: an employee's year and period. */
export interface AppraisalKey {
  employeeId: number;
  year: number;
  period: AppraisalPeriod;
  fromMonth: number;
  toMonth: number;
}

export interface ImportedAppraisal extends AppraisalKey {
  hasilKerja: Rating;
  perilakuKerja: Rating;
  predikat: Predikat;
  coefficient: number | null;
  appraiserEmployeeId: number | null;
  appraiserName: string | null;
  appraiserNip: string | null;
  appraiserPosition: string | null;
  appraiserUnit: string | null;
  appraiserGolongan: string | null;
  appraiserStatus: AssessorStatus | null;
}

/** The employees of the government with these NIPs, by NIP. */
export async function employeeIdsByNip(tx: Tx, nips: readonly string[]): Promise<Map<string, number>> {
  if (nips.length === 0) return new Map();
  const rows = await tx
    .selectFrom('employee')
    .select(['id', 'nip'])
    .where('nip', 'in', [...nips])
    .execute();
  return new Map(rows.map((r) => [r.nip, r.id]));
}

/** The appraisals made in Jenjang (by an SKP's appraiser) of these employees, with their ratings. */
export async function jenjangAppraisals(tx: Tx, employeeIds: readonly number[]) {
  if (employeeIds.length === 0) return [];
  return tx
    .selectFrom('performance_appraisal')
    .select([
      'employee_id as employeeId',
      'year',
      'period',
      'from_month as fromMonth',
      'to_month as toMonth',
      'hasil_kerja as hasilKerja',
      'perilaku_kerja as perilakuKerja',
    ])
    .where('source', '=', 'jenjang')
    .where('employee_id', 'in', [...new Set(employeeIds)])
    .execute();
}

/**
 * Writes imported appraisals, each as a new record or over the imported record of the same
 * employee, year and period; one made in Jenjang is never touched. Returns how many were inserted
 * and how many changed: a record that is already exactly so is left as it is.
 */
export async function upsertImported(
  tx: Tx,
  tenantId: number,
  rows: readonly ImportedAppraisal[],
  recorded: { by: number | null; jobId: string },
) {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const column = <K extends keyof ImportedAppraisal>(key: K) => sql.val(rows.map((r) => r[key]));
  const { rows: written } = await sql<{ inserted: boolean }>`
    insert into performance_appraisal as p (tenant_id, employee_id, year, period, from_month, to_month,
      hasil_kerja, perilaku_kerja, predikat, coefficient, appraiser_employee_id, appraiser_name, appraiser_nip,
      appraiser_position, appraiser_unit, appraiser_golongan, appraiser_status, source, job_id, recorded_by)
    select ${tenantId}, r.employee_id, r.year, r.period, r.from_month, r.to_month, r.hasil_kerja, r.perilaku_kerja,
      r.predikat, r.coefficient, r.appraiser_employee_id, r.appraiser_name, r.appraiser_nip, r.appraiser_position,
      r.appraiser_unit, r.appraiser_golongan, r.appraiser_status, 'import', ${recorded.jobId}::uuid, ${recorded.by}
    from unnest(${column('employeeId')}::bigint[], ${column('year')}::smallint[], ${column('period')}::text[],
        ${column('fromMonth')}::smallint[], ${column('toMonth')}::smallint[], ${column('hasilKerja')}::text[],
        ${column('perilakuKerja')}::text[], ${column('predikat')}::text[], ${column('coefficient')}::numeric[],
        ${column('appraiserEmployeeId')}::bigint[], ${column('appraiserName')}::text[],
        ${column('appraiserNip')}::text[], ${column('appraiserPosition')}::text[],
        ${column('appraiserUnit')}::text[], ${column('appraiserGolongan')}::text[],
        ${column('appraiserStatus')}::text[])
      with ordinality as r(employee_id, year, period, from_month, to_month, hasil_kerja, perilaku_kerja, predikat,
        coefficient, appraiser_employee_id, appraiser_name, appraiser_nip, appraiser_position, appraiser_unit,
        appraiser_golongan, appraiser_status, ord)
    order by r.ord
    on conflict (tenant_id, employee_id, year, period, from_month, to_month) do update set
      hasil_kerja = excluded.hasil_kerja, perilaku_kerja = excluded.perilaku_kerja, predikat = excluded.predikat,
      coefficient = excluded.coefficient, appraiser_employee_id = excluded.appraiser_employee_id,
      appraiser_name = excluded.appraiser_name, appraiser_nip = excluded.appraiser_nip,
      appraiser_position = excluded.appraiser_position, appraiser_unit = excluded.appraiser_unit,
      appraiser_golongan = excluded.appraiser_golongan, appraiser_status = excluded.appraiser_status,
      job_id = excluded.job_id, recorded_by = excluded.recorded_by, recorded_at = now()
    where p.source = 'import'
      and (p.hasil_kerja, p.perilaku_kerja, p.coefficient, p.appraiser_employee_id, p.appraiser_name,
        p.appraiser_nip, p.appraiser_position, p.appraiser_unit, p.appraiser_golongan, p.appraiser_status)
      is distinct from (excluded.hasil_kerja, excluded.perilaku_kerja, excluded.coefficient,
        excluded.appraiser_employee_id, excluded.appraiser_name, excluded.appraiser_nip,
        excluded.appraiser_position, excluded.appraiser_unit, excluded.appraiser_golongan,
        excluded.appraiser_status)
    returning (xmax = 0) as inserted`.execute(tx);
  const inserted = written.filter((r) => r.inserted).length;
  return { inserted, updated: written.length - inserted };
}

/** The government's appraisals of a year, annual or periodic, with the employee's NIP, by NIP and period. */
export async function yearAppraisals(tx: Tx, year: number, layout: 'annual' | 'periodic') {
  const rows = await tx
    .selectFrom('performance_appraisal as a')
    .innerJoin('employee as e', (join) =>
      join.onRef('e.tenant_id', '=', 'a.tenant_id').onRef('e.id', '=', 'a.employee_id'),
    )
    .select([
      'e.nip',
      'a.year',
      'a.period',
      'a.from_month as fromMonth',
      'a.to_month as toMonth',
      'a.hasil_kerja as hasilKerja',
      'a.perilaku_kerja as perilakuKerja',
      'a.predikat',
      'a.coefficient',
      'a.appraiser_name as appraiserName',
      'a.appraiser_nip as appraiserNip',
      'a.appraiser_status as appraiserStatus',
      'a.appraiser_golongan as appraiserGolongan',
      'a.appraiser_position as appraiserPosition',
      'a.appraiser_unit as appraiserUnit',
    ])
    .where('a.year', '=', year)
    .where('a.period', layout === 'annual' ? '=' : '<>', 'annual')
    .orderBy('e.nip')
    .orderBy('a.from_month')
    .orderBy('a.to_month')
    .execute();
  return rows.map((r) => ({ ...r, coefficient: r.coefficient === null ? null : Number(r.coefficient) }));
}
