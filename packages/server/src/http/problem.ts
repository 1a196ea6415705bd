import type { Locale } from '../i18n/translate';
import { translate } from '../i18n/translate';

/**
 * An error a user should read. Services throw it with a message key; the error handler
 * turns it into application/problem+json in the request's language.
 */
export class ProblemError extends Error {
  /** Response headers that belong to the problem, such as Retry-After. */
  readonly headers: Record<string, string> = {};

  constructor(
    readonly status: number,
    readonly key: string,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors?: { path: string; key: string; params?: Record<string, unknown> }[],
  ) {
    super(key);
  }
}

export const notFound = () => new ProblemError(404, 'problem.notFound');
export const forbidden = () => new ProblemError(403, 'problem.forbidden');
export const unauthenticated = () => new ProblemError(401, 'problem.unauthenticated');

const TYPES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'too-many-requests',
  500: 'internal',
  503: 'unavailable',
};

export function problemBody(
  locale: Locale,
  status: number,
  key: string,
  params: Record<string, unknown> = {},
  errors?: { path: string; message: string }[],
) {
  return {
    type: `https://jenjang.id/problems/${TYPES[status] ?? 'error'}`,
    title: translate(locale, `problem.title.${status}`),
    status,
    detail: translate(locale, key, params),
    ...(errors ? { errors } : {}),
  };
}
