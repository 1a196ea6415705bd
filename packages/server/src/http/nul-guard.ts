import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem';

// PostgreSQL text cannot hold U+0000: a NUL in a search, a login or any field reached the database
// and came back as "invalid byte sequence 0x00", a 500. No field of ours means a NUL, so every
// request is checked once here, before its route's validation, whatever the route.

/** Where in a parsed value a NUL first occurs (`/q`, `/sections/0/title/id`), or null. */
export function nulPath(value: unknown): string | null {
  // Iterative: a deeply nested JSON body must not exhaust the stack.
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (node.includes('\0')) return path;
    } else if (node !== null && typeof node === 'object' && !Buffer.isBuffer(node)) {
      for (const [key, child] of Object.entries(node)) {
        const here = `${path}/${key.replaceAll('\0', '\\0')}`;
        if (key.includes('\0')) return here;
        stack.push([child, here]);
      }
    }
  }
  return null;
}

/** The translated 400 for a NUL at `path` ('body/name', 'file/filename'). */
export function nulRefusal(path: string): ProblemError {
  return new ProblemError(400, 'problem.validation', {}, [{ path, key: 'validation.nulCharacter' }]);
}

/**
 * Refuses, translated (400), any request whose path parameters, query or JSON body hold a NUL.
 * A multipart upload is read by its route; its file name (which `filename*=UTF-8''…%00` can
 * give a NUL) is checked there with nulRefusal.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, querystring: request.query, body: request.body };
    for (const [part, value] of Object.entries(parts)) {
      const path = nulPath(value);
      if (path !== null) throw nulRefusal(`${part}${path}`);
    }
  });
}
