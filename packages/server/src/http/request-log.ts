import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/**
 * What a request's log lines may say about it. Every line goes through these serializers, so a
 * secret in a URL (a set-password link's token, a search for a NIP) or a header never reaches the
 * log, whichever code logs the request.
 */

/** Query parameters whose values are safe to log; every other value is replaced. */
const PLAIN_PARAMS = new Set([
  'page',
  'pageSize',
  'sort',
  'order',
  'status',
  'role',
  'kind',
  'type',
  'format',
  'lang',
]);
const REDACTED = '[redacted]';

/** The URL with the value of every query parameter but the plain ones replaced. */
export function redactUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const query = url
    .slice(mark + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      let name: string;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        name = '';
      }
      if (eq < 0 || PLAIN_PARAMS.has(name)) return pair;
      return `${rawName}=${REDACTED}`;
    })
    .join('&');
  return `${url.slice(0, mark)}?${query}`;
}

/**
 * Whether a request's lines may name the client. Routes that must not be linkable to a person
 * (anonymous answers, public forms: `ignoreSession`) or that opt out with `logClient: false` log
 * no address; no line logs the client's port, which ties requests of one connection together.
 */
function logsClient(request: FastifyRequest): boolean {
  const config = request.routeOptions?.config;
  return !(config?.ignoreSession || config?.logClient === false);
}

export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    ...(logsClient(request) ? { remoteAddress: request.ip } : {}),
  };
}

/** Headers and body fields that carry secrets, wherever some code puts them in a log line. */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-csrf-token"]',
  'headers["set-cookie"]',
  'body.password',
  'body.currentPassword',
  'body.newPassword',
  'body.token',
  'password',
  'token',
  'csrfToken',
];

/** The app's logger options: the caller's level and destination, our serializers and redaction. */
export function loggerOptions(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = typeof logger === 'object' ? logger : {};
  return {
    ...base,
    serializers: { ...base.serializers, req: serializeRequest as never },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
  };
}
