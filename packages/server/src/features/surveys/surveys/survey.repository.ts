import type { Audience } from '@jenjang/domain/surveys/survey.contract';
import { type SqlBool, sql } from 'kysely';
import type { Tx } from '../../../db/database';
import type { AudienceSelection } from '../audiences/audience-sources';

// A wave's released answers, from its respondents' tally rows (migration 0025), not by counting them.
const responses = sql<number>`(select coalesce(sum(t.n), 0) from survey_tally t
  where t.wave_id = w.id and t.profile_key = '' and t.question_key = '' and t.part = '')::int`;
// The inbox itself is out of the app role's reach (migration 0011); this function only counts it,
// and says nothing (null) of a public wave's (migration 0017).
const pending = sql<number | null>`survey_inbox_count(w.id)`;
const versionNumber = sql<number>`(select v.version from instrument_version v where v.id = w.instrument_version_id)`;

/** A wave's automatic reminder is keyed `survey.wave.<id>.reminder` among its government's scheduled tasks. */
const REMINDER_KEY = ['survey.wave.', '.reminder'] as const;
export const reminderKey = (waveId: number) => `${REMINDER_KEY[0]}${waveId}${REMINDER_KEY[1]}`;
const reminderAt = sql<Date | null>`(select t.next_run_at from scheduled_task t
  where t.key = ${REMINDER_KEY[0]} || w.id || ${REMINDER_KEY[1]})`;

/**
 * Surveys, newest first. `scopeUnitId`: only the whole government's and those owned inside that
 * unit's subtree (a scoped reader's list; the service checks each with can() as well).
 * `archived`: the archived ones instead of those in use.
 */
export function listSurveys(tx: Tx, scopeUnitId: number | null = null, archived = false) {
  return tx
    .selectFrom('survey as s')
    .innerJoin('instrument as i', 'i.id', 's.instrument_id')
    .leftJoin('unit as o', 'o.id', 's.owner_unit_id')
    .where('s.archived_at', archived ? 'is not' : 'is', null)
    .$if(scopeUnitId !== null, (q) =>
      q.where((eb) =>
        eb.or([eb('s.owner_unit_id', 'is', null), sql<boolean>`o.path @> array[${scopeUnitId}]::bigint[]`]),
      ),
    )
    .select([
      's.id',
      's.title',
      's.mode',
      's.service_name',
      's.created_at',
      's.archived_at',
      's.owner_unit_id',
      'o.path as owner_path',
      's.tenant_id',
      'i.kind',
      'i.title as instrument_title',
      sql<number>`(select count(*) from survey_wave w where w.survey_id = s.id)::int`.as('wave_count'),
    ])
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc')
    .execute();
}

