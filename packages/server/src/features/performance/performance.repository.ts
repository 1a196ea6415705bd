import type { ListScope } from '@jenjang/domain/shared/access';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Appraisal years, SKP, their items and feedback, appraisals (migration 0060).

export type CycleState = 'planning' | 'running' | 'appraisal' | 'closed';
export type CheckIns = 'monthly' | 'quarterly' | 'semester';
export type Rating = 'above' | 'meets' | 'below';

export interface CycleRow {
  id: number;
  year: number;
  checkIns: CheckIns;
  state: CycleState;
}

const CYCLE = sql`c.id::int as id, c.year::int as year, c.check_ins as "checkIns", c.state`;

export async function cycles(tx: Tx): Promise<CycleRow[]> {
  const { rows } = await sql<CycleRow>`select ${CYCLE} from performance_cycle c order by c.year desc`.execute(
    tx,
  );
  return rows;
}

/**
 * A year; `lock` 'update' to move it on, 'share' to write under it (an SKP, an appraisal), so that
 * nothing is written into a year while it moves on, and nothing after it closed.
 */
export async function findCycle(tx: Tx, cycleId: number, options: { lock?: 'update' | 'share' } = {}) {
  const lock =
    options.lock === 'update' ? sql`for update` : options.lock === 'share' ? sql`for share` : sql``;
  const { rows } =
    await sql<CycleRow>`select ${CYCLE} from performance_cycle c where c.id = ${cycleId} ${lock}`.execute(tx);
  return rows[0];
}

/** How many SKP each year has by state, and how many have their annual appraisal. */
export async function cycleCounts(tx: Tx) {
  const { rows } = await sql<{
    cycleId: number;
    draft: number;
    proposed: number;
    agreed: number;
    appraised: number;
  }>`
    select s.cycle_id::int as "cycleId",
      count(*) filter (where s.state = 'draft')::int as draft,
      count(*) filter (where s.state = 'proposed')::int as proposed,
      count(*) filter (where s.state = 'agreed')::int as agreed,
      count(a.id)::int as appraised
    from skp s
    left join performance_appraisal a on a.tenant_id = s.tenant_id and a.skp_id = s.id and a.period = 'annual'
    group by s.cycle_id`.execute(tx);
  return new Map(rows.map((row) => [row.cycleId, row]));
}

export async function checkInsOfTenant(tx: Tx): Promise<CheckIns> {
  const { rows } = await sql<{ checkIns: CheckIns }>`
    select performance_check_ins as "checkIns" from tenant where id = current_tenant_id()`.execute(tx);
  return rows[0]?.checkIns ?? 'quarterly';
}

