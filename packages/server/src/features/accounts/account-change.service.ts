import { type Actor, canGrant, type Role } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { ProblemError } from '../../http/problem';
import * as repo from './account.repository';
import { conflictOf, linkableEmployee, manageableAccount, scopePathOf, toSummary } from './account.service';

// Changing an existing account: status, role and scope, employee link, name and e-mail. Every
// change runs under the government's account lock, checks the target with mayManage() and what
// it gives with canGrant(), and is audited with what it was and what it became.

const isTenantAdmin = (account: { role: string; scope_unit_id: number | null; status: string }) =>
  account.role === 'admin' && account.scope_unit_id === null && account.status === 'active';

/** A government must keep one active admin of the whole government, or nobody can manage it. */
async function keepOneTenantAdmin(tx: Tx, account: repo.AccountRow): Promise<void> {
  if (isTenantAdmin(account) && (await repo.otherActiveTenantAdmins(tx, account.id)) === 0) {
    throw new ProblemError(409, 'account.lastAdmin');
  }
}

async function reload(tx: Tx, actor: Actor, id: number) {
  return toSummary(actor, (await repo.findAccount(tx, id))!);
}

/**
 * Disables or enables an account. A disabled account cannot sign in, and its sessions and unused
 * set-password links end in the same transaction. Asking for the state it is in changes nothing.
 */
export async function setAccountStatus(db: Db, actor: Actor, id: number, status: 'active' | 'disabled') {
  return withTenant(db, actor.tenantId, async (tx) => {
    await repo.lockAccountAdministration(tx, actor.tenantId);
    const account = await manageableAccount(tx, actor, id);
    if (account.status === status) return toSummary(actor, account);
    if (status === 'disabled') {
      await keepOneTenantAdmin(tx, account);
      await repo.revokeAccess(tx, id);
    }
    await repo.updateAccount(tx, id, { status });
    await publish(tx, actor.tenantId, {
      type: status === 'disabled' ? 'account.disabled' : 'account.enabled',
      actorAccountId: actor.accountId,
      payload: { accountId: id },
    });
    return reload(tx, actor, id);
  });
}

export interface AccountChanges {
  displayName?: string | undefined;
  role?: Role | undefined;
  scopeUnitId?: number | null | undefined;
  employeeId?: number | null | undefined;
  email?: string | null | undefined;
}

type Stored = Partial<Record<'display_name' | 'role' | 'scope_unit_id' | 'employee_id' | 'email', unknown>>;
const NAMES = {
  display_name: 'displayName',
  role: 'role',
  scope_unit_id: 'scopeUnitId',
  employee_id: 'employeeId',
  email: 'email',
} as const;

/** Only what differs from the stored account, as columns. */
function differences(account: repo.AccountRow, input: AccountChanges) {
  const wanted: Stored = {
    display_name: input.displayName,
    role: input.role,
    scope_unit_id: input.scopeUnitId,
    employee_id: input.employeeId,
    email: input.email,
  };
  const changes: Stored = {};
  for (const [column, value] of Object.entries(wanted) as [keyof Stored, unknown][]) {
    if (value !== undefined && value !== account[column]) changes[column] = value;
  }
  return changes;
}

/**
 * Changes an account. Role and scope never to more than the actor holds (canGrant on the result),
 * an atasan keeps a unit, the last active admin of the whole government keeps its role, and an
 * employee is linked to one account at most. Nobody changes their own account here.
 */
export async function updateAccount(db: Db, actor: Actor, id: number, input: AccountChanges, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await repo.lockAccountAdministration(tx, actor.tenantId);
    const account = await manageableAccount(tx, actor, id);
    const changes = differences(account, input);
    if (Object.keys(changes).length === 0) return toSummary(actor, account);

    const role = (changes.role ?? account.role) as Role;
    const scopeUnitId = ('scope_unit_id' in changes ? changes.scope_unit_id : account.scope_unit_id) as
      | number
      | null;
    if (role === 'atasan' && scopeUnitId === null) throw new ProblemError(400, 'account.scopeRequired');
    const scopePath = await scopePathOf(tx, scopeUnitId, now);
    if (!canGrant(actor, role, scopePath)) throw new ProblemError(403, 'account.cannotGrant');
    if (isTenantAdmin(account) && (role !== 'admin' || scopeUnitId !== null)) {
      await keepOneTenantAdmin(tx, account);
    }
    let employeeUnitPath = account.employee_unit_path;
    if (typeof changes.employee_id === 'number') {
      employeeUnitPath = (await linkableEmployee(tx, actor, changes.employee_id, id)).unit_path;
    } else if ('employee_id' in changes) {
      employeeUnitPath = null;
    }

    await repo
      .updateAccount(tx, id, changes as Parameters<typeof repo.updateAccount>[2])
      .catch((error: unknown) => conflictOf(error, undefined));
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const column of Object.keys(changes) as (keyof Stored)[]) {
      before[NAMES[column]] = account[column];
      after[NAMES[column]] = changes[column];
    }
    // Both places the account sat in: each side's scoped readers see it come or go.
    const wasAt = account.scope_path ?? account.employee_unit_path ?? [];
    const isAt = scopePath ?? employeeUnitPath ?? [];
    await publish(tx, actor.tenantId, {
      type: 'account.updated',
      actorAccountId: actor.accountId,
      payload: { accountId: id, before, after, unitPath: [...wasAt, ...isAt] },
    });
    return reload(tx, actor, id);
  });
}
