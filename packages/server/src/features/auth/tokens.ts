import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'jenjang_session';
/** Marks a device that signed in before (login.service.ts); only the sign-in route receives it. */
export const LOGIN_DEVICE_COOKIE = 'jenjang_signin_device';
export const LOGIN_DEVICE_PATH = '/api/v1/auth/login';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only hashes are stored: a leaked database row cannot be replayed as a cookie or a link. */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
