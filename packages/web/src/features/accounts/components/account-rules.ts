import { CreateAccountBody } from '@jenjang/domain/contracts/account.contract';
import type { Role } from '../../../api/types';

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
