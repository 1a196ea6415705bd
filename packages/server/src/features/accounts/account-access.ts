import { type Actor, can, canGrant, type Resource, type Role } from '@jenjang/domain/shared/access';

/** The fields of an account that decide who reaches it. */
export interface AccountPlace {
  id: number;
  tenant_id: number;
  role: string;
  scope_path: number[] | null;
  employee_unit_path: number[] | null;
}

/**
 * An account as a resource: it sits at its scope unit, else at its employee's unit; an account
 * with neither belongs to the whole government (out of any unit-scoped admin's reach).
 */
export function accountResource(account: AccountPlace): Resource {
  return {
    tenantId: account.tenant_id,
    unitPath: account.scope_path ?? account.employee_unit_path ?? null,
    accountId: account.id,
  };
}

/**
 * Whether the actor may change this account (issue a password link, disable, change its role):
 * never its own, and only one it could have created as it is now. Taking over an account through
 * a password link gains its powers, so reaching its unit is not enough: an OPD admin may not
 * manage an unscoped account of someone in its OPD, whose reach is the whole government.
 */
export function mayManage(actor: Actor, account: AccountPlace): boolean {
  return (
    account.id !== actor.accountId &&
    can(actor, 'account.manage', accountResource(account)) &&
    canGrant(actor, account.role as Role, account.scope_path)
  );
}
