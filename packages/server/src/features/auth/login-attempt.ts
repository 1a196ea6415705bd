import { createHmac } from 'node:crypto';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { ProblemError } from '../../http/problem';
import * as failures from './login-failure.repository';
import { type DelayPolicy, FAILURE_MEMORY_MS, longestWait, type ScopedStreak } from './login-throttle';

/**
 * The gate every password check passes (signing in, changing the password): it reads the failure
 * counters of the subjects, the address and the device, refuses while a wait runs, and records
 * the attempt as failed before the password is checked, so parallel guesses count each other.
 */

/** Throttling settings (Config; README lists them). A threshold of 0 turns that scope off. */
export interface ThrottleSettings {
  /** Failures one client (address or known device) may make on one account before delays begin. */
  maxFailures: number;
  /** Failures of all unknown clients of one account before delays begin for all of them. */
  accountMaxFailures: number;
  /** Failures from one address over all accounts before delays begin for that address. */
  addressMaxFailures: number;
  firstDelaySeconds: number;
  maxDelayMinutes: number;
  /** The key of the counters' hashes (Config.serverSecret). */
  secret: Buffer;
}

export function throttleSettings(config: Config): ThrottleSettings {
  return {
    maxFailures: config.loginMaxFailures,
    accountMaxFailures: config.loginAccountMaxFailures,
    addressMaxFailures: config.loginAddressMaxFailures,
    firstDelaySeconds: config.loginFirstDelaySeconds,
    maxDelayMinutes: config.loginMaxDelayMinutes,
    secret: config.serverSecret,
  };
}

/** Who is trying: the address (TRUST_PROXY decides whose word counts) and the device cookie. */
export interface AttemptClient {
  address: string;
  deviceToken: string | null;
  now: Date;
}

/** One attempt's keys: hashes only, so the counters hold no login, address or account id. */
export interface Attempt {
  subjects: Buffer[];
  addressHash: Buffer;
  deviceHash: Buffer | null;
  /** Subjects (hex) this device has signed into before. */
  known: Set<string>;
  now: Date;
}

const DEVICE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The counters' keys: HMAC-SHA-256 under the server's secret, with a purpose prefix so a login, an
 * address and a device never share a key. A plain hash would not hide them: account ids, the
 * logins of a government and IPv4 addresses are few enough to hash them all and look them up.
 */
export function attemptKeys(secret: Buffer) {
  const keyHash = (kind: string, value: string) =>
    createHmac('sha256', secret).update(`${kind}:${value}`).digest();
  return {
    account: (accountId: number) => keyHash('account', String(accountId)),
    login: (normalisedLogin: string) => keyHash('login', normalisedLogin),
    address: (address: string) => keyHash('address', address),
    device: (deviceToken: string) => keyHash('device', deviceToken),
  };
}
export type AttemptKeys = ReturnType<typeof attemptKeys>;

export async function attemptOf(
  db: Db,
  keys: AttemptKeys,
  subjects: Buffer[],
  client: AttemptClient,
): Promise<Attempt> {
  const token = client.deviceToken && DEVICE_TOKEN.test(client.deviceToken) ? client.deviceToken : null;
  const deviceHash = token ? keys.device(token) : null;
  return {
    subjects,
    addressHash: keys.address(client.address),
    deviceHash,
    known: deviceHash ? await failures.knownSubjects(db, deviceHash, subjects, client.now) : new Set(),
    now: client.now,
  };
}

const isKnown = (attempt: Attempt, subject: Buffer) => attempt.known.has(subject.toString('hex'));

/**
 * Refuses (429) while a wait runs in any scope; otherwise records the attempt and returns the
 * streaks it was judged by, for telling what a failure will start.
 */
export async function reserveAttempt(
  db: Db,
  attempt: Attempt,
  settings: ThrottleSettings,
): Promise<ScopedStreak[]> {
  const { subjects, addressHash, deviceHash, now } = attempt;
  await forgetOldFailures(db, now);
  return db.transaction().execute(async (tx) => {
    await failures.lockAttemptKeys(tx, [addressHash, ...subjects]);
    const since = new Date(now.getTime() - FAILURE_MEMORY_MS);
    const bySubject = await failures.subjectStreaks(tx, subjects, addressHash, deviceHash, since);
    const policies = policiesOf(settings);
    const scoped: ScopedStreak[] = [];
    for (const subject of subjects) {
      const s = bySubject.get(subject.toString('hex'))!;
      if (isKnown(attempt, subject))
        scoped.push({ scope: 'device', streak: s.device, policy: policies.client });
      else {
        scoped.push({ scope: 'client', streak: s.client, policy: policies.client });
        if (policies.account) scoped.push({ scope: 'account', streak: s.account, policy: policies.account });
      }
    }
    if (policies.address && !subjects.some((s) => isKnown(attempt, s))) {
      const streak = await failures.addressStreak(tx, addressHash, since);
      scoped.push({ scope: 'address', streak, policy: policies.address });
    }
    const wait = longestWait(scoped, now);
    if (wait.ms > 0) throw throttled(wait.ms);
    await failures.recordAttempts(
      tx,
      subjects.map((subject) => ({
        subject,
        addressHash,
        deviceHash: isKnown(attempt, subject) ? deviceHash : null,
        at: now,
      })),
    );
    return scoped;
  });
}

/** After a success: the client's own run of failures ends (not other clients' of that account). */
export async function endStreak(db: Db, attempt: Attempt, subject: Buffer): Promise<void> {
  const { deviceHash, addressHash } = attempt;
  await failures.clearStreak(
    db,
    subject,
    isKnown(attempt, subject) && deviceHash ? { deviceHash } : { addressHash },
  );
}

function policiesOf(settings: ThrottleSettings) {
  const policy = (freeFailures: number): DelayPolicy | null =>
    freeFailures > 0
      ? {
          freeFailures,
          firstDelayMs: settings.firstDelaySeconds * 1000,
          maxDelayMs: settings.maxDelayMinutes * 60_000,
        }
      : null;
  return {
    // The client scope is never off: it is what stops one address guessing one account.
    client: policy(Math.max(1, settings.maxFailures))!,
    account: policy(settings.accountMaxFailures),
    address: policy(settings.addressMaxFailures),
  };
}

/** 429 with Retry-After, in seconds below two minutes and in minutes above. */
function throttled(ms: number): ProblemError {
  const seconds = Math.ceil(ms / 1000);
  const error =
    seconds < 120
      ? new ProblemError(429, 'auth.throttled.seconds', { count: seconds })
      : new ProblemError(429, 'auth.throttled.minutes', { count: Math.ceil(seconds / 60) });
  error.headers['retry-after'] = String(seconds);
  return error;
}

let lastForget = 0;

/** Old failures and expired devices go, at most once every ten minutes per process. */
async function forgetOldFailures(db: Db, now: Date): Promise<void> {
  if (now.getTime() - lastForget < 600_000) return;
  lastForget = now.getTime();
  await failures.forgetOld(db, new Date(now.getTime() - FAILURE_MEMORY_MS), now);
}