export async function insertCycle(
  tx: Tx,
  tenantId: number,
  values: { year: number; checkIns: CheckIns; by: number },
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    insert into performance_cycle (tenant_id, year, check_ins, created_by)
    values (${tenantId}, ${values.year}, ${values.checkIns}, ${values.by})
    on conflict (tenant_id, year) do nothing returning id::int as id`.execute(tx);
  return rows[0]?.id ?? null;
}

export async function setCycleState(tx: Tx, cycleId: number, state: CycleState, at: Date) {
  await sql`update performance_cycle set state = ${state}, updated_at = ${at} where id = ${cycleId}`.execute(
    tx,
  );
}

/** One employee as an SKP shows them: name, NIP, position and unit, and their unit's path. */
export interface PersonRow {
  employeeId: number;
  name: string;
  nip: string;
  position: string | null;
  unit: string | null;
  unitPath: number[] | null;
  status: string;
}

const PERSON = (alias: string) =>
  sql.raw(`
  ${alias}.id::int as "employeeId", ${alias}.name, ${alias}.nip, ${alias}p.name as position,
  ${alias}u.name as unit, ${alias}u.path::int[] as "unitPath", ${alias}.status`);
const PERSON_JOINS = (alias: string) =>
  sql.raw(`
  left join position ${alias}p on ${alias}p.tenant_id = ${alias}.tenant_id and ${alias}p.id = ${alias}.position_id
  left join unit ${alias}u on ${alias}u.tenant_id = ${alias}.tenant_id and ${alias}u.id = ${alias}.unit_id`);

export async function person(tx: Tx, employeeId: number): Promise<PersonRow | undefined> {
  const { rows } = await sql<PersonRow>`select ${PERSON('e')} from employee e ${PERSON_JOINS('e')}
    where e.id = ${employeeId}`.execute(tx);
  return rows[0];
}

/** The direct supervisor the organisation gives (migration 0060's direct_supervisor), if any. */
export async function directSupervisor(tx: Tx, employeeId: number): Promise<number | null> {
  const { rows } = await sql<{ id: number | null }>`
    select direct_supervisor(current_tenant_id(), ${employeeId})::int as id`.execute(tx);
  return rows[0]?.id ?? null;
}

export interface SkpRow {
  id: number;
  cycleId: number;
  state: 'draft' | 'proposed' | 'agreed';
  employeeId: number;
  appraiserId: number;
  agreedAt: Date | null;
}

const SKP = sql`s.id::int as id, s.cycle_id::int as "cycleId", s.state, s.employee_id::int as "employeeId",
  s.appraiser_employee_id::int as "appraiserId", s.agreed_at as "agreedAt"`;

export async function findSkp(tx: Tx, skpId: number, options: { lock?: boolean } = {}) {
  const { rows } = await sql<SkpRow>`select ${SKP} from skp s where s.id = ${skpId}
    ${options.lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

export async function insertSkp(
  tx: Tx,
  tenantId: number,
  values: { cycleId: number; employeeId: number; appraiserId: number },
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    insert into skp (tenant_id, cycle_id, employee_id, appraiser_employee_id)
    values (${tenantId}, ${values.cycleId}, ${values.employeeId}, ${values.appraiserId})
    on conflict (tenant_id, cycle_id, employee_id) do nothing returning id::int as id`.execute(tx);
  return rows[0]?.id ?? null;
}

export async function setSkpState(
  tx: Tx,
  skpId: number,
  state: SkpRow['state'],
  agreed: { at: Date; by: number } | null,
  at: Date,
) {
  await sql`update skp set state = ${state}, agreed_at = ${agreed?.at ?? null}, agreed_by = ${agreed?.by ?? null},
    updated_at = ${at} where id = ${skpId}`.execute(tx);
}

export async function setAppraiser(tx: Tx, skpId: number, appraiserId: number, at: Date) {
  await sql`update skp set appraiser_employee_id = ${appraiserId}, updated_at = ${at} where id = ${skpId}`.execute(
    tx,
  );
}

export interface ItemRow {
  id: number;
  kind: 'result' | 'behaviour';
  text: string;
  indicator: string | null;
  target: string | null;
}

export async function items(tx: Tx, skpId: number): Promise<ItemRow[]> {
  const { rows } = await sql<ItemRow>`
    select id::int as id, kind, text, indicator, target from skp_item where skp_id = ${skpId}
    order by kind, position`.execute(tx);
  return rows;
}

/** Replaces the SKP's items of one kind with these, in this order. */
export async function replaceItems(
  tx: Tx,
  tenantId: number,
  skpId: number,
  kind: ItemRow['kind'],
  list: readonly { text: string; indicator?: string; target?: string }[],
) {
  await sql`delete from skp_item where skp_id = ${skpId} and kind = ${kind}`.execute(tx);
  if (list.length === 0) return;
  await tx
    .insertInto('skp_item')
    .values(
      list.map((item, index) => ({
        tenant_id: tenantId,
        skp_id: skpId,
        kind,
        position: index + 1,
        text: item.text,
        indicator: item.indicator ?? null,
        target: item.target ?? null,
      })),
    )
    .execute();
}

export interface FeedbackRow {
  id: number;
  period: number;
  side: 'employee' | 'appraiser';
  author: string;
  body: string;
  at: Date;
}

export async function feedback(tx: Tx, skpId: number): Promise<FeedbackRow[]> {
  const { rows } = await sql<FeedbackRow>`
    select f.id::int as id, f.period::int as period, f.side, coalesce(e.name, a.username) as author, f.body,
      f.created_at as at
    from skp_feedback f
    join account a on a.tenant_id = f.tenant_id and a.id = f.author_account_id
    left join employee e on e.tenant_id = a.tenant_id and e.id = a.employee_id
    where f.skp_id = ${skpId} order by f.period, f.id`.execute(tx);
  return rows;
}

export async function insertFeedback(
  tx: Tx,
  tenantId: number,
  values: { skpId: number; period: number; side: FeedbackRow['side']; by: number; body: string; at: Date },
) {
  const { rows } = await sql<{ id: number }>`
    insert into skp_feedback (tenant_id, skp_id, period, side, author_account_id, body, created_at)
    values (${tenantId}, ${values.skpId}, ${values.period}, ${values.side}, ${values.by}, ${values.body}, ${values.at})
    returning id::int as id`.execute(tx);
  return rows[0]!.id;
}

export interface AppraisalRow {
  id: number;
  year: number;
  period: 'annual' | CheckIns;
  fromMonth: number;
  toMonth: number;
  hasilKerja: Rating;
  perilakuKerja: Rating;
  predikat: string;
  appraiserName: string | null;
  appraiserNip: string | null;
  appraiserPosition: string | null;
  followUp: string | null;
  source: 'jenjang' | 'import';
  recordedAt: Date;
}

const APPRAISAL = sql`a.id::int as id, a.year::int as year, a.period, a.from_month::int as "fromMonth",
  a.to_month::int as "toMonth", a.hasil_kerja as "hasilKerja", a.perilaku_kerja as "perilakuKerja", a.predikat,
  a.appraiser_name as "appraiserName", a.appraiser_nip as "appraiserNip",
  a.appraiser_position as "appraiserPosition", a.follow_up as "followUp", a.source, a.recorded_at as "recordedAt"`;

export async function appraisalsOfSkp(tx: Tx, skpId: number): Promise<AppraisalRow[]> {
  const { rows } = await sql<AppraisalRow>`select ${APPRAISAL} from performance_appraisal a
    where a.skp_id = ${skpId} order by a.from_month, a.to_month`.execute(tx);
  return rows;
}

/** An employee's appraisals, newest year first, the annual one before the periods of its year. */
export async function appraisalsOf(tx: Tx, employeeId: number): Promise<AppraisalRow[]> {
  const { rows } = await sql<AppraisalRow>`select ${APPRAISAL} from performance_appraisal a
    where a.employee_id = ${employeeId}
    order by a.year desc, a.period = 'annual' desc, a.from_month desc`.execute(tx);
  return rows;
}

export interface NewAppraisal {
  employeeId: number;
  year: number;
  period: AppraisalRow['period'];
  fromMonth: number;
  toMonth: number;
  hasilKerja: Rating;
  perilakuKerja: Rating;
  predikat: string;
  appraiser: PersonRow;
  skpId: number;
  followUp: string | null;
  by: number;
  at: Date;
}

/** Records an appraisal made in Jenjang, replacing the one of the same period. */
export async function upsertAppraisal(tx: Tx, tenantId: number, v: NewAppraisal): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month, hasil_kerja,
      perilaku_kerja, predikat, appraiser_employee_id, appraiser_name, appraiser_nip, appraiser_position,
      appraiser_unit, appraiser_status, skp_id, follow_up, source, recorded_by, recorded_at)
    values (${tenantId}, ${v.employeeId}, ${v.year}, ${v.period}, ${v.fromMonth}, ${v.toMonth}, ${v.hasilKerja},
      ${v.perilakuKerja}, ${v.predikat}, ${v.appraiser.employeeId}, ${v.appraiser.name}, ${v.appraiser.nip},
      ${v.appraiser.position}, ${v.appraiser.unit}, 'ASN', ${v.skpId}, ${v.followUp}, 'jenjang', ${v.by}, ${v.at})
    on conflict (tenant_id, employee_id, year, period, from_month, to_month) do update set
      hasil_kerja = excluded.hasil_kerja, perilaku_kerja = excluded.perilaku_kerja, predikat = excluded.predikat,
      appraiser_employee_id = excluded.appraiser_employee_id, appraiser_name = excluded.appraiser_name,
      appraiser_nip = excluded.appraiser_nip, appraiser_position = excluded.appraiser_position,
      appraiser_unit = excluded.appraiser_unit, appraiser_status = excluded.appraiser_status,
      skp_id = excluded.skp_id, follow_up = excluded.follow_up, source = excluded.source,
      recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
    returning id::int as id`.execute(tx);
  return rows[0]!.id;
}

export interface SkpSummaryRow extends PersonRow {
  id: number;
  year: number;
  cycleState: CycleState;
  state: SkpRow['state'];
  appraiserName: string;
  predikat: string | null;
}

const SUMMARY = sql`s.id::int as id, c.year::int as year, c.state as "cycleState", s.state, ${PERSON('e')},
  h.name as "appraiserName", a.predikat`;
const SUMMARY_FROM = sql`from skp s
  join performance_cycle c on c.tenant_id = s.tenant_id and c.id = s.cycle_id
  join employee e on e.tenant_id = s.tenant_id and e.id = s.employee_id ${PERSON_JOINS('e')}
  join employee h on h.tenant_id = s.tenant_id and h.id = s.appraiser_employee_id
  left join performance_appraisal a on a.tenant_id = s.tenant_id and a.skp_id = s.id and a.period = 'annual'`;

/** The SKP of an employee, or of those an appraiser appraises, newest year first. */
export async function skpsOf(tx: Tx, who: { employeeId: number } | { appraiserId: number }) {
  const where =
    'employeeId' in who
      ? sql`s.employee_id = ${who.employeeId}`
      : sql`s.appraiser_employee_id = ${who.appraiserId}`;
  const { rows } = await sql<SkpSummaryRow>`select ${SUMMARY} ${SUMMARY_FROM} where ${where}
    order by c.year desc, e.name, s.id`.execute(tx);
  return rows;
}

const scopeCondition = (scope: ListScope) => {
  switch (scope.kind) {
    case 'tenant':
      return sql`true`;
    case 'unit':
      return sql`${scope.unitId}::bigint = any(eu.path)`;
    case 'self':
      return sql`e.id = ${scope.employeeId}`;
    default:
      return sql`false`;
  }
};

/** A year's SKP within the reader's scope (and under `unitId` when given), by name. */
export async function listSkps(
  tx: Tx,
  scope: ListScope,
  query: { cycleId: number; unitId?: number | undefined; page: number; pageSize: number },
) {
  const filter = sql`s.cycle_id = ${query.cycleId} and ${scopeCondition(scope)}
    ${query.unitId ? sql`and ${query.unitId}::bigint = any(eu.path)` : sql``}`;
  const [{ rows }, count] = await Promise.all([
    sql<SkpSummaryRow>`select ${SUMMARY} ${SUMMARY_FROM} where ${filter}
      order by e.name, s.id limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`.execute(tx),
    sql<{ n: number }>`select count(*)::int as n ${SUMMARY_FROM} where ${filter}`.execute(tx),
  ]);
  return { rows, total: count.rows[0]!.n };
}

export interface DistributionRow {
  opdId: number | null;
  opd: string | null;
  appraiserKey: string;
  appraiserName: string | null;
  appraiserNip: string | null;
  predikat: string;
  n: number;
}

/**
 * A year's annual predikat within the reader's scope (and under `unitId`), counted per OPD of the
 * employee and per appraiser (by NIP, or by name for one without).
 */
export async function distribution(tx: Tx, scope: ListScope, year: number, unitId?: number) {
  const { rows } = await sql<DistributionRow>`
    select o.id::int as "opdId", o.name as opd,
      coalesce(a.appraiser_nip, a.appraiser_name, '') as "appraiserKey",
      max(a.appraiser_name) as "appraiserName", max(a.appraiser_nip) as "appraiserNip",
      a.predikat, count(*)::int as n
    from performance_appraisal a
    join employee e on e.tenant_id = a.tenant_id and e.id = a.employee_id
    left join unit eu on eu.tenant_id = e.tenant_id and eu.id = e.unit_id
    left join unit o on o.tenant_id = eu.tenant_id and o.id = eu.path[1]
    where a.year = ${year} and a.period = 'annual' and ${scopeCondition(scope)}
      ${unitId ? sql`and ${unitId}::bigint = any(eu.path)` : sql``}
    group by o.id, o.name, coalesce(a.appraiser_nip, a.appraiser_name, ''), a.predikat`.execute(tx);
  return rows;
}

/** Up to `limit` active employees whose direct supervisor (migration 0060) is `supervisorId`, by name. */
export async function directReports(tx: Tx, supervisorId: number, limit: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select e.id::int as id from employee e
    where e.status = 'aktif' and e.unit_id is not null and e.id <> ${supervisorId}
      and direct_supervisor(e.tenant_id, e.id) = ${supervisorId}
    order by e.name, e.id limit ${limit}`.execute(tx);
  return rows.map((row) => row.id);
}

/** Each active employee's direct supervisor (null: the organisation names none), for a past year's records. */
export async function supervisorsOfAll(
  tx: Tx,
): Promise<{ employeeId: number; supervisorId: number | null }[]> {
  const { rows } = await sql<{ employeeId: number; supervisorId: number | null }>`
    select e.id::int as "employeeId", direct_supervisor(e.tenant_id, e.id)::int as "supervisorId"
    from employee e where e.status = 'aktif' order by e.id`.execute(tx);
  return rows;
}

export interface HistoryRow {
  employeeId: number;
  year: number;
  hasilKerja: Rating;
  perilakuKerja: Rating;
  predikat: string;
  appraiserId: number | null;
}

/**
 * Annual appraisals of past years as SIASN holds them (source 'import'), the appraiser's name, NIP,
 * position and unit taken from the registry (or, for one without, the regional head, NON ASN); a
 * year already recorded for an employee is kept.
 */
export async function insertHistory(
  tx: Tx,
  tenantId: number,
  rows: readonly HistoryRow[],
  /** Who appraised those the organisation gives no supervisor: the regional head, not an ASN. */
  regionalHead: string,
  by: number,
) {
  if (rows.length === 0) return 0;
  const result = await sql`
    insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month, hasil_kerja,
      perilaku_kerja, predikat, appraiser_employee_id, appraiser_name, appraiser_nip, appraiser_position,
      appraiser_unit, appraiser_status, source, recorded_by)
    select ${tenantId}, r.employee_id, r.year, 'annual', 1, 12, r.hasil, r.perilaku, r.predikat, h.id,
      coalesce(h.name, ${regionalHead}), h.nip, hp.name, hu.name,
      case when h.id is null then 'NON ASN' else 'ASN' end, 'import', ${by}
    from unnest(${rows.map((r) => r.employeeId)}::bigint[], ${rows.map((r) => r.year)}::smallint[],
      ${rows.map((r) => r.hasilKerja)}::text[], ${rows.map((r) => r.perilakuKerja)}::text[],
      ${rows.map((r) => r.predikat)}::text[], ${rows.map((r) => r.appraiserId)}::bigint[])
      as r(employee_id, year, hasil, perilaku, predikat, appraiser_id)
    left join employee h on h.tenant_id = ${tenantId} and h.id = r.appraiser_id
    left join position hp on hp.tenant_id = h.tenant_id and hp.id = h.position_id
    left join unit hu on hu.tenant_id = h.tenant_id and hu.id = h.unit_id
    on conflict (tenant_id, employee_id, year, period, from_month, to_month) do nothing`.execute(tx);
  return Number(result.numAffectedRows ?? 0);
}
