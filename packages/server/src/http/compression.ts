import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * What is compressed on the fly: JSON (problem+json too), CSV exports and SVG. The web app's files
 * are compressed once at build time (scripts/precompress.mjs) and sent as they are; XLSX is a zip.
 */
const COMPRESSIBLE = /^(?:application\/(?:[\w.-]+\+)?json|text\/csv|image\/svg\+xml)(?:;|$)/;

/**
 * Routes whose answers carry the session's CSRF token. Never compressed: a compressed answer's
 * length would let an eavesdropper who makes the browser send guesses alongside it read the token
 * (BREACH); they are a few hundred bytes anyway.
 */
const SECRET_BEARING = /^\/api\/v1\/auth(?:\/|$)/;

/**
 * Compresses API answers of 1 KB or more with brotli (quality 4: fast, still smaller than gzip) or
 * gzip, by Accept-Encoding, streams included. Request bodies are not decompressed: nothing sends
 * them compressed, and an inflating upload would only be another way to exhaust memory.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (SECRET_BEARING.test(route.url)) route.compress = false;
  });
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE,
  });
}
