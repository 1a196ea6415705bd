import { type Actor, permissionsOf, type Role } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError, unauthenticated } from '../../http/problem';
import * as repo from './auth.repository';
import { refuseDemoPassword } from './demo-password';
import {
  type AttemptClient,
  attemptKeys,
  attemptOf,
  endStreak,
  reserveAttempt,
  type ThrottleSettings,
} from './login-attempt';
import { hashPassword, verifyPassword } from './passwords';
import { newToken, tokenHash } from './tokens';

export interface SessionInfo {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  account: repo.AccountRow;
}

export function toActor(account: repo.RequestAccount): Actor {
  return {
    accountId: account.id,
    tenantId: account.tenant_id,
    role: account.role as Role,
    scopeUnitId: account.scope_unit_id,
    employeeId: account.employee_id,
  };
}

export function toMe(account: repo.RequestAccount) {
  return {
    id: account.id,
    username: account.username,
    displayName: account.display_name,
    role: account.role as Role,
    locale: account.locale,
    employeeId: account.employee_id,
    scopeUnit:
      account.scope_unit_id && account.scope_unit_name
        ? { id: account.scope_unit_id, name: account.scope_unit_name }
        : null,
    tenant: {
      id: account.tenant_id,
      code: account.tenant_code,
      name: account.tenant_name,
      timeZone: account.tenant_time_zone,
    },
    permissions: permissionsOf(account.role as Role),
  };
}

/** Resolves a session cookie to its account, or null when it is unknown, expired or disabled. */
export async function resolveSession(db: Db, token: string, now: Date) {
  const idHash = tokenHash(token);
  const row = await repo.resolveSession(db, idHash, now);
  if (!row) return null;
  const { csrf_token: csrfToken, ...account } = row;
  return { account, csrfToken, idHash };
}

export async function logout(db: Db, actor: Actor, idHash: Buffer): Promise<void> {
  await withTenant(db, actor.tenantId, async (tx) => {
    await repo.deleteSession(tx, idHash);
    await publish(tx, actor.tenantId, {
      type: 'auth.logout',
      actorAccountId: actor.accountId,
      payload: { accountId: actor.accountId },
    });
  });
}

export async function changePassword(
  db: Db,
  actor: Actor,
  idHash: Buffer | null,
  input: { currentPassword: string; newPassword: string },
  guard: { throttle: ThrottleSettings; client: AttemptClient },
): Promise<void> {
  if (input.currentPassword === input.newPassword) throw new ProblemError(400, 'auth.samePassword');
  refuseDemoPassword(input.newPassword);
  // Guesses of the current password (from a session left open, say) count like failed sign-ins.
  const keys = attemptKeys(guard.throttle.secret);
  const subject = keys.account(actor.accountId);
  const attempt = await attemptOf(db, keys, [subject], guard.client);
  await reserveAttempt(db, attempt, guard.throttle);
  await withTenant(db, actor.tenantId, async (tx) => {
    const account = await repo.loadAccount(tx, actor.accountId);
    if (!account) throw unauthenticated();
    if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
      throw new ProblemError(400, 'auth.wrongPassword');
    }
    await repo.updatePassword(tx, actor.accountId, await hashPassword(input.newPassword));
    // Other devices signed in with the old password are signed out, and a pending link to set
    // a password would undo this change.
    await repo.deleteOtherSessions(tx, actor.accountId, idHash);
    await repo.deletePasswordTokens(tx, actor.accountId);
    await publish(tx, actor.tenantId, {
      type: 'auth.passwordChanged',
      actorAccountId: actor.accountId,
      payload: { accountId: actor.accountId },
    });
  });
  await endStreak(db, attempt, subject);
}

export async function setPasswordWithToken(
  db: Db,
  input: { token: string; newPassword: string },
  now: Date,
): Promise<void> {
  refuseDemoPassword(input.newPassword);
  const hashOfToken = tokenHash(input.token);
  const found = await repo.findPasswordToken(db, hashOfToken);
  if (!found || found.used_at || found.expires_at.getTime() <= now.getTime()) {
    throw new ProblemError(400, 'auth.tokenInvalid');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withTenant(db, found.tenant_id, async (tx) => {
    // Burning the token and setting the password commit together or not at all; no other link
    // of the account outlives it.
    if (!(await repo.burnPasswordToken(tx, hashOfToken, now)))
      throw new ProblemError(400, 'auth.tokenInvalid');
    await repo.deletePasswordTokens(tx, found.account_id);
    await repo.updatePassword(tx, found.account_id, passwordHash);
    await repo.deleteOtherSessions(tx, found.account_id, null);
    await publish(tx, found.tenant_id, {
      type: 'auth.passwordSetByLink',
      actorAccountId: found.account_id,
      payload: { accountId: found.account_id },
    });
  });
}

export async function setLocale(db: Db, actor: Actor, locale: 'id' | 'en'): Promise<void> {
  await withTenant(db, actor.tenantId, async (tx) => {
    await repo.updateLocale(tx, actor.accountId, locale);
    await publish(tx, actor.tenantId, {
      type: 'auth.localeChanged',
      actorAccountId: actor.accountId,
      payload: { accountId: actor.accountId, locale },
    });
  });
}

/**
 * Issues a one-time set-password link token (valid `hours`), for admin-created accounts. It is the
 * account's only live link: older ones stop working.
 */
export async function issuePasswordToken(
  db: Db,
  tenantId: number,
  accountId: number,
  issuedBy: number | null,
  now: Date,
  hours = 72,
): Promise<string> {
  const token = newToken();
  await withTenant(db, tenantId, async (tx) => {
    if (!(await repo.lockAccount(tx, accountId))) throw notFound();
    await repo.deletePasswordTokens(tx, accountId);
    await repo.insertPasswordToken(tx, {
      tokenHash: tokenHash(token),
      tenantId,
      accountId,
      expiresAt: new Date(now.getTime() + hours * 3_600_000),
    });
    await publish(tx, tenantId, {
      type: 'account.passwordLinkIssued',
      actorAccountId: issuedBy,
      payload: { accountId },
    });
  });
  return token;
}
