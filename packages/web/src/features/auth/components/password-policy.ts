import type { TFunction } from 'i18next';

/** Mirrors PASSWORD_MIN_LENGTH of @jenjang/domain's auth contract; the server checks it too. */
export const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 200;

export function newPasswordError(t: TFunction, value: string): string | null {
  if (value.length < PASSWORD_MIN_LENGTH) return t('auth.password.tooShort', { min: PASSWORD_MIN_LENGTH });
  if (value.length > PASSWORD_MAX_LENGTH) return t('auth.password.tooLong', { max: PASSWORD_MAX_LENGTH });
  return null;
}

export function confirmPasswordError(t: TFunction, value: string, newPassword: string): string | null {
  return value === newPassword ? null : t('auth.password.mismatch');
}

/** Field errors from a 400 problem, keyed by the last segment of their path ('body.newPassword'). */
export function fieldErrors(errors: { path: string; message: string }[] | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors ?? []) {
    const field = error.path.split(/[./]/).filter(Boolean).pop();
    if (field && !(field in result)) result[field] = error.message;
  }
  return result;
}