export function findSurvey(tx: Tx, id: number) {
  return tx
    .selectFrom('survey as s')
    .innerJoin('instrument as i', 'i.id', 's.instrument_id')
    .leftJoin('unit as u', 'u.id', 's.service_unit_id')
    .selectAll('s')
    .select(['i.kind', 'i.title as instrument_title', 'u.name as service_unit_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** Waves of the given surveys, newest first, with their response counts. */
export function listWaves(tx: Tx, surveyIds: number[]) {
  if (surveyIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('survey_wave as w')
    .selectAll('w')
    .select([
      responses.as('responses'),
      pending.as('pending'),
      versionNumber.as('version'),
      reminderAt.as('reminder_at'),
    ])
    .where('w.survey_id', 'in', surveyIds)
    .orderBy('w.survey_id')
    .orderBy('w.number', 'desc')
    .execute();
}

export function findWave(tx: Tx, id: number) {
  return tx
    .selectFrom('survey_wave as w')
    .innerJoin('survey as s', 's.id', 'w.survey_id')
    .selectAll('w')
    .select([
      's.title',
      's.mode',
      's.audience',
      's.min_group_size',
      's.service_name',
      's.service_unit_id',
      's.instrument_id',
      's.public_code',
      's.owner_unit_id',
      's.archived_at',
      responses.as('responses'),
      pending.as('pending'),
      versionNumber.as('version'),
      reminderAt.as('reminder_at'),
    ])
    .where('w.id', '=', id)
    .executeTakeFirst();
}

/** The wave as answering needs it: no counts, one row, cheap enough for every submission. */
export function findAnsweringWave(tx: Tx, id: number) {
  return tx
    .selectFrom('survey_wave as w')
    .innerJoin('survey as s', 's.id', 'w.survey_id')
    .select([
      'w.id',
      'w.tenant_id',
      'w.label',
      'w.status',
      'w.opens_at',
      'w.closes_at',
      'w.instrument_version_id',
      's.title',
      's.mode',
      's.min_group_size',
      's.service_name',
      's.service_unit_id',
      // The government's zone: a public form shows the window on its clock.
      sql<string>`(select t.time_zone from tenant t where t.id = w.tenant_id)`.as('time_zone'),
    ])
    .where('w.id', '=', id)
    .executeTakeFirst();
}

/** Locks a survey: archiving, and publishing or adding its waves, happen one at a time. */
export async function lockSurvey(tx: Tx, id: number) {
  await tx.selectFrom('survey').select('id').where('id', '=', id).forUpdate().execute();
}

/** Locks a wave for a state change (open, close, mix), so two of them cannot interleave. */
export async function lockWave(tx: Tx, id: number) {
  return tx
    .selectFrom('survey_wave')
    .select(['id', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertSurvey(
  tx: Tx,
  values: {
    tenantId: number;
    instrumentId: number;
    title: string;
    mode: 'identified' | 'anonymous' | 'public';
    audience: Audience | null;
    serviceUnitId: number | null;
    serviceName: string | null;
    publicCode: string | null;
    minGroupSize: number;
    accountId: number;
    /** The creator's scope unit; the whole government's when absent. */
    ownerUnitId?: number | null;
  },
) {
  return tx
    .insertInto('survey')
    .values({
      tenant_id: values.tenantId,
      instrument_id: values.instrumentId,
      title: values.title,
      mode: values.mode,
      audience: JSON.stringify(values.audience ?? {}),
      service_unit_id: values.serviceUnitId,
      service_name: values.serviceName,
      public_code: values.publicCode,
      min_group_size: values.minGroupSize,
      owner_unit_id: values.ownerUnitId ?? null,
      created_by: values.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function nextWaveNumber(tx: Tx, surveyId: number): Promise<number> {
  // Serialises wave creation per survey: the survey row is the lock.
  await tx.selectFrom('survey').select('id').where('id', '=', surveyId).forUpdate().execute();
  const row = await tx
    .selectFrom('survey_wave')
    .select(sql<number>`coalesce(max(number), 0) + 1`.as('next'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return row.next;
}

export function insertWave(
  tx: Tx,
  values: {
    tenantId: number;
    surveyId: number;
    number: number;
    label: string;
    versionId: number;
    opensAt: string;
    closesAt: string;
    population: number | null;
  },
) {
  return tx
    .insertInto('survey_wave')
    .values({
      tenant_id: values.tenantId,
      survey_id: values.surveyId,
      number: values.number,
      label: values.label,
      instrument_version_id: values.versionId,
      opens_at: values.opensAt,
      closes_at: values.closesAt,
      population: values.population,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Publishes a wave. `announced`: its invitees are told now (its window is open); otherwise the
 * invitation sweep tells them when the window opens (invitations_sent_at stays null until then).
 */
export async function setWaveOpen(tx: Tx, id: number, versionId: number, invited: number, announced = true) {
  await tx
    .updateTable('survey_wave')
    .set({
      status: 'open',
      instrument_version_id: versionId,
      invited,
      opened_at: sql<Date>`now()`,
      invitations_sent_at: announced ? sql<Date>`now()` : null,
    })
    .where('id', '=', id)
    .execute();
}

/** Archives a survey (`by` the account) or restores it (null). */
export async function setArchived(tx: Tx, id: number, by: number | null) {
  await tx
    .updateTable('survey')
    .set({ archived_at: by === null ? null : sql<Date>`now()`, archived_by: by })
    .where('id', '=', id)
    .execute();
}

/** The current government's name and time zone. */
export function tenantSettings(tx: Tx) {
  return tx.selectFrom('tenant').select(['name', 'time_zone']).executeTakeFirstOrThrow();
}

/**
 * Gives a public survey a readable code: the demo's stories only ("pontianakdukcapil", printed in
 * the README), since a real survey's code is random so that links cannot be guessed.
 */
export async function setReadablePublicCode(tx: Tx, id: number, code: string): Promise<void> {
  await tx
    .updateTable('survey')
    .set({ public_code: code })
    .where('id', '=', id)
    .where('mode', '=', 'public')
    .execute();
}

/** The audience's conditions, ANDed; any value within a field matches. */
function audienceCondition(audience: AudienceSelection) {
  if (audience.kind === 'list') {
    return sql<SqlBool>`e.status = 'aktif' and e.id = any(${audience.employeeIds}::bigint[])`;
  }
  // A semi-join: a source naming someone twice still asks them once.
  if (audience.kind === 'source') return sql<SqlBool>`e.status = 'aktif' and e.id in ${audience.employees}`;
  const conditions = [sql`e.status = 'aktif'`];
  if (audience.unitIds.length > 0) conditions.push(sql`u.path && ${audience.unitIds}::bigint[]`);
  if (audience.positionKinds.length > 0) {
    conditions.push(sql`e.position_kind = any(${audience.positionKinds}::text[])`);
  }
  if (audience.golongan.length > 0) conditions.push(sql`e.golongan = any(${audience.golongan}::text[])`);
  if (audience.employeeTypes.length > 0) {
    conditions.push(sql`e.employee_type = any(${audience.employeeTypes}::text[])`);
  }
  return sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}

/** Employees an audience names, each with their OPD (the root of their unit's path). */
function audienceQuery(tx: Tx, audience: AudienceSelection) {
  return tx
    .selectFrom('employee as e')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select(['e.id as employee_id', sql<number | null>`u.path[1]`.as('unit_id')])
    .where(audienceCondition(audience));
}

export async function countAudience(tx: Tx, audience: AudienceSelection): Promise<number> {
  const row = await tx
    .selectFrom(audienceQuery(tx, audience).as('a'))
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** How many of an audience work outside the unit's subtree now (or in no unit). */
export async function countAudienceOutside(
  tx: Tx,
  audience: AudienceSelection,
  unitId: number,
): Promise<number> {
  const row = await tx
    .selectFrom(
      audienceQuery(tx, audience)
        .where(sql<SqlBool>`not coalesce(u.path @> array[${unitId}]::bigint[], false)`)
        .as('a'),
    )
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Fixes the wave's audience as invitations; returns how many were invited. */
export async function inviteAudience(tx: Tx, tenantId: number, waveId: number, audience: AudienceSelection) {
  const result = await tx
    .insertInto('survey_invitation')
    .columns(['tenant_id', 'wave_id', 'employee_id', 'unit_id'])
    .expression(
      tx
        .selectFrom(audienceQuery(tx, audience).as('a'))
        .select([
          sql<number>`${tenantId}::int`.as('tenant_id'),
          sql<number>`${waveId}::bigint`.as('wave_id'),
          'a.employee_id',
          'a.unit_id',
        ]),
    )
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Accounts of everyone invited to the wave, for the notification that it opened. */
export function inviteeAccounts(tx: Tx, waveId: number) {
  return tx
    .selectFrom('survey_invitation as i')
    .innerJoin('account as a', 'a.employee_id', 'i.employee_id')
    .select(['a.id as account_id', 'a.email', 'a.locale', 'a.display_name'])
    .where('i.wave_id', '=', waveId)
    .where('a.status', '=', 'active')
    .execute();
}

/** Unit ids from the root to each of the given units (unknown ids are left out). */
export async function unitPaths(tx: Tx, ids: readonly number[]): Promise<Map<number, number[]>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('unit')
    .select(['id', 'path'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** The OPDs a wave's invitations carry (null for invitees without a unit). */
export async function invitationUnitIds(tx: Tx, waveId: number): Promise<(number | null)[]> {
  const rows = await tx
    .selectFrom('survey_invitation')
    .select('unit_id')
    .distinct()
    .where('wave_id', '=', waveId)
    .execute();
  return rows.map((r) => r.unit_id);
}

/** The unit paths of listed employees (null for one without a unit). */
export function employeeUnitPaths(tx: Tx, employeeIds: readonly number[]) {
  return tx
    .selectFrom('employee as e')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'u.path'])
    .where('e.id', 'in', [...employeeIds])
    .execute();
}

/** Waves as other features cite them: the survey's title, the wave's label, its questionnaire. */
export function waveReferenceRows(tx: Tx, ids: readonly number[] | 'all') {
  if (ids !== 'all' && ids.length === 0) return Promise.resolve([]);
  let query = tx
    .selectFrom('survey_wave as w')
    .innerJoin('survey as s', 's.id', 'w.survey_id')
    .innerJoin('instrument_version as v', 'v.id', 'w.instrument_version_id')
    .select(['w.id', 'w.survey_id', 'w.label', 's.title', 'v.definition'])
    .orderBy('s.title')
    .orderBy('w.number', 'desc');
  if (ids !== 'all') query = query.where('w.id', 'in', ids);
  return query.execute();
}

export function surveyTitleRows(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.selectFrom('survey').select(['id', 'title']).where('id', 'in', ids).execute();
}
