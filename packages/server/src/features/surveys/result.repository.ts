import type { Tx } from '../../db/database';

export function waveResponses(tx: Tx, waveId: number) {
  return tx
    .selectFrom('survey_response')
    .select(['id', 'unit_id', 'answers'])
    .where('wave_id', '=', waveId)
    .execute();
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

export function responseOfWave(tx: Tx, responseId: string, waveId: number) {
  return tx
    .selectFrom('survey_response')
    .select('id')
    .where('id', '=', responseId)
    .where('wave_id', '=', waveId)
    .executeTakeFirst();
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
