import type { Config } from '../../config';
import { type Db, withTenant } from '../../db/database';
import { publish } from '../../events';
import { ProblemError } from '../../http/problem';
import * as repo from './auth.repository';
import type { SessionInfo } from './auth.service';
import { DEMO_PASSWORD } from './demo-password';
import {
  type AttemptClient,
  attemptKeys,
  attemptOf,
  endStreak,
  reserveAttempt,
  type ThrottleSettings,
  throttleSettings,
} from './login-attempt';
import { rememberDevice } from './login-failure.repository';
import { normaliseLogin } from './login-name';
import { longestWait, type ThrottleScope, withFailure } from './login-throttle';
import { verifyPassword } from './passwords';
import { newToken, tokenHash } from './tokens';

export interface LoginSettings {
  throttle: ThrottleSettings;
  sessionHours: number;
  /** Demo mode: the published demo password signs in. Outside it, it never does. */
  demoMode: boolean;
}

export function loginSettings(config: Config): LoginSettings {
  return { throttle: throttleSettings(config), sessionHours: config.sessionHours, demoMode: config.demoData };
}

export interface LoginResult extends SessionInfo {
  /** The device cookie to (re)set: this client has now signed into this account. */
  deviceToken: string;
}

const DEVICE_DAYS = 365;
type Refusal = 'demoPassword' | 'ambiguous' | 'disabled';
type FailureReason = Refusal | 'wrongPassword' | 'noPassword';

/**
 * Signs in with a username or NIP. The login is normalised and resolved to its account first, and
 * failures are counted per account, address and known device (login-throttle.ts); a login that
 * matches no account is counted and answered exactly like a wrong password.
 */
export async function login(
  db: Db,
  input: { username: string; password: string },
  settings: LoginSettings,
  client: AttemptClient,
): Promise<LoginResult> {
  const { now } = client;
  const typed = normaliseLogin(input.username);
  const candidates = (await repo.findLoginCandidates(db, typed)).filter(
    (c, i, all) => all.findIndex((o) => o.account_id === c.account_id) === i,
  );
  const keys = attemptKeys(settings.throttle.secret);
  const subjects =
    candidates.length > 0 ? candidates.map((c) => keys.account(c.account_id)) : [keys.login(typed)];
  const attempt = await attemptOf(db, keys, subjects, client);
  const streaks = await reserveAttempt(db, attempt, settings.throttle);

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
  await endStreak(db, attempt, subject);
  const device = attempt.deviceHash && client.deviceToken ? client.deviceToken : newToken();
  await rememberDevice(db, keys.device(device), subject, deviceExpiry(now));
  return { ...(await openSession(db, signedIn, settings.sessionHours, now)), deviceToken: device };
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
    const accountId = candidate.account_id;
    await publish(tx, candidate.tenant_id, {
      type: 'auth.loginFailed',
      actorAccountId: accountId,
      payload: { accountId, ...data },
    });
    if (next.ms > 0) {
      await publish(tx, candidate.tenant_id, {
        type: 'auth.loginThrottled',
        actorAccountId: accountId,
        payload: {
          accountId,
          address: data.address,
          scope: next.scope,
          retryAfterSeconds: Math.ceil(next.ms / 1000),
        },
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
    await publish(tx, candidate.tenant_id, {
      type: 'auth.login',
      actorAccountId: candidate.account_id,
      payload: { accountId: candidate.account_id },
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
