import type { Predikat } from '@jenjang/domain/performance/predikat.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { SourceEmployees } from '../surveys/audiences/audience-sources';

// Participants' feedback on a program (Kirkpatrick levels 1–2): who a batch's reaction survey asks,
// the survey each batch sent, the learning test's scores, and what the results are counted from —
// per batch, with its trainers (program_batch_trainer) and the curriculum version it taught
// (program_curriculum), read here directly for grouping (migration 0053).

/** The employees holding a seat of the batch (selected applications): the audience `program.batch`. */
export function batchParticipants(tx: Tx, batchId: number): SourceEmployees {
  return tx
    .selectFrom('program_application')
    .select('employee_id')
    .where('batch_id', '=', batchId)
    .where('state', '=', 'selected');
}

/** The program a batch belongs to, if the batch exists in this government. */
export async function programOfBatch(tx: Tx, batchId: number): Promise<number | null> {
  const row = await tx
    .selectFrom('program_batch')
    .select('program_id')
    .where('id', '=', batchId)
    .executeTakeFirst();
  return row?.program_id ?? null;
}

/** Whether any participant of the batch is an active employee: someone its survey can ask. */
export async function hasActiveParticipant(tx: Tx, batchId: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (
      select 1 from program_application a join employee e on e.id = a.employee_id
      where a.batch_id = ${batchId} and a.state = 'selected' and e.status = 'aktif'
    ) as found`.execute(tx);
  return rows[0]?.found ?? false;
}

export async function setReactionSurvey(tx: Tx, batchId: number, surveyId: number) {
  await tx
    .updateTable('program_batch')
    .set({ reaction_survey_id: surveyId })
    .where('id', '=', batchId)
    .execute();
}

export async function setTestScores(
  tx: Tx,
  applicationId: number,
  scores: { preTestScore: number | null; postTestScore: number | null },
) {
  await tx
    .updateTable('program_application')
    .set({
      pre_test_score: scores.preTestScore === null ? null : String(scores.preTestScore),
      post_test_score: scores.postTestScore === null ? null : String(scores.postTestScore),
    })
    .where('id', '=', applicationId)
    .execute();
}

export interface EvaluatedBatch {
  id: number;
  name: string;
  closed: boolean;
  reactionSurveyId: number | null;
  curriculumId: number | null;
  curriculumVersion: number | null;
  /** Each trainer once: by account where they sign in, else by name. */
  trainers: { key: string; name: string }[];
  pairs: number;
  sumPre: number;
  sumPost: number;
  startsOn: string;
  endsOn: string;
  followUpDueOn: string | null;
  alumniSurveyId: number | null;
  supervisorSurveyId: number | null;
}

const learningSums = sql`
  (select count(*) from program_application a
    where a.batch_id = b.id and a.state = 'selected'
      and a.pre_test_score is not null and a.post_test_score is not null)::int as pairs,
  coalesce((select sum(a.pre_test_score) from program_application a
    where a.batch_id = b.id and a.state = 'selected'
      and a.pre_test_score is not null and a.post_test_score is not null), 0)::float8 as "sumPre",
  coalesce((select sum(a.post_test_score) from program_application a
    where a.batch_id = b.id and a.state = 'selected'
      and a.pre_test_score is not null and a.post_test_score is not null), 0)::float8 as "sumPost"`;

/**
 * A program's batches with what their evaluation is counted from, in the order of their dates;
 * `batchIds`: only these (a trainer's own).
 */
export async function evaluatedBatches(
  tx: Tx,
  programId: number,
  batchIds?: readonly number[],
): Promise<EvaluatedBatch[]> {
  const only = batchIds === undefined ? sql`true` : sql`b.id = any(${[...batchIds]}::bigint[])`;
  const { rows } = await sql<EvaluatedBatch>`
    select b.id::int as id, b.name, b.closed_at is not null as closed,
      b.reaction_survey_id::int as "reactionSurveyId", b.curriculum_id::int as "curriculumId",
      c.version as "curriculumVersion", b.starts_on::text as "startsOn", b.ends_on::text as "endsOn",
      b.follow_up_due_on::text as "followUpDueOn", b.follow_up_alumni_survey_id::int as "alumniSurveyId",
      b.follow_up_supervisor_survey_id::int as "supervisorSurveyId",
      coalesce((select json_agg(json_build_object(
          'key', coalesce('account:' || t.account_id, 'name:' || lower(t.name)), 'name', t.name)
          order by t.id)
        from program_batch_trainer t where t.batch_id = b.id), '[]') as trainers,
      ${learningSums}
    from program_batch b
    left join program_curriculum c on c.tenant_id = b.tenant_id and c.id = b.curriculum_id
    where b.program_id = ${programId} and ${only}
    order by b.starts_on, b.id`.execute(tx);
  return rows;
}

/** The batches the account teaches in a program. */
export async function taughtBatchIds(tx: Tx, programId: number, accountId: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select b.id::int as id from program_batch b
    where b.program_id = ${programId}
      and exists (select 1 from program_batch_trainer t where t.batch_id = b.id and t.account_id = ${accountId})`.execute(
    tx,
  );
  return rows.map((r) => r.id);
}

/**
 * The closed batches that ended in `year` (of the government, or of one program), with their reaction
 * survey and their learning sums: what the indicators program.reactionScore and program.learningGain
 * are measured over.
 */
