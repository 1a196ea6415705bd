import { type Actor, canGrant, ROLES } from '@jenjang/domain/shared/access';
import { CreateAccountBody } from '@jenjang/domain/shared/account.contract';
import type { Me, Role } from '../../../api/types';

/** Mirrors CreateAccountBody of @jenjang/domain's account contract; the server checks it too. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
export const DISPLAY_NAME_MAX_LENGTH = 200;

/** Usernames are stored trimmed and in lower case, as the server does. */
export function normaliseUsername(value: string): string {
  return value.trim().toLowerCase();
}

export function isValidUsername(value: string): boolean {
  return USERNAME_PATTERN.test(normaliseUsername(value));
}

/** An atasan sees only their unit and what lies below it, so their account needs that unit. */
export function needsScopeUnit(role: Role): boolean {
  return role === 'atasan';
}

/** Empty (no e-mail), or an address the server's contract accepts. */
export function isValidEmail(value: string): boolean {
  const email = value.trim();
  return email === '' || CreateAccountBody.shape.email.safeParse(email).success;
}

function actorOf(me: Me): Actor {
  return {
    accountId: me.id,
    tenantId: me.tenant.id,
    role: me.role,
    scopeUnitId: me.scopeUnit?.id ?? null,
    employeeId: me.employeeId,
  };
}

/**
 * The roles this user may give: never more than they hold (the server's canGrant). The unit list
 * a scoped user sees holds only its subtree, so any unit picked there is inside its own scope.
 */
export function grantableRoles(me: Me): Role[] {
  const actor = actorOf(me);
  const insideOwnScope = actor.scopeUnitId === null ? null : [actor.scopeUnitId];
  return ROLES.filter((role) => canGrant(actor, role, insideOwnScope));
}

/** A user limited to one unit may only give accounts limited to it (or below it). */
export function mustScope(me: Me, role: Role): boolean {
  return me.scopeUnit !== null || needsScopeUnit(role);
}

/** The form field a refusal names ('body/employeeId' → 'employee'), if it names one. */
export function conflictField(
  problem: { errors?: { path: string }[] } | null,
): 'username' | 'employee' | null {
  const path = problem?.errors?.[0]?.path;
  if (path === 'body/username') return 'username';
  if (path === 'body/employeeId') return 'employee';
  return null;
}
