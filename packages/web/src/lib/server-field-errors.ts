import { isApiError } from './api-client';

/**
 * The field errors of a failed request, keyed by form field: 'body/level' becomes 'level'. Other
 * failures give none (their message is the problem's detail). The first message per field wins.
 */
export function serverFieldErrors(error: unknown, prefix = 'body/'): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isApiError(error)) return result;
  for (const { path, message } of error.problem?.errors ?? []) {
    if (!path.startsWith(prefix)) continue;
    const field = path.slice(prefix.length).split('/').filter(Boolean).join('.');
    if (field && !(field in result)) result[field] = message;
  }
  return result;
}
