import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';

/**
 * Whether a cookie set or cleared on this reply is `Secure`: always when the request came over
 * HTTPS (directly, or through a proxy trusted by TRUST_PROXY that says X-Forwarded-Proto: https),
 * and over plain HTTP too with COOKIE_SECURE=true (a TLS proxy Jenjang was not told about).
 * Every cookie Jenjang sets or clears takes its flag from here.
 */
export function secureCookie(config: Pick<Config, 'cookieSecure'>, request: FastifyRequest): boolean {
  return config.cookieSecure === true || request.protocol === 'https';
}
