import { type Actor, can, canGrant, listScope, type Role } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { issuePasswordToken } from '../auth/auth.service';
import { openUnitPath } from '../organisation/unit-placement';
import * as repo from './account.repository';
import { accountResource, mayManage } from './account-access';

const LINK_HOURS = 72;

export function toSummary(actor: Actor, row: repo.AccountRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    status: row.status,
    employeeId: row.employee_id,
    employeeName: row.employee_name,
    scopeUnit:
      row.scope_unit_id && row.scope_unit_name ? { id: row.scope_unit_id, name: row.scope_unit_name } : null,
    hasPassword: row.has_password,
    email: row.email,
    createdAt: new Date(row.created_at).toISOString(),
    manageable: mayManage(actor, row),
  };
}

export async function listAccounts(
  db: Db,
  actor: Actor,
  query: repo.AccountFilters & { page: number; pageSize: number },
) {
  const scope = listScope(actor, 'account.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { rows, total } = await repo.listAccounts(tx, scope, query, query);
    return {
      items: rows.map((row) => toSummary(actor, row)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/**
 * The account, if the actor may see it (404 otherwise, like an absent one: no probing for who
 * exists elsewhere), and may change it (403: it sees the account but reaches less than it does).
 */
export async function manageableAccount(tx: Tx, actor: Actor, id: number) {
  const row = await repo.findAccount(tx, id);
  if (!row || !can(actor, 'account.read', accountResource(row))) throw notFound();
  if (row.id === actor.accountId) throw new ProblemError(403, 'account.notSelf');
  if (!mayManage(actor, row)) throw new ProblemError(403, 'account.outOfReach');
  return row;
}

/** The scope unit's path; an unknown or closed unit is refused. */
export async function scopePathOf(tx: Tx, scopeUnitId: number | null, now: Date): Promise<number[] | null> {
  if (scopeUnitId === null) return null;
  return openUnitPath(tx, scopeUnitId, 'account.unknownUnit', now);
}

/** Named at the field, so a form can show it there. */
const employeeTaken = () =>
  new ProblemError(409, 'account.employeeTaken', {}, [
    { path: 'body/employeeId', key: 'account.employeeTaken' },
  ]);
const usernameTaken = (username: string | undefined) =>
  new ProblemError(409, 'account.usernameTaken', { username }, [
    { path: 'body/username', key: 'account.usernameTaken', params: { username } },
  ]);

/**
 * The employee an account is to be linked to: one the actor may act for (else it reads as
 * unknown), and who has no account yet (409).
 */
export async function linkableEmployee(tx: Tx, actor: Actor, employeeId: number, accountId: number | null) {
  const employee = await repo.findEmployee(tx, employeeId);
  if (
    !employee ||
    !can(actor, 'employee.write', { tenantId: employee.tenant_id, unitPath: employee.unit_path, employeeId })
  ) {
    throw new ProblemError(400, 'account.unknownEmployee');
  }
  if (await repo.accountOfEmployee(tx, employeeId, accountId)) throw employeeTaken();
  return employee;
}

/** Unique violations raised under concurrency, as the same problems the checks give. */
export function conflictOf(error: unknown, username: string | undefined): never {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code === '23505' && constraint === 'account_employee_unique') {
    throw employeeTaken();
  }
  // The global unique index on lower(username) also covers names used in other governments.
  if (code === '23505' && constraint === 'account_username') {
    throw usernameTaken(username);
  }
  throw error;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  employeeId: number | null;
  scopeUnitId: number | null;
  email: string | null;
}

/** Creates an account without a password and returns a one-time link to set one. */
export async function createAccount(db: Db, actor: Actor, input: NewAccount, baseUrl: string, now: Date) {
  if (input.role === 'atasan' && input.scopeUnitId === null) {
    throw new ProblemError(400, 'account.scopeRequired');
  }
  const accountId = await withTenant(db, actor.tenantId, async (tx) => {
    const scopePath = await scopePathOf(tx, input.scopeUnitId, now);
    if (!canGrant(actor, input.role, scopePath)) throw new ProblemError(403, 'account.cannotGrant');
    if (input.employeeId !== null) await linkableEmployee(tx, actor, input.employeeId, null);
    const row = await repo
      .insertAccount(tx, { tenantId: actor.tenantId, ...input })
      .catch((error: unknown) => conflictOf(error, input.username));
    await publish(tx, actor.tenantId, {
      type: 'account.created',
      actorAccountId: actor.accountId,
      payload: {
        accountId: row.id,
        username: input.username,
        role: input.role,
        scopeUnitId: input.scopeUnitId,
        employeeId: input.employeeId,
      },
    });
    return row.id;
  });
  return issueLink(db, actor, accountId, baseUrl, now);
}

async function issueLink(db: Db, actor: Actor, accountId: number, baseUrl: string, now: Date) {
  const token = await issuePasswordToken(db, actor.tenantId, accountId, actor.accountId, now, LINK_HOURS);
  return { accountId, url: `${baseUrl}/set-password?token=${token}`, expiresInHours: LINK_HOURS };
}

/** A new one-time link for an account the actor may manage. */
export async function passwordLink(db: Db, actor: Actor, accountId: number, baseUrl: string, now: Date) {
  await withTenant(db, actor.tenantId, (tx) => manageableAccount(tx, actor, accountId));
  return issueLink(db, actor, accountId, baseUrl, now);
}

/** The accounts of the agency's enabled tenant-wide admins: who hears of what the agency must act on. */
export async function agencyAdminIds(tx: Tx): Promise<number[]> {
  return (await repo.agencyAdmins(tx)).map((admin) => admin.id);
}

/**
 * The agency acting for a scheduled task: `preferredId` while it is still an enabled tenant-wide
 * admin, or else the first such admin; null when the government has none.
 */
export async function agencyActor(tx: Tx, tenantId: number, preferredId: number): Promise<Actor | null> {
  const admins = await repo.agencyAdmins(tx);
  const admin = admins.find((a) => a.id === preferredId) ?? admins[0];
  return admin
    ? { accountId: admin.id, tenantId, role: 'admin', scopeUnitId: null, employeeId: admin.employeeId }
    : null;
}
