import { sql } from 'kysely';
import type { Tx } from '../../../db/database';

/** Answers of these units only (a reader's slice); all when undefined. */
const inUnits = (unitIds: readonly number[] | undefined) =>
  unitIds === undefined ? sql<boolean>`true` : sql<boolean>`unit_id = any(${[...unitIds]}::bigint[])`;

/** A wave's released answers counted per unit (as stored: the OPD or the service unit), with its path. */
export function unitCounts(tx: Tx, waveId: number) {
  return tx
    .selectFrom('survey_response as r')
    .leftJoin('unit as u', 'u.id', 'r.unit_id')
    .select(['r.unit_id', 'u.path', sql<number>`count(*)::int`.as('count')])
    .where('r.wave_id', '=', waveId)
    .groupBy(['r.unit_id', 'u.path'])
    .execute();
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

/** Per answer key: how many answered it and their mean, over a wave's released answers (or a slice's). */
export async function answerMeans(
  tx: Tx,
  waveId: number,
  keys: readonly string[],
  unitIds?: readonly number[],
) {
  const rows = await Promise.all(
    keys.map((key) =>
      tx
        .selectFrom('survey_response')
        .select([
          sql<number>`count(*) filter (where answers ? ${key})::int`.as('n'),
          sql<number | null>`avg((answers->>${key})::numeric)::float8`.as('mean'),
        ])
        .where('wave_id', '=', waveId)
        .where(inUnits(unitIds))
        .executeTakeFirstOrThrow(),
    ),
  );
  return keys.map((key, i) => ({ key, n: rows[i]!.n, mean: rows[i]!.mean }));
}

export async function responseCount(tx: Tx, waveId: number, unitIds?: readonly number[]): Promise<number> {
  const row = await tx
    .selectFrom('survey_response')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('wave_id', '=', waveId)
    .where(inUnits(unitIds))
    .executeTakeFirstOrThrow();
  return row.n;
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
  const number = (path: readonly string[]) =>
    sql`case when jsonb_typeof(answers #> ${[...path]}::text[]) = 'number'
      then (answers #>> ${[...path]}::text[])::float8 end`;
  const columns = paths.flatMap((path, i) => [
    sql`count(${number(path)})::int as ${sql.ref(`n${i}`)}`,
    sql`avg(${number(path)})::float8 as ${sql.ref(`m${i}`)}`,
  ]);
  const result = await sql<Record<string, number | null>>`
    select ${sql.join(columns)} from survey_response
    where wave_id = ${waveId} and ${inUnits(unitIds)}`.execute(tx);
  const row = result.rows[0] ?? {};
  return paths.map((_, i) => ({ n: Number(row[`n${i}`] ?? 0), mean: row[`m${i}`] ?? null }));
}

/**
 * The parts of an IKM's spread (ikm.rules.ts spreadOfContributions): the respondents who answered an
 * element, and Σz² of their contributions z = Σ factor × (answer − element mean) ÷ element n.
 */
export async function ikmContributions(
  tx: Tx,
  waveId: number,
  elements: readonly { key: string; mean: number; n: number }[],
  factor: number,
  unitIds?: readonly number[],
): Promise<{ n: number; sumSquares: number }> {
  const row = (
    await sql<{ n: number; ss: number | null }>`
      select count(*)::int as n, sum(z * z)::float8 as ss from (
        select sum(${factor}::float8 * ((r.answers ->> m.key)::float8 - m.mean) / m.n) as z
        from survey_response r
        join unnest(${elements.map((e) => e.key)}::text[], ${elements.map((e) => e.mean)}::float8[],
                    ${elements.map((e) => e.n)}::int[]) as m(key, mean, n)
          on jsonb_typeof(r.answers -> m.key) = 'number'
        where r.wave_id = ${waveId} and ${inUnits(unitIds)}
        group by r.id
      ) contributions`.execute(tx)
  ).rows[0];
  return { n: row?.n ?? 0, sumSquares: row?.ss ?? 0 };
}
