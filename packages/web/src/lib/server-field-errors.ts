import { isApiError } from './api-client';
import { fieldErrorsOf } from './field-errors';

/**
 * The field errors of a failed request, keyed by form field (see fieldErrorsOf): 'body/level'
 * becomes 'level'. Other failures give none (their message is the problem's detail).
 */
export function serverFieldErrors(error: unknown, prefix = 'body/'): Record<string, string> {
  return isApiError(error) ? fieldErrorsOf(error.problem?.errors, prefix) : {};
}
