import { type RawBuilder, sql } from 'kysely';
import { type Db, type Tx, withTenant } from '../../db/database';

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

/** What an answering function says: its outcome, or 'closed' when the wave takes no answers. */
async function outcomeOf<T extends string>(db: Db | Tx, query: RawBuilder<{ outcome: T | 'closed' }>) {
  return (await query.execute(db)).rows[0]?.outcome ?? 'closed';
}

/**
 * Identified: marks the invitation and puts the answer, with the employee, in the wave's inbox
 * (survey_submit_identified, migration 0011). The answer reaches the results with its batch.
 */
export async function submitIdentified(
  tx: Tx,
  values: { waveId: number; employeeId: number; answers: unknown },
): Promise<'stored' | 'duplicate' | 'closed'> {
  return outcomeOf(
    tx,
    sql<{
      outcome: 'stored' | 'duplicate' | 'closed';
    }>`select survey_submit_identified(${values.waveId}::bigint, ${values.employeeId}::bigint,
        ${JSON.stringify(values.answers)}::jsonb) as outcome`,
  );
}

/**
 * Anonymous, step 1: marks the invitation and stores a ballot (the hash of a random token, the
 * wave and the OPD) through survey_issue_ballot: the app role cannot read ballots back.
 */
export async function issueBallot(
  tx: Tx,
  values: { waveId: number; employeeId: number; tokenHash: Buffer },
): Promise<'issued' | 'duplicate' | 'closed'> {
  return outcomeOf(
    tx,
    sql<{
      outcome: 'issued' | 'duplicate' | 'closed';
    }>`select survey_issue_ballot(${values.waveId}::bigint, ${values.employeeId}::bigint,
        ${values.tokenHash}::bytea) as outcome`,
  );
}

/** Anonymous, step 2: the tenant and wave of an unused ballot, or undefined. */
export async function findBallot(db: Db, tokenHash: Buffer) {
  const found = await sql<{ tenant_id: number; wave_id: number }>`
    select tenant_id, wave_id from ballot_find(${tokenHash}::bytea)`.execute(db);
  return found.rows[0];
}

/**
 * Anonymous, step 2: burns the ballot and puts the answer in the inbox, in one statement of its own
 * (survey_submit_anonymous sets the tenant for that statement only).
 */
export async function submitAnonymous(
  db: Db,
  values: { tenantId: number; tokenHash: Buffer; answers: unknown },
): Promise<'stored' | 'used' | 'closed'> {
  return outcomeOf(
    db,
    sql<{
      outcome: 'stored' | 'used' | 'closed';
    }>`select survey_submit_anonymous(${values.tenantId}::int, ${values.tokenHash}::bytea,
        ${JSON.stringify(values.answers)}::jsonb) as outcome`,
  );
}

/**
 * Public: stores a citizen's answer in one round trip (survey_submit_public): only while the wave
 * takes answers, once per device, into the inbox, releasing the batch when it is full. Runs outside
 * withTenant: the function sets the tenant for its own statement, under row-level security.
 */
export async function submitPublic(
  db: Db,
  values: { tenantId: number; waveId: number; deviceHash: Buffer; answers: unknown },
): Promise<'stored' | 'duplicate' | 'closed'> {
  return outcomeOf(
    db,
    sql<{
      outcome: 'stored' | 'duplicate' | 'closed';
    }>`select survey_submit_public(${values.tenantId}::int, ${values.waveId}::bigint,
        ${values.deviceHash}::bytea, ${JSON.stringify(values.answers)}::jsonb) as outcome`,
  );
}

/** Moves the wave's waiting answers into the results if at least k wait (survey_release). */
export async function releaseWaiting(tx: Tx, waveId: number): Promise<number> {
  const moved = await sql<{ moved: number }>`select survey_release(${waveId}::bigint) as moved`.execute(tx);
  return moved.rows[0]?.moved ?? 0;
}

/**
 * The release after an answer: in a transaction of its own, after the answer's, so nothing the
 * answering step wrote shares its transaction id.
 */
export function releaseBatch(db: Db, tenantId: number, waveId: number): Promise<number> {
  return withTenant(db, tenantId, (tx) => releaseWaiting(tx, waveId));
}

/**
 * Ends a wave's answering when it is closed now (`close`) or its window has passed: a last full
 * batch is released and what still waits is withheld for good (survey_finalize). Null while the
 * wave still takes answers; otherwise its withheld count.
 */
export async function finalizeWave(tx: Tx, waveId: number, close: boolean): Promise<number | null> {
  const result = await sql<{ withheld: number | null }>`
    select survey_finalize(${waveId}::bigint, ${close}) as withheld`.execute(tx);
  return result.rows[0]?.withheld ?? null;
}

export async function tenantName(tx: Tx, tenantId: number): Promise<string> {
  const row = await tx.selectFrom('tenant').select('name').where('id', '=', tenantId).executeTakeFirst();
  return row?.name ?? '';
}
