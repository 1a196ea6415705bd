import type { CompetencyType } from '@jenjang/domain/competency/competency-dictionary';
import {
  type AffirmativeGroupSchema,
  EligibilityRulesSchema,
} from '@jenjang/domain/programs/program.contract';
import type {
  ProgramState,
  ScoreLine,
  ScoreWeights,
  SelectionOutcome,
} from '@jenjang/domain/programs/program.rules';
import type { ProgramPath } from '@jenjang/domain/programs/program-paths';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Tx } from '../../db/database';
import { pageWithTotal } from '../../db/paging';
import type { Locale } from '../../i18n/translate';

// Programs, their batches (angkatan) and the applications to them. Every change of who holds a
// seat runs under the program row's lock (lockProgram), and program_batch.taken ≤ capacity is a
// check: two writers can never give the same last seat twice.

type EligibilityRules = z.output<typeof EligibilityRulesSchema>;
type AffirmativeGroup = z.output<typeof AffirmativeGroupSchema>;

export interface ProgramValues {
  title: string;
  description: string | null;
  pathCode: ProgramPath;
  jp: number;
  providerKind: 'internal' | 'lan' | 'partner';
  providerName: string | null;
  /** The partner providing it (provider 'partner'); none when left out. */
  partnerId?: number | null;
  costPerParticipant: number;
  policyId: number | null;
  eligibility: EligibilityRules;
  weights: ScoreWeights;
  quotaUnitMax: number | null;
  quotaUnitMin: number | null;
  applicationsCloseOn: string | null;
  rankingShowsNames: boolean;
  minAttendancePercent: number;
  passingScore: number | null;
  affirmativeGroups: AffirmativeGroup[];
  appealDays: number;
}

const programColumns = [
  'p.id',
  'p.title',
  'p.description',
  'p.path_code as pathCode',
  'p.jp',
  'p.provider_kind as providerKind',
  'p.provider_name as providerName',
  'p.partner_id as partnerId',
  'p.cost_per_participant as costPerParticipant',
  'p.policy_id as policyId',
  'p.state',
  'p.eligibility',
  'p.weights',
  'p.quota_unit_max as quotaUnitMax',
  'p.quota_unit_min as quotaUnitMin',
  'p.applications_close_on as applicationsCloseOn',
  'p.ranking_shows_names as rankingShowsNames',
  'p.min_attendance_percent as minAttendancePercent',
  'p.passing_score as passingScore',
  'p.affirmative_groups as affirmativeGroups',
  'p.appeal_days as appealDays',
  'p.selection_summary as selectionSummary',
  'p.selected_at as selectedAt',
] as const;

export async function findProgram(tx: Tx, id: number, options: { lock?: boolean } = {}) {
  let query = tx.selectFrom('program as p').select(programColumns).where('p.id', '=', id);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    pathCode: row.pathCode as ProgramPath,
    state: row.state as ProgramState,
    jp: Number(row.jp),
    costPerParticipant: Number(row.costPerParticipant),
    passingScore: row.passingScore === null ? null : Number(row.passingScore),
    // Parsed: terms stored before a criterion existed read as its default (talentBoxes: any box).
    eligibility: EligibilityRulesSchema.parse(row.eligibility),
    weights: row.weights as unknown as ScoreWeights,
    affirmativeGroups: row.affirmativeGroups as unknown as AffirmativeGroup[],
  };
}
export type ProgramRow = NonNullable<Awaited<ReturnType<typeof findProgram>>>;

function programRow(values: ProgramValues) {
  return {
    title: values.title,
    description: values.description,
    path_code: values.pathCode,
    jp: String(values.jp),
    provider_kind: values.providerKind,
    provider_name: values.providerName,
    partner_id: values.partnerId ?? null,
    cost_per_participant: String(values.costPerParticipant),
    policy_id: values.policyId,
    eligibility: JSON.stringify(values.eligibility),
    weights: JSON.stringify(values.weights),
    quota_unit_max: values.quotaUnitMax,
    quota_unit_min: values.quotaUnitMin,
    applications_close_on: values.applicationsCloseOn,
    ranking_shows_names: values.rankingShowsNames,
    min_attendance_percent: values.minAttendancePercent,
    passing_score: values.passingScore === null ? null : String(values.passingScore),
    affirmative_groups: JSON.stringify(values.affirmativeGroups),
    appeal_days: values.appealDays,
  };
}

