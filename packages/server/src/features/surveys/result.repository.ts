import { sql } from 'kysely';
import type { Tx } from '../../db/database';

/** Answers of these units only (a reader's slice); all when undefined. */
const inUnits = (unitIds: readonly number[] | undefined) =>
  unitIds === undefined ? sql<boolean>`true` : sql<boolean>`unit_id = any(${[...unitIds]}::bigint[])`;

/** A wave's released answers; `unitIds`: only those of these units (a reader's slice). */
export function waveResponses(tx: Tx, waveId: number, unitIds?: readonly number[]) {
  return tx
    .selectFrom('survey_response')
    .select(['id', 'unit_id', 'answers'])
    .where('wave_id', '=', waveId)
    .where(inUnits(unitIds))
    .execute();
}

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

export async function hiddenTexts(tx: Tx, waveId: number): Promise<Set<string>> {
  const rows = await tx
    .selectFrom('survey_text_hidden as h')
    .innerJoin('survey_response as r', 'r.id', 'h.response_id')
    .select(['h.response_id', 'h.question_key'])
    .where('r.wave_id', '=', waveId)
    .execute();
  return new Set(rows.map((r) => `${r.response_id}:${r.question_key}`));
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

/** The ids of a wave's released answers (to find the one a text id was made from). */
export async function responseIdsOf(tx: Tx, waveId: number): Promise<string[]> {
  const rows = await tx.selectFrom('survey_response').select('id').where('wave_id', '=', waveId).execute();
  return rows.map((r) => r.id);
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
export function resultWaves(tx: Tx, options: { skmOnly?: boolean; limit?: number; waveId?: number }) {
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
      sql<number>`survey_inbox_count(w.id)`.as('pending'),
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