export async function closedBatchesOfYear(tx: Tx, year: number, programId: number | null) {
  const ofProgram = programId === null ? sql`true` : sql`b.program_id = ${programId}`;
  const { rows } = await sql<{
    id: number;
    reactionSurveyId: number | null;
    alumniSurveyId: number | null;
    pairs: number;
    sumPre: number;
    sumPost: number;
  }>`
    select b.id::int as id, b.reaction_survey_id::int as "reactionSurveyId",
      b.follow_up_alumni_survey_id::int as "alumniSurveyId", ${learningSums}
    from program_batch b
    where b.closed_at is not null and extract(year from b.ends_on) = ${year} and ${ofProgram}
    order by b.id`.execute(tx);
  return rows;
}

/** The program's title, for an indicator's words; undefined when it is not this government's. */
export function programTitle(tx: Tx, programId: number) {
  return tx.selectFrom('program').select('title').where('id', '=', programId).executeTakeFirst();
}

/**
 * The direct supervisors of a batch's participants (the audience `program.batch-supervisors`): for
 * each participant, `direct_supervisor` (migration 0060): the holder of a managerial post in the
 * nearest unit on their path that has one other than themself.
 */
export function batchSupervisors(batchId: number): SourceEmployees {
  return sql<{ employee_id: number }>`(
    select s.employee_id from (
      select distinct direct_supervisor(a.tenant_id, a.employee_id) as employee_id from program_application a
      where a.batch_id = ${batchId} and a.state = 'selected') s
    where s.employee_id is not null)`;
}

/** What a batch's follow-up needs: its program, days, and whether it was sent. */
export async function followUpBatch(tx: Tx, batchId: number) {
  const { rows } = await sql<{
    id: number;
    name: string;
    programId: number;
    title: string;
    endsOn: string;
    closed: boolean;
    alumniSurveyId: number | null;
  }>`
    select b.id::int as id, b.name, b.program_id::int as "programId", p.title, b.ends_on::text as "endsOn",
      b.closed_at is not null as closed, b.follow_up_alumni_survey_id::int as "alumniSurveyId"
    from program_batch b join program p on p.tenant_id = b.tenant_id and p.id = b.program_id
    where b.id = ${batchId}`.execute(tx);
  return rows[0];
}

export async function setFollowUpDue(tx: Tx, batchId: number, dueOn: string | null) {
  await sql`update program_batch set follow_up_due_on = ${dueOn} where id = ${batchId}`.execute(tx);
}

export async function setFollowUpSurveys(
  tx: Tx,
  batchId: number,
  alumni: number,
  supervisors: number | null,
) {
  await sql`update program_batch set follow_up_alumni_survey_id = ${alumni},
    follow_up_supervisor_survey_id = ${supervisors} where id = ${batchId}`.execute(tx);
}

export async function evaluationPlan(tx: Tx, programId: number) {
  const { rows } = await sql<{ followUpMonths: number | null; resultSurveyId: number | null }>`
    select follow_up_months as "followUpMonths", result_survey_id::int as "resultSurveyId"
    from program where id = ${programId}`.execute(tx);
  return rows[0];
}

export async function setEvaluationPlan(
  tx: Tx,
  programId: number,
  plan: { followUpMonths: number | null; resultSurveyId: number | null },
) {
  await sql`update program set follow_up_months = ${plan.followUpMonths}, result_survey_id = ${plan.resultSurveyId},
    updated_at = now() where id = ${programId}`.execute(tx);
}

/** Whether the survey is a public-service survey (SKM, with a service unit) of this government. */
export async function isServiceSurvey(tx: Tx, surveyId: number) {
  const { rows } =
    await sql`select 1 from survey where id = ${surveyId} and service_unit_id is not null`.execute(tx);
  return rows.length > 0;
}

/** Whether any participant of the batch has a direct supervisor to ask (program.batch-supervisors). */
export async function hasSupervisor(tx: Tx, batchId: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from employee s where s.status = 'aktif' and s.id in ${batchSupervisors(batchId)}) as found`.execute(
    tx,
  );
  return rows[0]?.found ?? false;
}

export async function surveyTitle(tx: Tx, surveyId: number) {
  const { rows } = await sql<{ title: string }>`select title from survey where id = ${surveyId}`.execute(tx);
  return rows[0];
}

/**
 * Each completed participant's annual predikat in the two years compared for their batch (domain
 * performance-change.rules.ts: `years` per batch), null where none is recorded.
 */
export async function participantPredikats(
  tx: Tx,
  years: readonly { batchId: number; before: number; after: number }[],
) {
  if (years.length === 0) return [];
  const { rows } = await sql<{ before: Predikat | null; after: Predikat | null }>`
    select pb.predikat as before, pa.predikat as after
    from unnest(${years.map((y) => y.batchId)}::bigint[], ${years.map((y) => y.before)}::int[],
      ${years.map((y) => y.after)}::int[]) as y(batch_id, before, after)
    join program_application a on a.batch_id = y.batch_id and a.state = 'selected' and a.completion = 'completed'
    left join performance_appraisal pb on pb.tenant_id = a.tenant_id and pb.employee_id = a.employee_id
      and pb.period = 'annual' and pb.year = y.before
    left join performance_appraisal pa on pa.tenant_id = a.tenant_id and pa.employee_id = a.employee_id
      and pa.period = 'annual' and pa.year = y.after`.execute(tx);
  return rows;
}
