import { type RawBuilder, sql } from 'kysely';
import { type Db, type Tx, withTenant } from '../../../db/database';

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

/** The survey a public code names and the wave it answers now (wave_id null: none). */
export interface PublicWave {
  tenant_id: number;
  survey_id: number;
  wave_id: number | null;
  instrument_version_id: number | null;
  service_unit_id: number | null;
}

/** Public: what a survey's public code answers now (public_find_survey), or undefined for an unknown code. */
export async function findPublicWave(db: Db, code: string): Promise<PublicWave | undefined> {
  return (await sql<PublicWave>`select * from public_find_survey(${code})`.execute(db)).rows[0];
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
 * Public: stores a citizen's answer in one round trip (survey_submit_public, migration 0017): only
 * while the wave takes answers, once per device, into the inbox with its source (answer-source.ts).
 * It never releases a batch: public batches leave on the schedule (survey-schedules.ts). Runs outside
 * withTenant: the function sets the tenant for its own statement, under row-level security.
 */
export async function submitPublic(
  db: Db,
  values: { tenantId: number; waveId: number; deviceHash: Buffer; source: Buffer; answers: unknown },
): Promise<'stored' | 'duplicate' | 'closed'> {
  return outcomeOf(
    db,
    sql<{
      outcome: 'stored' | 'duplicate' | 'closed';
    }>`select survey_submit_public(${values.tenantId}::int, ${values.waveId}::bigint,
        ${values.deviceHash}::bytea, ${values.source}::bytea, ${JSON.stringify(values.answers)}::jsonb) as outcome`,
  );
}

/**
 * Moves the wave's waiting answers into the results when the rules allow now (survey_release,
 * migration 0017): an employees' wave once k wait; a public wave only when its scheduled release is
 * due, and then only from k distinct sources.
 */
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

/**
 * The governments with a wave due for the release sweep: a public wave whose scheduled release
 * has come, or an open wave whose window has passed (survey_releases_due_tenants, migration 0017).
 */
export async function tenantsWithDueReleases(db: Db): Promise<number[]> {
  const rows = await sql<{ tenant_id: number }>`
    select t as tenant_id from survey_releases_due_tenants() t`.execute(db);
  return rows.rows.map((r) => r.tenant_id);
}

/** The current government's waves due for a release or their close (`expired`). */
export function dueReleases(tx: Tx, waveId?: number) {
  return tx
    .selectFrom('survey_wave as w')
    .innerJoin('survey as s', 's.id', 'w.survey_id')
    .select(['w.id', sql<boolean>`w.closes_at <= now()`.as('expired')])
    .where('w.status', '=', 'open')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('s.mode', '=', 'public'),
          eb.or([eb('w.next_release_at', 'is', null), eb('w.next_release_at', '<=', sql<Date>`now()`)]),
        ]),
        eb('w.closes_at', '<=', sql<Date>`now()`),
      ]),
    )
    .$if(waveId !== undefined, (q) => q.where('w.id', '=', waveId!))
    .orderBy('w.id')
    .execute();
}

/**
 * One due wave, locked for this transaction, or undefined when it is no longer due or another
 * process holds it (SKIP LOCKED): that process releases it, and once it commits the wave is not due.
 */
export async function claimDueRelease(tx: Tx, waveId: number) {
  const locked = await tx
    .selectFrom('survey_wave')
    .select('id')
    .where('id', '=', waveId)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  // Read after the lock: what another process committed meanwhile is seen, so a wave is not
  // released twice for one schedule (survey_release checks again under its own lock).
  return locked ? (await dueReleases(tx, waveId))[0] : undefined;
}

/** A synthetic response of the demo's stories: what one respondent answered, already released. */
export interface SyntheticResponse {
  tenant_id: number;
  wave_id: number;
  employee_id: number | null;
  unit_id: number | null;
  answered_on: string;
  answers: string;
}

/**
 * Synthetic answers in bulk, straight into the released responses: the demo stories' one shortcut
 * past the services (thousands of respondents answering one by one would take minutes), so the
 * results pages have waves to read. Never called by a route.
 */
export async function insertSyntheticResponses(tx: Tx, rows: readonly SyntheticResponse[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1_000) {
    await tx
      .insertInto('survey_response')
      .values(rows.slice(i, i + 1_000))
      .execute();
  }
}

/** A wave's invitations, by employee, with the unit each invitee was in. */
export function invitationsOf(tx: Tx, waveId: number) {
  return tx
    .selectFrom('survey_invitation')
    .select(['employee_id', 'unit_id'])
    .where('wave_id', '=', waveId)
    .orderBy('employee_id')
    .execute();
}

/** Marks synthetic respondents' invitations answered (insertSyntheticResponses' companion). */
export async function markResponded(tx: Tx, waveId: number, employeeIds: readonly number[]): Promise<void> {
  if (employeeIds.length === 0) return;
  await tx
    .updateTable('survey_invitation')
    .set({ responded: true })
    .where('wave_id', '=', waveId)
    .where('employee_id', 'in', employeeIds)
    .execute();
}
