import type { Role } from '@jenjang/domain/shared/access';
import type { InjectOptions, LightMyRequestResponse as Response } from 'fastify';
import { createAccount, type LoggedIn, login } from './factories/account.factory';
import type { TestContext } from './harness';

interface RequestOptions {
  /** The reader's language (Accept-Language); the server's default otherwise. */
  locale?: 'id' | 'en';
  headers?: Record<string, string>;
}

/**
 * A signed-in caller of the API: its session (cookie and CSRF header, usable wherever a LoggedIn
 * is) and one method per HTTP verb that sends them, answering Fastify's injected response.
 */
export interface TestApi extends LoggedIn {
  account: Awaited<ReturnType<typeof createAccount>>;
  get(url: string, options?: RequestOptions): Promise<Response>;
  post(url: string, payload?: InjectOptions['payload'], options?: RequestOptions): Promise<Response>;
  put(url: string, payload?: InjectOptions['payload'], options?: RequestOptions): Promise<Response>;
  patch(url: string, payload?: InjectOptions['payload'], options?: RequestOptions): Promise<Response>;
  delete(url: string, payload?: InjectOptions['payload'], options?: RequestOptions): Promise<Response>;
}

/** The API as a new account of `role` in the government `tenantId` sees it, signed in. */
export async function apiAs(
  ctx: TestContext,
  role: Role,
  tenantId: number,
  values: Parameters<typeof createAccount>[3] = {},
): Promise<TestApi> {
  const account = await createAccount(ctx, tenantId, role, values);
  const session = await login(ctx, account.username);
  const send = (
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    options: RequestOptions = {},
  ) =>
    ctx.app.inject({
      method,
      url,
      headers: {
        ...session.headers,
        ...(options.locale ? { 'accept-language': options.locale } : {}),
        ...options.headers,
      },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
  return {
    ...session,
    account,
    get: (url, options) => send('GET', url, undefined, options),
    post: (url, payload, options) => send('POST', url, payload, options),
    put: (url, payload, options) => send('PUT', url, payload, options),
    patch: (url, payload, options) => send('PATCH', url, payload, options),
    delete: (url, payload, options) => send('DELETE', url, payload, options),
  };
}
