import { ikmContributionsOfCounts } from '@jenjang/domain/surveys/answer-tally';
import { sql } from 'kysely';
import type { Tx } from '../../../db/database';

// Counts of a wave's released answers are read from its tallies (migration 0025): per unit, so a
// slice adds up its units' rows.

/** Tally rows of these units only (a reader's slice); all when undefined. */
const inUnits = (unitIds: readonly number[] | undefined) =>
  unitIds === undefined ? sql<boolean>`true` : sql<boolean>`t.unit_id = any(${[...unitIds]}::bigint[])`;

/** A wave's per-unit tally rows (its respondents' facts; a slice's units only). */
const perUnit = (waveId: number, unitIds?: readonly number[]) =>
  sql<boolean>`t.wave_id = ${waveId} and t.profile_key = '' and ${inUnits(unitIds)}`;

/** A wave's released answers counted per unit (as stored: the OPD or the service unit), with its path. */
export async function unitCounts(tx: Tx, waveId: number) {
  const rows = await sql<{ unit_id: number | null; path: number[] | null; count: number }>`
    select t.unit_id, u.path, sum(t.n)::int as count
    from survey_tally t left join unit u on u.id = t.unit_id
    where ${perUnit(waveId)} and t.question_key = '' and t.part = ''
    group by t.unit_id, u.path
    having sum(t.n) > 0`.execute(tx);
  return rows.rows;
}

export async function unitNamesOf(tx: Tx, ids: readonly number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('unit')
    .select('name')
    .where('id', 'in', [...ids])
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name);
}

