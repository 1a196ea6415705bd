import { type Actor, permissionsOf, type Role } from '@jenjang/domain/access';
import { type Db, withTenant } from '../../db/database';
import { ProblemError, unauthenticated } from '../../http/problem';
import { appendAudit } from '../audit/audit.repository';
import * as repo from './auth.repository';
import { hashPassword, verifyPassword } from './passwords';
import { newToken, tokenHash } from './tokens';

/** Throttling of failed logins; values are settings (Config), these are the defaults. */
export interface ThrottleSettings {
  maxFailures: number;
  windowMinutes: number;
}

export interface SessionInfo {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  account: repo.AccountRow;
}

export function toActor(account: repo.AccountRow): Actor {
  return {
    accountId: account.id,
    tenantId: account.tenant_id,
    role: account.role as Role,
    scopeUnitId: account.scope_unit_id,
    employeeId: account.employee_id,
  };
}

export function toMe(account: repo.AccountRow) {
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

export async function login(
  db: Db,
  input: { username: string; password: string },
  settings: ThrottleSettings & { sessionHours: number },
): Promise<SessionInfo> {
  const loginHash = tokenHash(input.username.trim().toLowerCase());
  const failures = await repo.recentFailures(db, loginHash, settings.windowMinutes);
  if (failures.length >= settings.maxFailures) {
    const oldest = failures[failures.length - settings.maxFailures]!.at;
    const unlockAt = new Date(oldest).getTime() + settings.windowMinutes * 60_000;
    const minutes = Math.max(1, Math.ceil((unlockAt - Date.now()) / 60_000));
    throw new ProblemError(429, 'auth.locked', { minutes });
  }

  const candidates = (await repo.findLoginCandidates(db, input.username.trim())).filter(
    (c, i, all) => all.findIndex((o) => o.account_id === c.account_id) === i,
  );
  if (candidates.length > 1) throw new ProblemError(401, 'auth.ambiguousNip');
  const candidate = candidates[0];
  const valid = await verifyPassword(candidate?.password_hash ?? null, input.password);
  if (!candidate || !valid) {
    await repo.recordFailure(db, loginHash);
    throw new ProblemError(401, 'auth.invalidCredentials');
  }
  if (candidate.status !== 'active') throw new ProblemError(403, 'auth.disabled');
  await repo.clearFailures(db, loginHash);

  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + settings.sessionHours * 3_600_000);
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

/** Resolves a session cookie to its account, or null when it is unknown, expired or disabled. */
export async function resolveSession(db: Db, token: string) {
  const idHash = tokenHash(token);
  const session = await repo.findSession(db, idHash);
  if (!session || session.expires_at.getTime() <= Date.now()) return null;
  return withTenant(db, session.tenant_id, async (tx) => {
    const account = await repo.loadAccount(tx, session.account_id);
    const csrfToken = await repo.sessionCsrf(tx, idHash);
    if (account?.status !== 'active' || !csrfToken) return null;
    return { account: account!, csrfToken, idHash };
  });
}

export async function logout(db: Db, actor: Actor, idHash: Buffer): Promise<void> {
  await withTenant(db, actor.tenantId, async (tx) => {
    await repo.deleteSession(tx, idHash);
    await appendAudit(tx, actor.tenantId, {
      actorAccountId: actor.accountId,
      action: 'auth.logout',
      entity: 'account',
      entityId: actor.accountId,
    });
  });
}

export async function changePassword(
  db: Db,
  actor: Actor,
  idHash: Buffer | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  if (input.currentPassword === input.newPassword) throw new ProblemError(400, 'auth.samePassword');
  await withTenant(db, actor.tenantId, async (tx) => {
    const account = await repo.loadAccount(tx, actor.accountId);
    if (!account) throw unauthenticated();
    if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
      throw new ProblemError(400, 'auth.wrongPassword');
    }
    await repo.updatePassword(tx, actor.accountId, await hashPassword(input.newPassword));
    // Other devices signed in with the old password are signed out.
    await repo.deleteOtherSessions(tx, actor.accountId, idHash);
    await appendAudit(tx, actor.tenantId, {
      actorAccountId: actor.accountId,
      action: 'auth.passwordChanged',
      entity: 'account',
      entityId: actor.accountId,
    });
  });
}

export async function setPasswordWithToken(
  db: Db,
  input: { token: string; newPassword: string },
): Promise<void> {
  const hashOfToken = tokenHash(input.token);
  const found = await repo.findPasswordToken(db, hashOfToken);
  if (!found || found.used_at || found.expires_at.getTime() <= Date.now()) {
    throw new ProblemError(400, 'auth.tokenInvalid');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withTenant(db, found.tenant_id, async (tx) => {
    // Burning the token and setting the password commit together or not at all.
    if (!(await repo.markTokenUsed(tx, hashOfToken))) throw new ProblemError(400, 'auth.tokenInvalid');
    await repo.updatePassword(tx, found.account_id, passwordHash);
    await repo.deleteOtherSessions(tx, found.account_id, null);
    await appendAudit(tx, found.tenant_id, {
      actorAccountId: found.account_id,
      action: 'auth.passwordSetByLink',
      entity: 'account',
      entityId: found.account_id,
    });
  });
}

export async function setLocale(db: Db, actor: Actor, locale: 'id' | 'en'): Promise<void> {
  await withTenant(db, actor.tenantId, (tx) => repo.updateLocale(tx, actor.accountId, locale));
}

/** Issues a one-time set-password link token (valid `hours`), for admin-created accounts. */
export async function issuePasswordToken(
  db: Db,
  tenantId: number,
  accountId: number,
  issuedBy: number | null,
  hours = 72,
): Promise<string> {
  const token = newToken();
  await withTenant(db, tenantId, async (tx) => {
    await repo.insertPasswordToken(tx, {
      tokenHash: tokenHash(token),
      tenantId,
      accountId,
      expiresAt: new Date(Date.now() + hours * 3_600_000),
    });
    await appendAudit(tx, tenantId, {
      actorAccountId: issuedBy,
      action: 'account.passwordLinkIssued',
      entity: 'account',
      entityId: accountId,
    });
  });
  return token;
}
