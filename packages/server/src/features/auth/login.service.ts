import { createHash } from 'node:crypto';
import type { Config } from '../../config';
import { type Db, withTenant } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { appendAudit } from '../audit/audit.repository';
import * as repo from './auth.repository';
import type { SessionInfo } from './auth.service';
import { DEMO_PASSWORD } from './demo-password';
import * as failures from './login-failure.repository';
import { normaliseLogin } from './login-name';
import {
  type DelayPolicy,
  FAILURE_MEMORY_MS,
  longestWait,
  type ScopedStreak,
  type ThrottleScope,
  withFailure,
} from './login-throttle';
import { verifyPassword } from './passwords';
import { newToken, tokenHash } from './tokens';

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
}

export interface LoginSettings {
  throttle: ThrottleSettings;
  sessionHours: number;
  /** Demo mode: the published demo password signs in. Outside it, it never does. */
  demoMode: boolean;
}

export function loginSettings(config: Config): LoginSettings {
  return {
    throttle: {
      maxFailures: config.loginMaxFailures,
      accountMaxFailures: config.loginAccountMaxFailures,
      addressMaxFailures: config.loginAddressMaxFailures,
      firstDelaySeconds: config.loginFirstDelaySeconds,
      maxDelayMinutes: config.loginMaxDelayMinutes,
    },
    sessionHours: config.sessionHours,
    demoMode: config.demoData,
  };
}

/** Who is trying: the address (TRUST_PROXY decides whose word counts) and the device cookie. */
export interface LoginClient {
  address: string;
  deviceToken: string | null;
  now: Date;
}

export interface LoginResult extends SessionInfo {
  /** The device cookie to (re)set: this client has now signed into this account. */
  deviceToken: string;
}

const DEVICE_DAYS = 365;
const DEVICE_TOKEN = /^[A-Za-z0-9_-]{43}$/;
type Refusal = 'demoPassword' | 'ambiguous' | 'disabled';
type FailureReason = Refusal | 'wrongPassword' | 'noPassword';

/** Hashes with a purpose prefix, so a login, an address and a device never share a key. */
const keyHash = (kind: string, value: string) => createHash('sha256').update(`${kind}:${value}`).digest();

/**
 * Signs in with a username or NIP. The login is normalised and resolved to its account first, and
 * failures are counted per account, address and known device (login-throttle.ts); a login that
 * matches no account is counted and answered exactly like a wrong password.
 */
export async function login(
  db: Db,
  input: { username: string; password: string },
  settings: LoginSettings,
  client: LoginClient,
): Promise<LoginResult> {
  const { now } = client;
  const typed = normaliseLogin(input.username);
  const candidates = (await repo.findLoginCandidates(db, typed)).filter(
    (c, i, all) => all.findIndex((o) => o.account_id === c.account_id) === i,
  );
  const subjects =
    candidates.length > 0
      ? candidates.map((c) => keyHash('account', String(c.account_id)))
      : [keyHash('login', typed)];
  const addressHash = keyHash('address', client.address);
  const deviceToken = client.deviceToken && DEVICE_TOKEN.test(client.deviceToken) ? client.deviceToken : null;
  const deviceHash = deviceToken ? keyHash('device', deviceToken) : null;
  const known = deviceHash ? await failures.knownSubjects(db, deviceHash, subjects, now) : new Set<string>();
  const isKnown = (subject: Buffer) => known.has(subject.toString('hex'));

  await forgetOldFailures(db, now);
  const streaks = await db.transaction().execute(async (tx) => {
    await failures.lockAttemptKeys(tx, [addressHash, ...subjects]);
    const since = new Date(now.getTime() - FAILURE_MEMORY_MS);
    const bySubject = await failures.subjectStreaks(tx, subjects, addressHash, deviceHash, since);
    const policies = policiesOf(settings.throttle);
    const scoped: ScopedStreak[] = [];
    for (const subject of subjects) {
      const s = bySubject.get(subject.toString('hex'))!;
      if (isKnown(subject)) scoped.push({ scope: 'device', streak: s.device, policy: policies.client });
      else {
        scoped.push({ scope: 'client', streak: s.client, policy: policies.client });
        if (policies.account) scoped.push({ scope: 'account', streak: s.account, policy: policies.account });
      }
    }
    if (policies.address && !subjects.some(isKnown)) {
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
        deviceHash: isKnown(subject) ? deviceHash : null,
        at: now,
      })),
    );
    return scoped;
  });

  // Every path checks one password hash per candidate (a dummy one for none), so the time taken
  // does not tell a known login from an unknown one.
  const checks = await Promise.all(candidates.map((c) => verifyPassword(c.password_hash, input.password)));
  if (candidates.length === 0) await verifyPassword(null, input.password);
  const demoRefused = !settings.demoMode && input.password === DEMO_PASSWORD;
  const matching = candidates.filter((_, i) => checks[i]);
  // What the answer may say beyond "wrong": only to someone who typed a right password, or (the
  // demo password) the same for every login.
  const refusal: Refusal | null = demoRefused
    ? 'demoPassword'
    : matching.length > 1
      ? 'ambiguous'
      : matching[0] && matching[0].status !== 'active'
        ? 'disabled'
        : null;
  const signedIn = matching.length === 1 && !refusal ? matching[0]! : null;
  if (!signedIn) {
    const next = longestWait(withFailure(streaks, now), now);
    for (const [i, candidate] of candidates.entries()) {
      const reason: FailureReason = checks[i]
        ? (refusal ?? 'wrongPassword')
        : refusal === 'demoPassword'
          ? 'demoPassword'
          : candidate.password_hash
            ? 'wrongPassword'
            : 'noPassword';
      await auditFailure(db, candidate, { address: client.address, reason }, next);
    }
    throw failed(refusal, next.ms);
  }

  const subject = subjects[candidates.indexOf(signedIn)]!;
  await failures.clearStreak(db, subject, isKnown(subject) && deviceHash ? { deviceHash } : { addressHash });
  const device = deviceToken ?? newToken();
  await failures.rememberDevice(db, keyHash('device', device), subject, deviceExpiry(now));
  return { ...(await openSession(db, signedIn, settings.sessionHours, now)), deviceToken: device };
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

