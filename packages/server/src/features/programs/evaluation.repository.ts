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
      c.version as "curriculumVersion",
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
    pairs: number;
    sumPre: number;
    sumPost: number;
  }>`
    select b.id::int as id, b.reaction_survey_id::int as "reactionSurveyId", ${learningSums}
    from program_batch b
    where b.closed_at is not null and extract(year from b.ends_on) = ${year} and ${ofProgram}
    order by b.id`.execute(tx);
  return rows;
}

/** The program's title, for an indicator's words; undefined when it is not this government's. */
export function programTitle(tx: Tx, programId: number) {
  return tx.selectFrom('program').select('title').where('id', '=', programId).executeTakeFirst();
}
