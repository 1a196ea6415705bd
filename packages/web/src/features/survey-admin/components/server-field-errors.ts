import { isApiError } from '../../../lib/api-client';
import { fieldErrorsOf } from './field-errors';

/** The field errors of a failed request (see fieldErrorsOf); none for other failures. */
export function serverFieldErrors(error: unknown, prefix = 'body/'): Record<string, string> {
  return isApiError(error) ? fieldErrorsOf(error.problem?.errors, prefix) : {};
}