/** The answer to a failed attempt; it names the wait it started, if any. */
function failed(reason: Refusal | null, waitMs: number): ProblemError {
  const seconds = Math.ceil(waitMs / 1000);
  let error: ProblemError;
  if (reason === 'disabled') error = new ProblemError(403, 'auth.disabled');
  else if (reason === 'demoPassword') error = new ProblemError(401, 'auth.demoPasswordRefused');
  else if (reason === 'ambiguous') error = new ProblemError(401, 'auth.ambiguousNip');
  else if (seconds === 0) error = new ProblemError(401, 'auth.invalidCredentials');
  else if (seconds < 120)
    error = new ProblemError(401, 'auth.invalidCredentialsWait.seconds', { count: seconds });
  else
    error = new ProblemError(401, 'auth.invalidCredentialsWait.minutes', { count: Math.ceil(seconds / 60) });
  if (seconds > 0) error.headers['retry-after'] = String(seconds);
  return error;
}

/** auth.loginFailed in the account's government, and auth.loginThrottled when it started a wait. */
async function auditFailure(
  db: Db,
  candidate: repo.LoginCandidate,
  data: { address: string; reason: FailureReason },
  next: { ms: number; scope: ThrottleScope | null },
): Promise<void> {
  await withTenant(db, candidate.tenant_id, async (tx) => {
    const entry = { actorAccountId: candidate.account_id, entity: 'account', entityId: candidate.account_id };
    await appendAudit(tx, candidate.tenant_id, { ...entry, action: 'auth.loginFailed', data });
    if (next.ms > 0) {
      await appendAudit(tx, candidate.tenant_id, {
        ...entry,
        action: 'auth.loginThrottled',
        data: { address: data.address, scope: next.scope, retryAfterSeconds: Math.ceil(next.ms / 1000) },
      });
    }
  });
}

async function openSession(
  db: Db,
  candidate: repo.LoginCandidate,
  sessionHours: number,
  now: Date,
): Promise<SessionInfo> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000);
  const account = await withTenant(db, candidate.tenant_id, async (tx) => {
    await repo.insertSession(tx, {
      idHash: tokenHash(token),
      tenantId: candidate.tenant_id,
      accountId: candidate.account_id,
      csrfToken,
      expiresAt,
    });
    await appendAudit(tx, candidate.tenant_id, {
      actorAccountId: candidate.account_id,
      action: 'auth.login',
      entity: 'account',
      entityId: candidate.account_id,
    });
    return repo.loadAccount(tx, candidate.account_id);
  });
  return { token, csrfToken, expiresAt, account: account! };
}

/** A year ahead, rounded to the day: the row must not tell when its owner signed in. */
function deviceExpiry(now: Date): Date {
  const day = new Date(now.getTime() + DEVICE_DAYS * 86_400_000);
  day.setUTCHours(0, 0, 0, 0);
  return day;
}

let lastForget = 0;

/** Old failures and expired devices go, at most once every ten minutes per process. */
async function forgetOldFailures(db: Db, now: Date): Promise<void> {
  if (now.getTime() - lastForget < 600_000) return;
  lastForget = now.getTime();
  await failures.forgetOld(db, new Date(now.getTime() - FAILURE_MEMORY_MS), now);
}
