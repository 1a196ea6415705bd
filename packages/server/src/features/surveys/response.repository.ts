import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';

/** Today in Jakarta time: responses keep the day they were given, never the time. */
const today = sql<string>`(now() at time zone 'Asia/Jakarta')::date`;

/** Open or scheduled waves the employee is invited to, with whether they answered. */
export function listMyWaves(tx: Tx, employeeId: number) {
  return tx
    .selectFrom('survey_invitation as i')
    .innerJoin('survey_wave as w', 'w.id', 'i.wave_id')
    .innerJoin('survey as s', 's.id', 'w.survey_id')
    .select(['w.id', 'w.label', 'w.status', 'w.opens_at', 'w.closes_at', 's.title', 's.mode', 'i.responded'])
    .where('i.employee_id', '=', employeeId)
    .where('w.status', '=', 'open')
    .where('w.closes_at', '>', sql<Date>`now()`)
    .orderBy('w.closes_at')
    .execute();
}

export function findInvitation(tx: Tx, waveId: number, employeeId: number) {
  return tx
    .selectFrom('survey_invitation')
    .select(['responded', 'unit_id'])
    .where('wave_id', '=', waveId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();
}

export function findVersionDefinition(tx: Tx, versionId: number) {
  return tx
    .selectFrom('instrument_version')
    .select('definition')
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow();
}

/** Identified: the response with its employee, and the invitation marked, in one transaction. */
export async function insertIdentified(
  tx: Tx,
  values: { tenantId: number; waveId: number; employeeId: number; unitId: number | null; answers: unknown },
): Promise<boolean> {
  const marked = await tx
    .updateTable('survey_invitation')
    .set({ responded: true })
    .where('wave_id', '=', values.waveId)
    .where('employee_id', '=', values.employeeId)
    .where('responded', '=', false)
    .executeTakeFirst();
  if (Number(marked.numUpdatedRows) === 0) return false;
  await tx
    .insertInto('survey_response')
    .values({
      tenant_id: values.tenantId,
      wave_id: values.waveId,
      employee_id: values.employeeId,
      unit_id: values.unitId,
      answered_on: today,
      answers: JSON.stringify(values.answers),
    })
    .execute();
  return true;
}

/**
 * Anonymous, step 1: marks the invitation and stores a ballot (the hash of a random token). The
 * ballot row carries the wave and the OPD only. Returns false if the employee already has one.
 */
export async function issueBallot(
  tx: Tx,
  values: { tenantId: number; waveId: number; employeeId: number; tokenHash: Buffer },
): Promise<boolean> {
  const marked = await tx
    .updateTable('survey_invitation')
    .set({ responded: true })
    .where('wave_id', '=', values.waveId)
    .where('employee_id', '=', values.employeeId)
    .where('responded', '=', false)
    .returning('unit_id')
    .executeTakeFirst();
  if (!marked) return false;
  await tx
    .insertInto('survey_ballot')
    .values({
      token_hash: values.tokenHash,
      tenant_id: values.tenantId,
      wave_id: values.waveId,
      unit_id: marked.unit_id,
    })
    .execute();
  return true;
}

/** Anonymous, step 2: burns the ballot; returns its wave and OPD, or undefined if unknown or used. */
export function burnBallot(tx: Tx, tokenHash: Buffer) {
  return tx
    .deleteFrom('survey_ballot')
    .where('token_hash', '=', tokenHash)
    .returning(['wave_id', 'unit_id'])
    .executeTakeFirst();
}

export async function insertIntoInbox(
  tx: Tx,
  values: { tenantId: number; waveId: number; unitId: number | null; answers: unknown },
): Promise<void> {
  await tx
    .insertInto('survey_response_inbox')
    .values({
      tenant_id: values.tenantId,
      wave_id: values.waveId,
      unit_id: values.unitId,
      answered_on: today,
      answers: JSON.stringify(values.answers),
    })
    .execute();
}

/**
 * Moves a wave's waiting anonymous answers into survey_response once at least `minimum` wait:
 * all in one statement, in random order, so they share one transaction id and their storage
 * order is not the order of answering. Serialised per wave by an advisory lock.
 */
export async function mixInbox(tx: Tx, tenantId: number, waveId: number, minimum: number): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext('survey-mix'), ${waveId}::int)`.execute(tx);
  const waiting = await tx
    .selectFrom('survey_response_inbox')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('wave_id', '=', waveId)
    .executeTakeFirstOrThrow();
  if (waiting.count === 0 || waiting.count < minimum) return 0;
  const moved = await sql<{ count: number }>`
    with taken as (
      delete from survey_response_inbox where wave_id = ${waveId} returning unit_id, answered_on, answers
    ), mixed as (
      insert into survey_response (tenant_id, wave_id, unit_id, answered_on, answers)
      select ${tenantId}, ${waveId}, unit_id, answered_on, answers from taken order by random()
      returning 1
    )
    select count(*)::int as count from mixed`.execute(tx);
  return moved.rows[0]?.count ?? 0;
}

/**
 * Public: stores a citizen's answer in one round trip (survey_submit_public, migration 0005), only
 * while the wave takes answers and only once per device. Runs outside withTenant: the function
 * sets the tenant for its own statement, under row-level security like any other query.
 */
export async function insertPublic(
  db: Db,
  values: { tenantId: number; waveId: number; unitId: number | null; deviceHash: Buffer; answers: unknown },
): Promise<'stored' | 'closed' | 'duplicate'> {
  const result = await sql<{ outcome: 'stored' | 'closed' | 'duplicate' }>`
    select survey_submit_public(${values.tenantId}::int, ${values.waveId}::bigint, ${values.unitId}::bigint,
      ${values.deviceHash}::bytea, ${today}, ${JSON.stringify(values.answers)}::jsonb) as outcome`.execute(
    db,
  );
  return result.rows[0]?.outcome ?? 'closed';
}

export async function tenantName(tx: Tx, tenantId: number): Promise<string> {
  const row = await tx.selectFrom('tenant').select('name').where('id', '=', tenantId).executeTakeFirst();
  return row?.name ?? '';
}
