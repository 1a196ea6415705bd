import type { InstrumentKind } from '@jenjang/domain/surveys/instrument.contract';
import { sql } from 'kysely';
import { ADVISORY_LOCK } from '../../../db/advisory-locks';
import type { Tx } from '../../../db/database';

/** A version is frozen once a wave using it has opened: its respondents saw exactly these questions. */
const frozen = sql<boolean>`exists (select 1 from survey_wave w where w.instrument_version_id = v.id and w.status <> 'draft')`;

/** Questionnaires, newest first; `scopeUnitId`: the whole government's and those owned in that subtree. */
export function listInstruments(tx: Tx, scopeUnitId: number | null = null) {
  return tx
    .selectFrom('instrument as i')
    .leftJoin('unit as o', 'o.id', 'i.owner_unit_id')
    .$if(scopeUnitId !== null, (q) =>
      q.where((eb) =>
        eb.or([eb('i.owner_unit_id', 'is', null), sql<boolean>`o.path @> array[${scopeUnitId}]::bigint[]`]),
      ),
    )
    .select([
      'i.id',
      'i.tenant_id',
      'i.owner_unit_id',
      'o.path as owner_path',
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
    kind: InstrumentKind;
    title: string;
    templateKey: string | null;
    accountId: number | null;
    /** The creator's scope unit; the whole government's when absent. */
    ownerUnitId?: number | null;
  },
) {
  return tx
    .insertInto('instrument')
    .values({
      tenant_id: values.tenantId,
      kind: values.kind,
      title: values.title,
      template_key: values.templateKey,
      owner_unit_id: values.ownerUnitId ?? null,
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

export async function touchInstrument(tx: Tx, id: number, values: { title: string; kind: InstrumentKind }) {
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

/**
 * The government's own questionnaire kept under `key` (a standard one another feature uses, made on
 * first use), the oldest if an admin made another copy; taken under a lock per government, so two
 * first uses at once make one.
 */
export async function lockedStandardInstrument(tx: Tx, key: string) {
  await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK.standardInstrument}, current_tenant_id())`.execute(
    tx,
  );
  return tx
    .selectFrom('instrument')
    .select('id')
    .where('template_key', '=', key)
    .where('owner_unit_id', 'is', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}
