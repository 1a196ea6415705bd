import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';

/**
 * The address for links that leave the browser (set-password links, QR posters, e-mails):
 * PUBLIC_URL when configured, else the address this request came to. Behind a proxy without
 * PUBLIC_URL that is the proxy's view, which is why operations.md asks for PUBLIC_URL.
 */
export function publicBase(config: Pick<Config, 'publicUrl'>, request: FastifyRequest): string {
  return config.publicUrl ?? `${request.protocol}://${request.host}`;
}
