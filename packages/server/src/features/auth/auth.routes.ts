import {
  ChangePasswordBody,
  LocaleBody,
  LoginBody,
  Session,
  SetPasswordBody,
} from '@jenjang/domain/shared/auth.contract';
import { Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { secureCookie } from '../../http/cookies';
import { type AppDeps, requireActor } from '../../http/types';
import * as auth from './auth.service';
import { login, loginSettings } from './login.service';
import { throttleSettings } from './login-attempt';
import { LOGIN_DEVICE_COOKIE, LOGIN_DEVICE_PATH, SESSION_COOKIE } from './tokens';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const cookie = (request: FastifyRequest) => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secureCookie(deps.config, request),
  });

  /** Throttling per address needs real addresses: behind a proxy without TRUST_PROXY all look alike. */
  let warned = false;
  function warnOfUntrustedProxy(request: FastifyRequest) {
    if (warned || deps.config.trustProxy || !request.headers['x-forwarded-for']) return;
    warned = true;
    request.log.warn(
      'Sign-in requests carry X-Forwarded-For but TRUST_PROXY is not set: every client behind the proxy ' +
        'shares one address for sign-in throttling and rate limits (docs/operations.md).',
    );
  }

  app.post(
    '/login',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        description:
          'Sign in with a username or NIP. Failed attempts slow further ones per account, address and ' +
          'known device (429 with Retry-After); an unknown login is answered like a wrong password.',
        body: LoginBody,
        response: { 200: Session, 401: Problem, 403: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      warnOfUntrustedProxy(request);
      const session = await login(deps.db, request.body, loginSettings(deps.config), {
        address: request.ip,
        deviceToken: request.cookies[LOGIN_DEVICE_COOKIE] ?? null,
        now: deps.clock.now(),
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        ...cookie(request),
        path: '/',
        expires: session.expiresAt,
      });
      // Sent back only to this route: it marks a device that signed into the account before.
      reply.setCookie(LOGIN_DEVICE_COOKIE, session.deviceToken, {
        ...cookie(request),
        path: LOGIN_DEVICE_PATH,
        maxAge: 365 * 86_400,
      });
      return { user: auth.toMe(session.account), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/logout',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.sessionIdHash)
        await auth.logout(deps.db, requireActor(request.actor), request.sessionIdHash);
      reply.clearCookie(SESSION_COOKIE, { ...cookie(request), path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: Session, 401: Problem } } },
    async (request) => ({ user: auth.toMe(request.account!), csrfToken: request.csrfToken! }),
  );

  app.post(
    '/password',
    {
      config: { permission: 'authenticated' },
      schema: { tags, body: ChangePasswordBody, response: { 204: z.null(), 400: Problem, 429: Problem } },
    },
    async (request, reply) => {
      await auth.changePassword(deps.db, requireActor(request.actor), request.sessionIdHash, request.body, {
        throttle: throttleSettings(deps.config),
        client: { address: request.ip, deviceToken: null, now: deps.clock.now() },
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/set-password',
    {
      config: { permission: 'public' },
      schema: { tags, body: SetPasswordBody, response: { 204: z.null(), 400: Problem } },
    },
    async (request, reply) => {
      await auth.setPasswordWithToken(deps.db, request.body, deps.clock.now());
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/locale',
    {
      config: { permission: 'authenticated' },
      schema: { tags, body: LocaleBody, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await auth.setLocale(deps.db, requireActor(request.actor), request.body.locale);
      return reply.status(204).send(null);
    },
  );
};