/** The wave published before this one in the same survey, to compare with. */
export function previousWave(tx: Tx, surveyId: number, number: number) {
  return tx
    .selectFrom('survey_wave')
    .select(['id', 'label', 'instrument_version_id'])
    .where('survey_id', '=', surveyId)
    .where('number', '<', number)
    .where('status', '<>', 'draft')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function unitNames(tx: Tx): Promise<Map<number, string>> {
  const rows = await tx.selectFrom('unit').select(['id', 'name']).where('parent_id', 'is', null).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function setTextHidden(
  tx: Tx,
  values: { tenantId: number; responseId: string; questionKey: string; accountId: number; hidden: boolean },
) {
  if (values.hidden) {
    await tx
      .insertInto('survey_text_hidden')
      .values({
        tenant_id: values.tenantId,
        response_id: values.responseId,
        question_key: values.questionKey,
        hidden_by: values.accountId,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    await tx
      .deleteFrom('survey_text_hidden')
      .where('response_id', '=', values.responseId)
      .where('question_key', '=', values.questionKey)
      .execute();
  }
}

/**
 * Published waves with what deciding their readers needs (survey owner, mode, audience, service
 * unit): SKM waves only (their instrument measures IKM) or the newest `limit` of any kind.
 */
export function resultWaves(
  tx: Tx,
  options: { skmOnly?: boolean; limit?: number; waveId?: number; surveyId?: number },
) {
  return tx
    .selectFrom('survey_wave as w')
    .innerJoin('survey as s', 's.id', 'w.survey_id')
    .innerJoin('instrument as i', 'i.id', 's.instrument_id')
    .leftJoin('unit as u', 'u.id', 's.service_unit_id')
    .select([
      'w.id',
      'w.tenant_id',
      'w.number',
      'w.label',
      'w.status',
      'w.opens_at',
      'w.closes_at',
      'w.population',
      'w.withheld',
      sql<number | null>`survey_inbox_count(w.id)`.as('pending'),
      'w.instrument_version_id',
      's.id as survey_id',
      's.title',
      's.mode',
      's.audience',
      's.owner_unit_id',
      's.service_unit_id',
      's.service_name',
      's.min_group_size',
      'i.kind',
      'u.name as service_unit_name',
    ])
    .$if(options.skmOnly === true, (q) => q.where('i.kind', '=', 'skm'))
    .$if(options.waveId !== undefined, (q) => q.where('w.id', '=', options.waveId!))
    .$if(options.surveyId !== undefined, (q) => q.where('w.survey_id', '=', options.surveyId!))
    .where('w.status', '<>', 'draft')
    .$if(options.skmOnly === true, (q) => q.orderBy('s.id').orderBy('w.number', 'desc'))
    .$if(options.skmOnly !== true, (q) => q.orderBy('w.closes_at', 'desc').orderBy('w.id', 'desc'))
    .$if(options.limit !== undefined, (q) => q.limit(options.limit!))
    .execute();
}

/** Per answer key: how many answered it and the mean of their numbers, over a wave's released answers (or a slice's). */
export async function answerMeans(
  tx: Tx,
  waveId: number,
  keys: readonly string[],
  unitIds?: readonly number[],
) {
  const rows = await sql<{ key: string; n: number; mean: number | null }>`
    select t.question_key as key, sum(t.n)::int as n,
           (sum(t.n * (t.value #>> '{}')::float8) filter (where jsonb_typeof(t.value) = 'number')
             / nullif(sum(t.n) filter (where jsonb_typeof(t.value) = 'number'), 0))::float8 as mean
    from survey_tally t
    where ${perUnit(waveId, unitIds)} and t.question_key = any(${[...keys]}::text[]) and t.part = ''
    group by t.question_key`.execute(tx);
  const byKey = new Map(rows.rows.map((r) => [r.key, r]));
  return keys.map((key) => ({ key, n: byKey.get(key)?.n ?? 0, mean: byKey.get(key)?.mean ?? null }));
}

export async function responseCount(tx: Tx, waveId: number, unitIds?: readonly number[]): Promise<number> {
  const row = await sql<{ n: number }>`
    select coalesce(sum(t.n), 0)::int as n from survey_tally t
    where ${perUnit(waveId, unitIds)} and t.question_key = '' and t.part = ''`.execute(tx);
  return row.rows[0]?.n ?? 0;
}

/**
 * Per JSON path (a question key, or a matrix question and statement), how many of a wave's released
 * answers hold a number there and their mean: the figures of a trend, in one pass.
 */
export async function pathMeans(
  tx: Tx,
  waveId: number,
  paths: readonly (readonly string[])[],
  unitIds?: readonly number[],
): Promise<{ n: number; mean: number | null }[]> {
  if (paths.length === 0) return [];
  const rows = await sql<{ key: string; part: string; n: number; sum: number | null }>`
    select t.question_key as key, t.part, sum(t.n)::int as n, sum(t.n * (t.value #>> '{}')::float8)::float8 as sum
    from survey_tally t
    where ${perUnit(waveId, unitIds)} and jsonb_typeof(t.value) = 'number'
      and t.question_key = any(${paths.map((p) => p[0]!)}::text[])
    group by t.question_key, t.part`.execute(tx);
  return paths.map(([key, statement = '']) => {
    const row = rows.rows.find((r) => r.key === key && r.part === statement);
    return !row || row.n === 0 ? { n: 0, mean: null } : { n: row.n, mean: row.sum! / row.n };
  });
}

/**
 * The parts of an IKM's spread (ikm.rules.ts spreadOfContributions): the respondents who answered an
 * element, and Σz² of their contributions z = Σ factor × (answer − element mean) ÷ element n, from
 * the elements' counts per value and per pair of values (answer-tally.ts ikmContributionsOfCounts).
 */
export async function ikmContributions(
  tx: Tx,
  waveId: number,
  elements: readonly { key: string; mean: number; n: number }[],
  factor: number,
  unitIds?: readonly number[],
): Promise<{ n: number; sumSquares: number }> {
  const keys = elements.map((e) => e.key);
  const facts = (
    await sql<{ questionKey: string; part: string; value: unknown; n: number }>`
      select t.question_key as "questionKey", t.part, t.value, sum(t.n)::float8 as n
      from survey_tally t
      where ${perUnit(waveId, unitIds)}
        and (t.question_key = any(${keys}::text[]) and (t.part = '' or t.part like '&%')
             or t.question_key = '' and t.part = '&')
      group by 1, 2, 3`.execute(tx)
  ).rows;
  const respondents = facts.find((f) => f.questionKey === '' && f.part === '&')?.n ?? 0;
  return ikmContributionsOfCounts(elements, factor, respondents, facts);
}

/** How many a wave invited when it opened (none for a public wave). */
export async function invitedCount(tx: Tx, waveId: number): Promise<number> {
  const row = await tx
    .selectFrom('survey_wave')
    .select('invited')
    .where('id', '=', waveId)
    .executeTakeFirst();
  return row?.invited ?? 0;
}

/**
 * Per survey, its released responses and, per question among `keys`, how many gave it a number and
 * their sum, over all its waves (every wave's per-unit tally rows); with its k.
 */
export async function surveyAnswerSums(tx: Tx, surveyIds: readonly number[], keys: readonly string[]) {
  if (surveyIds.length === 0) return { surveys: [], sums: [] };
  const surveys = await tx
    .selectFrom('survey')
    .select(['id', 'min_group_size'])
    .where('id', 'in', [...surveyIds])
    .execute();
  const { rows } = await sql<{ surveyId: number; key: string; n: number; sum: number }>`
    select s.id::int as "surveyId", t.question_key as key,
      sum(t.n)::int as n, coalesce(sum(t.n * (t.value #>> '{}')::float8)
        filter (where jsonb_typeof(t.value) = 'number'), 0)::float8 as sum
    from survey s
    join survey_wave w on w.survey_id = s.id
    join survey_tally t on t.wave_id = w.id and t.profile_key = '' and t.part = ''
    where s.id = any(${[...surveyIds]}::bigint[])
      and (t.question_key = '' or t.question_key = any(${[...keys]}::text[]) and jsonb_typeof(t.value) = 'number')
    group by s.id, t.question_key`.execute(tx);
  return { surveys, sums: rows };
}
