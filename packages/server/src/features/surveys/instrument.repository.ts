import { sql } from 'kysely';
import type { Tx } from '../../db/database';

/** A version is frozen once a wave using it has opened: its respondents saw exactly these questions. */
const frozen = sql<boolean>`exists (select 1 from survey_wave w where w.instrument_version_id = v.id and w.status <> 'draft')`;

export function listInstruments(tx: Tx) {
  return tx
    .selectFrom('instrument as i')
    .select([
      'i.id',
      'i.kind',
      'i.title',
      'i.template_key',
      'i.updated_at',
      sql<number>`(select max(v.version) from instrument_version v where v.instrument_id = i.id)`.as(
        'version',
      ),
      sql<number>`(select count(*) from survey s where s.instrument_id = i.id)::int`.as('survey_count'),
    ])
    .orderBy('i.updated_at', 'desc')
    .execute();
}

export function findInstrument(tx: Tx, id: number) {
  return tx.selectFrom('instrument').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listVersions(tx: Tx, instrumentId: number) {
  return tx
    .selectFrom('instrument_version as v')
    .select(['v.id', 'v.version', 'v.definition', 'v.created_at', frozen.as('frozen')])
    .where('v.instrument_id', '=', instrumentId)
    .orderBy('v.version', 'desc')
    .execute();
}

export function latestVersion(tx: Tx, instrumentId: number) {
  return tx
    .selectFrom('instrument_version as v')
    .select(['v.id', 'v.version', 'v.definition', frozen.as('frozen')])
    .where('v.instrument_id', '=', instrumentId)
    .orderBy('v.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertInstrument(
  tx: Tx,
  values: {
    tenantId: number;
    kind: string;
    title: string;
    templateKey: string | null;
    accountId: number | null;
  },
) {
  return tx
    .insertInto('instrument')
    .values({
      tenant_id: values.tenantId,
      kind: values.kind,
      title: values.title,
      template_key: values.templateKey,
      created_by: values.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function insertVersion(
  tx: Tx,
  values: {
    tenantId: number;
    instrumentId: number;
    version: number;
    definition: unknown;
    accountId: number | null;
  },
) {
  return tx
    .insertInto('instrument_version')
    .values({
      tenant_id: values.tenantId,
      instrument_id: values.instrumentId,
      version: values.version,
      definition: JSON.stringify(values.definition),
      created_by: values.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function replaceDefinition(tx: Tx, versionId: number, definition: unknown) {
  await tx
    .updateTable('instrument_version')
    .set({ definition: JSON.stringify(definition) })
    .where('id', '=', versionId)
    .execute();
}

export async function touchInstrument(tx: Tx, id: number, values: { title: string; kind: string }) {
  await tx
    .updateTable('instrument')
    .set({ title: values.title, kind: values.kind, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Locks the instrument row, so two editors cannot both decide to make version n+1. */
export async function lockInstrument(tx: Tx, id: number): Promise<boolean> {
  const row = await tx
    .selectFrom('instrument')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}
