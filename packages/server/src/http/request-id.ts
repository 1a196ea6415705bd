import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a client's (or proxy's) request id may look like: short, and nothing a log reader could mistake. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The request's id: the client's `x-request-id` when it is a short safe token (a proxy's id, so one
 * request can be followed through both logs), else a new UUID. Anything else is dropped rather
 * than echoed: the id goes into every log line and back in the response header, and 5,000
 * characters of arbitrary text there would let a caller write what it likes into the logs.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
}
