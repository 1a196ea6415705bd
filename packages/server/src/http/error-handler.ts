import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/database';
import { translate } from '../i18n/translate';
import { ProblemError, problemBody } from './problem';

interface ZodIssueLike {
  code?: string;
  path?: (string | number)[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  origin?: string;
  input?: unknown;
  /** Custom rules (e.g. instrument definitions) name their own message key here. */
  params?: { i18n?: string } & Record<string, unknown>;
}

/** Maps a zod issue to a translated sentence; zod's own English messages never reach users. */
export function zodIssueKey(issue: ZodIssueLike): { key: string; params: Record<string, unknown> } {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return { key: 'validation.required', params: {} };
      return {
        key: issue.origin === 'string' ? 'validation.tooShort' : 'validation.tooSmall',
        params: { minimum: String(issue.minimum) },
      };
    case 'too_big':
      return {
        key: issue.origin === 'string' ? 'validation.tooLong' : 'validation.tooBig',
        params: { maximum: String(issue.maximum) },
      };
    case 'invalid_type':
      return issue.input === undefined
        ? { key: 'validation.required', params: {} }
        : { key: 'validation.invalidType', params: { expected: issue.expected } };
    case 'invalid_value':
      return { key: 'validation.invalidValue', params: { options: (issue.values ?? []).join(', ') } };
    case 'invalid_format':
      return { key: 'validation.invalidFormat', params: {} };
    case 'custom':
      return issue.params?.i18n
        ? { key: issue.params.i18n, params: issue.params }
        : { key: 'validation.invalid', params: {} };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', params: { keys: (issue.keys ?? []).join(', ') } };
    default:
      return { key: 'validation.invalid', params: {} };
  }
}

const MB = 1024 * 1024;

/** Fastify's own errors: a body over the limit names the limit that applied (uploads name theirs). */
function frameworkProblem(error: FastifyError, status: number, bodyLimit: number) {
  if (status === 500) return { key: 'problem.internal', params: {} };
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { key: 'problem.bodyTooLarge', params: { limit: Math.round((bodyLimit / MB) * 100) / 100 } };
  }
  if (status === 413) return { key: 'problem.tooLarge', params: {} };
  return { key: 'problem.validation', params: {} };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = request.locale ?? 'id';
    if (error instanceof ProblemError) {
      const errors = error.fieldErrors?.map((f) => ({
        path: f.path,
        message: translate(locale, f.key, f.params),
      }));
      return reply
        .status(error.status)
        .headers(error.headers)
        .type('application/problem+json')
        .send(problemBody(locale, error.status, error.key, error.params, errors));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => {
        const issue = { ...(v.params as ZodIssueLike), code: v.keyword };
        const { key, params } = zodIssueKey(issue);
        const where = v.instancePath ?? '';
        return { path: `${error.validationContext ?? ''}${where}`, message: translate(locale, key, params) };
      });
      return reply
        .status(400)
        .type('application/problem+json')
        .send(problemBody(locale, 400, 'problem.validation', {}, errors));
    }
    if (isDatabaseUnavailable(error)) {
      // PostgreSQL is down or restarting: a passing state, so say so and invite a retry.
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', '5')
        .type('application/problem+json')
        .send(problemBody(locale, 503, 'problem.databaseUnavailable'));
    }
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'unhandled error');
    const bodyLimit = request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0;
    const { key, params } = frameworkProblem(error, status, bodyLimit);
    return reply
      .status(status)
      .type('application/problem+json')
      .send(problemBody(locale, status, key, params));
  });

  app.setNotFoundHandler((request, reply) => {
    const locale = request.locale ?? 'id';
    reply
      .status(404)
      .type('application/problem+json')
      .send(problemBody(locale, 404, 'problem.routeNotFound', { url: request.url.split('?')[0] }));
  });
}
