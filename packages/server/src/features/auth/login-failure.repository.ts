import { sql } from 'kysely';
import { ADVISORY_LOCK } from '../../db/advisory-locks';
import type { Db, Tx } from '../../db/database';
import type { Streak } from './login-throttle';

/** Advisory-lock namespace of sign-in attempts (the audit log uses its own). */

/**
 * Serialises attempts that share a subject or an address for the few statements that read the
 * counters and record the attempt, so parallel guesses cannot all read "no failures yet".
 * Keys are taken in one order, so two attempts never wait on each other crosswise.
 */
export async function lockAttemptKeys(tx: Tx, keys: Buffer[]): Promise<void> {
  const ids = [...new Set(keys.map((k) => k.readInt32BE(0)))].sort((a, b) => a - b);
  for (const id of ids) await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK.signIn}, ${id})`.execute(tx);
}

export interface SubjectStreaks {
  /** Unknown clients at this address. */
  client: Streak;
  /** Unknown clients anywhere. */
  account: Streak;
  /** This known device. */
  device: Streak;
}

const EMPTY: Streak = { failures: 0, lastAt: null };

/** Each subject's failures since `since`, counted per scope (keyed by the subject's hex). */
export async function subjectStreaks(
  tx: Tx,
  subjects: Buffer[],
  addressHash: Buffer,
  deviceHash: Buffer | null,
  since: Date,
): Promise<Map<string, SubjectStreaks>> {
  const { rows } = await sql<{
    subject: Buffer;
    client_n: number;
    client_last: Date | null;
    account_n: number;
    account_last: Date | null;
    device_n: number;
    device_last: Date | null;
  }>`
    select subject,
      count(*) filter (where address_hash = ${addressHash} and device_hash is null)::int as client_n,
      max(at) filter (where address_hash = ${addressHash} and device_hash is null) as client_last,
      count(*) filter (where device_hash is null)::int as account_n,
      max(at) filter (where device_hash is null) as account_last,
      count(*) filter (where device_hash = ${deviceHash})::int as device_n,
      max(at) filter (where device_hash = ${deviceHash}) as device_last
    from login_failure
    where subject = any(${subjects}) and at > ${since}
    group by subject`.execute(tx);
  const result = new Map<string, SubjectStreaks>();
  for (const subject of subjects) {
    const row = rows.find((r) => r.subject.equals(subject));
    result.set(subject.toString('hex'), {
      client: row ? { failures: row.client_n, lastAt: row.client_last } : EMPTY,
      account: row ? { failures: row.account_n, lastAt: row.account_last } : EMPTY,
      device: row ? { failures: row.device_n, lastAt: row.device_last } : EMPTY,
    });
  }
  return result;
}

/** Failures of unknown clients at one address over every subject (password spraying). */
export async function addressStreak(tx: Tx, addressHash: Buffer, since: Date): Promise<Streak> {
  const row = await tx
    .selectFrom('login_failure')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('at').as('last')])
    .where('address_hash', '=', addressHash)
    .where('device_hash', 'is', null)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { failures: Number(row.n), lastAt: row.last ?? null };
}

/**
 * Records an attempt as failed before its password is checked: attempts running in parallel then
 * count each other. A successful attempt removes its rows again (clearStreak).
 */
export async function recordAttempts(
  tx: Tx,
  rows: { subject: Buffer; addressHash: Buffer; deviceHash: Buffer | null; at: Date }[],
): Promise<void> {
  await tx
    .insertInto('login_failure')
    .values(
      rows.map((r) => ({
        subject: r.subject,
        address_hash: r.addressHash,
        device_hash: r.deviceHash,
        at: r.at,
      })),
    )
    .execute();
}

/** After a success: the signing-in client's own streak ends (not other clients' of that account). */
export async function clearStreak(
  db: Db,
  subject: Buffer,
  client: { addressHash: Buffer } | { deviceHash: Buffer },
): Promise<void> {
  let query = db.deleteFrom('login_failure').where('subject', '=', subject);
  query =
    'deviceHash' in client
      ? query.where('device_hash', '=', client.deviceHash)
      : query.where('address_hash', '=', client.addressHash).where('device_hash', 'is', null);
  await query.execute();
}

/** The subjects (hex) this device has signed into before. */
export async function knownSubjects(db: Db, deviceHash: Buffer, subjects: Buffer[], now: Date) {
  const rows = await db
    .selectFrom('login_device')
    .select('subject')
    .where('device_hash', '=', deviceHash)
    .where('subject', 'in', subjects)
    .where('expires_at', '>', now)
    .execute();
  return new Set(rows.map((r) => r.subject.toString('hex')));
}

export async function rememberDevice(db: Db, deviceHash: Buffer, subject: Buffer, expiresAt: Date) {
  await db
    .insertInto('login_device')
    .values({ device_hash: deviceHash, subject, expires_at: expiresAt })
    .onConflict((oc) => oc.columns(['device_hash', 'subject']).doUpdateSet({ expires_at: expiresAt }))
    .execute();
}

/** Drops failures older than `failuresBefore` and devices past their expiry. */
export async function forgetOld(db: Db, failuresBefore: Date, now: Date): Promise<void> {
  await db.deleteFrom('login_failure').where('at', '<', failuresBefore).execute();
  await db.deleteFrom('login_device').where('expires_at', '<', now).execute();
}