export async function insertProgram(tx: Tx, tenantId: number, values: ProgramValues, createdBy: number) {
  const { id } = await tx
    .insertInto('program')
    .values({ tenant_id: tenantId, created_by: createdBy, ...programRow(values) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateProgram(tx: Tx, id: number, values: ProgramValues) {
  await tx
    .updateTable('program')
    .set({ ...programRow(values), updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function setProgramState(
  tx: Tx,
  id: number,
  state: ProgramState,
  selection?: { summary: unknown; at: Date },
) {
  await tx
    .updateTable('program')
    .set({
      state,
      updated_at: sql`now()`,
      ...(selection
        ? { selection_summary: JSON.stringify(selection.summary), selected_at: selection.at }
        : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function programCompetencies(tx: Tx, programId: number, locale: Locale) {
  const name = locale === 'en' ? sql.ref('r.name_en') : sql.ref('r.name_id');
  const { rows } = await sql<{
    competencyId: number;
    code: string;
    name: string;
    type: CompetencyType;
    targetLevel: number;
  }>`
    select pc.competency_id::int as "competencyId", c.code, coalesce(${name}, c.name) as name, c.type,
      pc.target_level as "targetLevel"
    from program_competency pc
    join competency c on c.tenant_id = pc.tenant_id and c.id = pc.competency_id
    left join competency_reference r on r.code = c.reference_code
    where pc.program_id = ${programId}
    order by c.type, c.code`.execute(tx);
  return rows;
}

export async function replaceCompetencies(
  tx: Tx,
  tenantId: number,
  programId: number,
  targets: readonly { competencyId: number; targetLevel: number }[],
) {
  await tx.deleteFrom('program_competency').where('program_id', '=', programId).execute();
  if (targets.length === 0) return;
  await tx
    .insertInto('program_competency')
    .values(
      targets.map((t) => ({
        tenant_id: tenantId,
        program_id: programId,
        competency_id: t.competencyId,
        target_level: t.targetLevel,
      })),
    )
    .execute();
}

export async function planItemIds(tx: Tx, programId: number) {
  const rows = await tx
    .selectFrom('program_plan_item')
    .select('plan_item_id')
    .where('program_id', '=', programId)
    .orderBy('plan_item_id')
    .execute();
  return rows.map((r) => r.plan_item_id);
}

export async function replacePlanItems(tx: Tx, tenantId: number, programId: number, ids: readonly number[]) {
  await tx.deleteFrom('program_plan_item').where('program_id', '=', programId).execute();
  if (ids.length === 0) return;
  await tx
    .insertInto('program_plan_item')
    .values(ids.map((id) => ({ tenant_id: tenantId, program_id: programId, plan_item_id: id })))
    .execute();
}

/** How many of these ids name rows of the table in this government (RLS narrows the read). */
export async function countExisting(
  tx: Tx,
  table: 'competency' | 'development_plan_item' | 'unit',
  ids: readonly number[],
) {
  if (ids.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from ${sql.table(table)} where id = any(${sql.val([...ids])}::bigint[])`.execute(
    tx,
  );
  return rows[0]?.n ?? 0;
}

export interface ListFilter {
  states: readonly ProgramState[] | null;
  employeeId: number | null;
}

export async function listPrograms(tx: Tx, filter: ListFilter, page: { page: number; pageSize: number }) {
  const states = filter.states ? sql`p.state = any(${sql.val([...filter.states])}::text[])` : sql`true`;
  const listed = sql`
    select p.id::int as id, p.title, p.path_code as "pathCode", p.jp::float8 as jp,
      p.provider_kind as "providerKind", p.provider_name as "providerName", p.state,
      to_char(p.applications_close_on, 'YYYY-MM-DD') as "applicationsCloseOn",
      to_char(b.first_day, 'YYYY-MM-DD') as "firstDay", coalesce(b.seats, 0)::int as seats,
      (select count(*)::int from program_application a
        where a.program_id = p.id and a.state <> 'withdrawn') as applicants,
      (select a.state from program_application a
        where a.program_id = p.id and a.employee_id = ${filter.employeeId}) as "myState",
      p.eligibility,
      row_number() over (order by p.state = 'open' desc, b.first_day desc nulls last, p.id desc) as ordinal
    from program p
    left join lateral (
      select min(starts_on) as first_day, sum(capacity) as seats from program_batch
      where program_id = p.id) b on true
    where ${states}`;
  return pageWithTotal<{
    id: number;
    title: string;
    pathCode: ProgramPath;
    jp: number;
    providerKind: 'internal' | 'lan' | 'partner';
    providerName: string | null;
    state: ProgramState;
    applicationsCloseOn: string | null;
    firstDay: string | null;
    seats: number;
    applicants: number;
    myState: ApplicationRow['state'] | null;
    eligibility: EligibilityRules;
  }>(tx, listed, page);
}

export interface BatchValues {
  name: string;
  startsOn: string;
  endsOn: string;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number;
  /** Seats reserved per affirmative group key. */
  reserved: Record<string, number>;
}

export async function batchesOf(tx: Tx, programId: number) {
  const { rows } = await sql<BatchValues & { id: number; taken: number }>`
    select id::int as id, name, to_char(starts_on, 'YYYY-MM-DD') as "startsOn",
      to_char(ends_on, 'YYYY-MM-DD') as "endsOn", venue, online_url as "onlineUrl", capacity, taken,
      reserved_seats as reserved
    from program_batch where program_id = ${programId} order by starts_on, id`.execute(tx);
  return rows;
}

export async function insertBatch(tx: Tx, tenantId: number, programId: number, values: BatchValues) {
  const { id } = await tx
    .insertInto('program_batch')
    .values({
      tenant_id: tenantId,
      program_id: programId,
      name: values.name,
      starts_on: values.startsOn,
      ends_on: values.endsOn,
      venue: values.venue,
      online_url: values.onlineUrl,
      capacity: values.capacity,
      reserved_seats: JSON.stringify(values.reserved),
      // A batch teaches the program's latest curriculum when it is planned (curriculum.service.ts).
      curriculum_id: sql<number | null>`(
        select c.id from program_curriculum c where c.program_id = ${programId} order by c.version desc limit 1)`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** False when the new capacity is below the seats already given (the check refuses it). */
export async function updateBatch(tx: Tx, programId: number, batchId: number, values: BatchValues) {
  const result = await tx
    .updateTable('program_batch')
    .set({
      name: values.name,
      starts_on: values.startsOn,
      ends_on: values.endsOn,
      venue: values.venue,
      online_url: values.onlineUrl,
      capacity: values.capacity,
      reserved_seats: JSON.stringify(values.reserved),
      updated_at: sql`now()`,
    })
    .where('id', '=', batchId)
    .where('program_id', '=', programId)
    .where('taken', '<=', values.capacity)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteBatch(tx: Tx, programId: number, batchId: number) {
  const result = await tx
    .deleteFrom('program_batch')
    .where('id', '=', batchId)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Whether any application asks for the batch (a batch asked for is not removed). */
export async function batchAskedFor(tx: Tx, batchId: number) {
  const { rows } = await sql<{ asked: boolean }>`
    select exists (select 1 from program_application where ${batchId} = any(preferences)) as asked`.execute(
    tx,
  );
  return rows[0]?.asked ?? false;
}

/** One more seat of the batch taken, or false when it is full (under the program's lock). */
export async function takeSeat(tx: Tx, batchId: number) {
  const result = await tx
    .updateTable('program_batch')
    .set({ taken: sql`taken + 1` })
    .where('id', '=', batchId)
    .whereRef('taken', '<', 'capacity')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function releaseSeat(tx: Tx, batchId: number) {
  await tx.updateTable('program_batch').set({ taken: sql`taken - 1` }).where('id', '=', batchId).execute();
}

/** Every batch's seats set to the selection's count. */
export async function recountSeats(tx: Tx, programId: number) {
  await sql`
    update program_batch b set taken = coalesce(
      (select count(*) from program_application a where a.batch_id = b.id and a.state = 'selected'), 0)
    where b.program_id = ${programId}`.execute(tx);
}

/** What eligibility and the score read of one person, for one program, as of a day. */
export interface ApplicantRow {
  applicationId: number | null;
  employeeId: number;
  active: boolean;
  unitPath: number[] | null;
  positionKind: string | null;
  golonganRank: number | null;
  employeeType: 'PNS' | 'PPPK';
  sex: 'M' | 'F' | null;
  birthDate: string | null;
  /** Current levels of the program's competencies, by competency id. */
  levels: Record<string, number>;
  completedThisProgramOn: string | null;
  earnedThisYear: number;
  lastDevelopmentOn: string | null;
  recommended: boolean;
  preferences: number[];
  order: number;
}

/** The facts of one employee (applicationId null when they have not applied) or of every live application. */
export async function applicantFacts(
  tx: Tx,
  programId: number,
  year: number,
  who: { employeeId: number } | 'applications',
): Promise<ApplicantRow[]> {
  const people =
    who === 'applications'
      ? sql`select a.employee_id, a.id as application_id, a.recommended, a.preferences, a.applied_at
          from program_application a
          where a.program_id = ${programId} and a.state <> 'withdrawn'`
      : sql`select ${who.employeeId}::bigint as employee_id, a.id as application_id,
            coalesce(a.recommended, false) as recommended, coalesce(a.preferences, '{}') as preferences,
            a.applied_at
          from (select 1) one
          left join program_application a on a.program_id = ${programId} and a.employee_id = ${who.employeeId}`;
  const { rows } = await sql<ApplicantRow>`
    with people as (${people})
    select p.application_id::int as "applicationId", e.id::int as "employeeId", e.status = 'aktif' as active,
      u.path as "unitPath", e.position_kind as "positionKind", e.golongan_rank as "golonganRank",
      e.employee_type as "employeeType", e.sex, to_char(e.birth_date, 'YYYY-MM-DD') as "birthDate",
      coalesce((select jsonb_object_agg(cc.competency_id::text, cc.level)
        from program_competency pc
        join competency_current cc on cc.tenant_id = pc.tenant_id and cc.competency_id = pc.competency_id
          and cc.employee_id = e.id
        where pc.program_id = ${programId}), '{}') as levels,
      (select to_char(max(d.ended_on), 'YYYY-MM-DD') from development_record d
        where d.employee_id = e.id and d.source = 'program' and d.program_ref = ${`program:${programId}`})
        as "completedThisProgramOn",
      coalesce((select sum(d.jp) from development_record d
        where d.employee_id = e.id and d.ended_on between make_date(${year}, 1, 1) and make_date(${year}, 12, 31)),
        0)::float8 as "earnedThisYear",
      (select to_char(max(d.ended_on), 'YYYY-MM-DD') from development_record d where d.employee_id = e.id)
        as "lastDevelopmentOn",
      p.recommended, p.preferences::int[] as preferences,
      -- The published order: when each applied (a renewed application goes to the back), then id.
      (row_number() over (order by p.applied_at, p.application_id))::int as order
    from people p
    join employee e on e.id = p.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    order by p.application_id`.execute(tx);
  return rows;
}

export interface ApplicationValues {
  programId: number;
  employeeId: number;
  preferences: readonly number[];
  source: 'self' | 'nomination' | 'assignment';
  recommended: boolean;
  nominatedBy: number | null;
  motivation: string | null;
}

/** The new application's id, or null when the employee has one already (any state). */
export async function insertApplication(tx: Tx, tenantId: number, values: ApplicationValues, at: Date) {
  const row = await tx
    .insertInto('program_application')
    .values({
      tenant_id: tenantId,
      program_id: values.programId,
      employee_id: values.employeeId,
      preferences: sql`${sql.val([...values.preferences])}::bigint[]`,
      source: values.source,
      recommended: values.recommended,
      nominated_by: values.nominatedBy,
      motivation: values.motivation,
      applied_at: at,
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'program_id', 'employee_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A withdrawn application applied for again: the new preferences, at the back of the order. */
export async function renewApplication(tx: Tx, id: number, values: ApplicationValues, at: Date) {
  await sql`
    update program_application set preferences = ${sql.val([...values.preferences])}::bigint[],
      source = ${values.source}, recommended = ${values.recommended}, nominated_by = ${values.nominatedBy},
      motivation = ${values.motivation}, state = 'applied', withdrawn_at = null, applied_at = ${at},
      score = null, score_lines = null, outcome = null, waitlist_position = null, batch_id = null
    where id = ${id}`.execute(tx);
}

const applicationColumns = sql`
  a.id::int as id, a.program_id::int as "programId",
  json_build_object('id', e.id, 'nip', e.nip, 'name', e.name, 'unit', u.name) as employee,
  a.preferences::int[] as preferences, a.source, a.recommended, a.motivation, a.state,
  a.batch_id::int as "batchId", a.score, a.score_lines as "scoreLines", a.outcome,
  a.waitlist_position as "waitlistPosition", a.affirmative_group as "affirmativeGroup",
  a.applied_at as "appliedAt", a.completion,
  a.completion_failure as "completionFailure",
  (select c.id::int from program_certificate c where c.application_id = a.id) as "certificateId"`;

export interface ApplicationRow {
  id: number;
  programId: number;
  employee: { id: number; nip: string; name: string; unit: string | null };
  preferences: number[];
  source: 'self' | 'nomination' | 'assignment';
  recommended: boolean;
  motivation: string | null;
  state: 'applied' | 'selected' | 'waitlisted' | 'notSelected' | 'withdrawn';
  batchId: number | null;
  score: number | null;
  scoreLines: ScoreLine[] | null;
  outcome: SelectionOutcome | null;
  waitlistPosition: number | null;
  affirmativeGroup: string | null;
  appliedAt: Date;
  completion: 'completed' | 'failed' | null;
  completionFailure: 'attendance' | 'score' | 'both' | null;
  certificateId: number | null;
  unitPath: number[] | null;
}

export async function findApplication(
  tx: Tx,
  programId: number,
  where: { id: number } | { employeeId: number },
) {
  const condition = 'id' in where ? sql`a.id = ${where.id}` : sql`a.employee_id = ${where.employeeId}`;
  const { rows } = await sql<ApplicationRow>`
    select ${applicationColumns}, u.path as "unitPath"
    from program_application a
    join employee e on e.id = a.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    where a.program_id = ${programId} and ${condition}`.execute(tx);
  return rows[0];
}

export async function listApplications(
  tx: Tx,
  programId: number,
  filter: { state?: ApplicationRow['state'] | undefined; unitId: number | null },
  page: { page: number; pageSize: number },
) {
  const state = filter.state ? sql`a.state = ${filter.state}` : sql`true`;
  const unit = filter.unitId === null ? sql`true` : sql`u.path @> array[${filter.unitId}]::bigint[]`;
  const listed = sql`
    select ${applicationColumns},
      row_number() over (order by a.state = 'withdrawn', a.score desc nulls last, a.id) as ordinal
    from program_application a
    join employee e on e.id = a.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    where a.program_id = ${programId} and ${state} and ${unit}`;
  return pageWithTotal<Omit<ApplicationRow, 'unitPath'>>(tx, listed, page);
}

export interface SelectionWrite {
  applicationId: number;
  state: 'selected' | 'waitlisted' | 'notSelected';
  batchId: number | null;
  score: number;
  scoreLines: ScoreLine[];
  outcome: string;
  waitlistPosition: number | null;
  affirmativeGroup: string | null;
  affirmativeGroups: string[];
}

export async function writeSelection(tx: Tx, rows: readonly SelectionWrite[], at: Date) {
  if (rows.length === 0) return;
  await sql`
    update program_application a set state = w.state, batch_id = w.batch_id, score = w.score,
      score_lines = w.score_lines, outcome = w.outcome, waitlist_position = w.waitlist_position,
      affirmative_group = w.affirmative_group, affirmative_groups = w.affirmative_groups::text[], decided_at = ${at}
    from unnest(${sql.val(rows.map((r) => r.applicationId))}::bigint[],
      ${sql.val(rows.map((r) => r.state))}::text[],
      ${sql.val(rows.map((r) => r.batchId))}::bigint[],
      ${sql.val(rows.map((r) => r.score))}::int[],
      ${sql.val(rows.map((r) => JSON.stringify(r.scoreLines)))}::jsonb[],
      ${sql.val(rows.map((r) => r.outcome))}::text[],
      ${sql.val(rows.map((r) => r.waitlistPosition))}::int[],
      ${sql.val(rows.map((r) => r.affirmativeGroup))}::text[],
      ${sql.val(rows.map((r) => `{${r.affirmativeGroups.join(',')}}`))}::text[])
      as w(id, state, batch_id, score, score_lines, outcome, waitlist_position, affirmative_group, affirmative_groups)
    where a.id = w.id`.execute(tx);
}

export async function withdrawApplication(tx: Tx, id: number, at: Date) {
  await sql`
    update program_application set state = 'withdrawn', batch_id = null, withdrawn_at = ${at},
      waitlist_position = null
    where id = ${id}`.execute(tx);
}

/**
 * The first on the waiting list who asked for the batch and whose OPD is under the program's cap:
 * lowest place first (the list is in the selection's order: score, then application).
 */
/**
 * The first on the waiting list who asked for the batch and whose OPD is under its cap; members of
 * `preferGroup` first (a seat reserved for that group was freed), anyone after them.
 */
export async function nextOnWaitingList(
  tx: Tx,
  programId: number,
  batchId: number,
  unitCap: number | null,
  preferGroup: string | null = null,
) {
  const cap =
    unitCap === null
      ? sql`true`
      : sql`(select count(*) from program_application s
          join employee se on se.id = s.employee_id
          left join unit su on su.tenant_id = se.tenant_id and su.id = se.unit_id
          where s.program_id = ${programId} and s.state = 'selected'
            and su.path[1] is not distinct from u.path[1]) < ${unitCap}`;
  const { rows } = await sql<{
    id: number;
    employeeId: number;
    unitPath: number[] | null;
    affirmativeGroups: string[];
  }>`
    select a.id::int as id, a.employee_id::int as "employeeId", u.path as "unitPath",
      a.affirmative_groups as "affirmativeGroups"
    from program_application a
    join employee e on e.id = a.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    where a.program_id = ${programId} and a.state = 'waitlisted' and ${batchId} = any(a.preferences) and ${cap}
    order by coalesce(${preferGroup}::text = any(a.affirmative_groups), false) desc,
      a.waitlist_position, a.id
    limit 1`.execute(tx);
  return rows[0];
}

/** How many of the OPD (the unit at the top of the tree; null: no unit) hold seats of the program. */
export async function seatedOfUnit(tx: Tx, programId: number, opdId: number | null): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from program_application s
    join employee se on se.id = s.employee_id
    left join unit su on su.tenant_id = se.tenant_id and su.id = se.unit_id
    where s.program_id = ${programId} and s.state = 'selected'
      and su.path[1] is not distinct from ${opdId}::bigint`.execute(tx);
  return rows[0]!.n;
}

/** How many members of the group hold seats of the batch. */
export async function membersSeated(tx: Tx, batchId: number, group: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from program_application
    where batch_id = ${batchId} and state = 'selected' and affirmative_group = ${group}`.execute(tx);
  return rows[0]!.n;
}

/** Gives the application a seat of the batch; `seatGroup`, when given, is the group the seat counts for. */
export async function promote(tx: Tx, id: number, batchId: number, at: Date, seatGroup?: string | null) {
  await sql`
    update program_application set state = 'selected', batch_id = ${batchId}, outcome = 'selected',
      waitlist_position = null, decided_at = ${at},
      affirmative_group = ${seatGroup === undefined ? sql`affirmative_group` : sql`${seatGroup}::text`}
    where id = ${id}`.execute(tx);
}

/**
 * The lowest score holding an open seat of each batch: the seats reserved for an affirmative group
 * are held by its lowest-scoring members there (domain affirmative.rules.ts reservedHolders), as
 * many as the selection filled for it, and are left out.
 */
export async function cutoffs(tx: Tx, programId: number) {
  const { rows } = await sql<{ batchId: number; cutoff: number }>`
    with selected as (
      select a.batch_id, a.score, a.affirmative_group,
        row_number() over (partition by a.batch_id, a.affirmative_group order by a.score, a.id desc) as low
      from program_application a
      where a.program_id = ${programId} and a.state = 'selected'
    ), held as (
      select (r ->> 'batchId')::bigint as batch_id, r ->> 'group' as affirmative_group,
        (r ->> 'filled')::int as filled
      from program p, jsonb_array_elements(coalesce(p.selection_summary -> 'reservedMet', '[]')) r
      where p.id = ${programId}
    )
    select s.batch_id::int as "batchId", min(s.score)::int as cutoff from selected s
    where not exists (select 1 from held h where h.batch_id = s.batch_id
      and h.affirmative_group = s.affirmative_group and s.low <= h.filled)
    group by s.batch_id`.execute(tx);
  return new Map(rows.map((r) => [r.batchId, r.cutoff]));
}

/** The published ranking: everyone who took part in the selection, best first. */
export async function ranking(tx: Tx, programId: number, page: { page: number; pageSize: number }) {
  const listed = sql`
    select a.id::int as id, a.employee_id::int as "employeeId", e.name, a.score, a.state, b.name as batch,
      row_number() over (order by a.score desc, a.id) as ordinal
    from program_application a
    join employee e on e.id = a.employee_id
    left join program_batch b on b.tenant_id = a.tenant_id and b.id = a.batch_id
    where a.program_id = ${programId} and a.state in ('selected', 'waitlisted', 'notSelected')`;
  return pageWithTotal<{
    id: number;
    employeeId: number;
    name: string;
    score: number;
    state: 'selected' | 'waitlisted' | 'notSelected';
    batch: string | null;
  }>(tx, listed, page);
}

export async function closeWaitingList(tx: Tx, programId: number) {
  await sql`
    update program_application set state = 'notSelected'
    where program_id = ${programId} and state = 'waitlisted'`.execute(tx);
}

export async function unitNamesOf(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await tx
    .selectFrom('unit')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The employee an application is about, with the unit path that authorises acting for them. */
export function findEmployee(tx: Tx, id: number) {
  return tx
    .selectFrom('employee as e')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'u.path as unitPath'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

export async function policyExists(tx: Tx, id: number) {
  return (await tx.selectFrom('policy').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function findBatch(
  tx: Tx,
  programId: number,
  batchId: number,
  options: { lock?: boolean } = {},
) {
  const { rows } = await sql<BatchValues & { id: number; taken: number; closedAt: Date | null }>`
    select id::int as id, name, to_char(starts_on, 'YYYY-MM-DD') as "startsOn",
      to_char(ends_on, 'YYYY-MM-DD') as "endsOn", venue, online_url as "onlineUrl", capacity, taken,
      reserved_seats as reserved, closed_at as "closedAt"
    from program_batch where id = ${batchId} and program_id = ${programId}
    ${options.lock ? sql`for update` : sql``}`.execute(tx);
  return rows[0];
}

/** The batch's participants (those holding its seats), with their attendance, score and completion. */
export async function rosterOf(tx: Tx, batchId: number) {
  const { rows } = await sql<{
    applicationId: number;
    employee: { id: number; nip: string; name: string; unit: string | null };
    attended: string[];
    finalScore: string | null;
    preTestScore: string | null;
    postTestScore: string | null;
    completion: 'completed' | 'failed' | null;
    completionFailure: 'attendance' | 'score' | 'both' | null;
    certificateId: number | null;
    certificateRevoked: boolean;
    employeeId: number;
  }>`
    select a.id::int as "applicationId", a.employee_id::int as "employeeId",
      json_build_object('id', e.id, 'nip', e.nip, 'name', e.name, 'unit', u.name) as employee,
      coalesce((select array_agg(to_char(d.day, 'YYYY-MM-DD') order by d.day) from program_attendance d
        where d.application_id = a.id), '{}') as attended,
      a.final_score as "finalScore", a.pre_test_score as "preTestScore", a.post_test_score as "postTestScore",
      a.completion, a.completion_failure as "completionFailure",
      c.id::int as "certificateId", coalesce(c.revoked_at is not null, false) as "certificateRevoked"
    from program_application a
    join employee e on e.id = a.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join program_certificate c on c.tenant_id = a.tenant_id and c.application_id = a.id
    where a.batch_id = ${batchId} and a.state = 'selected'
    order by e.name, a.id`.execute(tx);
  const score = (value: string | null) => (value === null ? null : Number(value));
  return rows.map((row) => ({
    ...row,
    finalScore: score(row.finalScore),
    preTestScore: score(row.preTestScore),
    postTestScore: score(row.postTestScore),
  }));
}

/** The application holding a seat of this batch, if `applicationId` is one. */
export async function participant(
  tx: Tx,
  batchId: number,
  where: { applicationId: number } | { employeeId: number },
) {
  const condition =
    'applicationId' in where ? sql`a.id = ${where.applicationId}` : sql`a.employee_id = ${where.employeeId}`;
  const { rows } = await sql<{ id: number; employeeId: number; unitPath: number[] | null }>`
    select a.id::int as id, a.employee_id::int as "employeeId", u.path as "unitPath"
    from program_application a
    join employee e on e.id = a.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    where a.batch_id = ${batchId} and a.state = 'selected' and ${condition}`.execute(tx);
  return rows[0];
}

export async function setAttendance(
  tx: Tx,
  tenantId: number,
  values: {
    applicationId: number;
    day: string;
    present: boolean;
    method: 'qr' | 'manual';
    recordedBy: number;
  },
) {
  if (!values.present) {
    await sql`delete from program_attendance where application_id = ${values.applicationId} and day = ${values.day}`.execute(
      tx,
    );
    return;
  }
  await sql`
    insert into program_attendance (tenant_id, application_id, day, method, recorded_by)
    values (${tenantId}, ${values.applicationId}, ${values.day}, ${values.method}, ${values.recordedBy})
    on conflict do nothing`.execute(tx);
}

export async function attendedDays(tx: Tx, applicationId: number) {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from program_attendance where application_id = ${applicationId}`.execute(tx);
  return rows[0]?.n ?? 0;
}

export async function setFinalScore(tx: Tx, applicationId: number, score: number | null) {
  await sql`update program_application set final_score = ${score === null ? null : String(score)}
    where id = ${applicationId}`.execute(tx);
}

/**
 * The completed program in the employee's development history (SIASN's "riwayat" shape): the
 * same activity recorded again (a batch closed twice) updates the row rather than doubling it.
 */
export async function recordProgramDevelopment(
  tx: Tx,
  tenantId: number,
  values: {
    employeeId: number;
    programId: number;
    name: string;
    pathCode: string;
    institution: string | null;
    certificateNumber: string | null;
    startedOn: string;
    endedOn: string;
    jp: number;
    recordedBy: number;
  },
) {
  const { rows } = await sql<{ id: number }>`
    insert into development_record (tenant_id, employee_id, kind, name, path_code, institution,
      certificate_number, started_on, ended_on, jp, source, program_ref, recorded_by)
    values (${tenantId}, ${values.employeeId}, 'program', ${values.name}, ${values.pathCode},
      ${values.institution}, ${values.certificateNumber}, ${values.startedOn}, ${values.endedOn}, ${values.jp},
      'program', ${`program:${values.programId}`}, ${values.recordedBy})
    on conflict (tenant_id, employee_id, kind, lower(name), ended_on) do update set
      path_code = excluded.path_code, institution = excluded.institution,
      certificate_number = excluded.certificate_number, started_on = excluded.started_on, jp = excluded.jp,
      source = excluded.source, program_ref = excluded.program_ref, recorded_by = excluded.recorded_by,
      updated_at = now()
    returning id::int as id`.execute(tx);
  return rows[0]!.id;
}

export async function recordCompletion(
  tx: Tx,
  at: Date,
  applicationId: number,
  completion:
    | { completed: true; recordId: number }
    | { completed: false; failure: 'attendance' | 'score' | 'both' },
) {
  await sql`
    update program_application set completion = ${completion.completed ? 'completed' : 'failed'},
      completion_failure = ${completion.completed ? null : completion.failure},
      development_record_id = ${completion.completed ? completion.recordId : null}, completed_at = ${at}
    where id = ${applicationId}`.execute(tx);
}

export async function markBatchClosed(tx: Tx, batchId: number, at: Date) {
  await sql`update program_batch set closed_at = ${at} where id = ${batchId}`.execute(tx);
}

export async function certificateNumber(tx: Tx, certificateId: number) {
  const { rows } = await sql<{ number: string }>`
    select number from program_certificate where id = ${certificateId}`.execute(tx);
  return rows[0]?.number ?? null;
}

export async function governmentName(tx: Tx) {
  return await tx.selectFrom('tenant').select(['name', 'slug']).executeTakeFirstOrThrow();
}

/** Applications still in the competition or decided (withdrawn ones left out), as the catalog counts. */
export async function countApplicants(tx: Tx, programId: number) {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from program_application
    where program_id = ${programId} and state <> 'withdrawn'`.execute(tx);
  return rows[0]?.n ?? 0;
}

/**
 * The agency gives the employee a seat of the batch: a new application of source 'assignment', or
 * their existing one (waiting, not selected, withdrawn) turned into a seat. The seat itself is
 * taken by the caller (takeSeat) under the program's lock.
 */
export async function assignSeat(
  tx: Tx,
  tenantId: number,
  values: { programId: number; employeeId: number; batchId: number; by: number },
  at: Date,
) {
  const { rows } = await sql<{ id: number }>`
    insert into program_application (tenant_id, program_id, employee_id, preferences, source, nominated_by,
      state, batch_id, outcome, applied_at, decided_at)
    values (${tenantId}, ${values.programId}, ${values.employeeId}, array[${values.batchId}]::bigint[],
      'assignment', ${values.by}, 'selected', ${values.batchId}, 'selected', ${at}, ${at})
    on conflict (tenant_id, program_id, employee_id) do update set
      state = 'selected', batch_id = excluded.batch_id, outcome = 'selected', waitlist_position = null,
      withdrawn_at = null, decided_at = excluded.decided_at,
      preferences = case when excluded.batch_id = any(program_application.preferences)
        then program_application.preferences else program_application.preferences || excluded.batch_id end
    returning id::int as id`.execute(tx);
  return rows[0]!.id;
}
