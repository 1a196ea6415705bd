import {
  ChangePasswordBody,
  LocaleBody,
  LoginBody,
  Session,
  SetPasswordBody,
} from '@jenjang/domain/contracts/auth.contract';
import { Problem } from '@jenjang/domain/contracts/common.contract';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as auth from './auth.service';
import { SESSION_COOKIE } from './tokens';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const secure = (reply: FastifyReply) =>
    deps.config.cookieSecure === 'auto' ? reply.request.protocol === 'https' : deps.config.cookieSecure;

  app.post(
    '/login',
    {
      config: { permission: 'public' },
      schema: { tags, body: LoginBody, response: { 200: Session, 401: Problem, 429: Problem } },
    },
    async (request, reply) => {
      const session = await auth.login(deps.db, request.body, {
        maxFailures: deps.config.loginMaxFailures,
        windowMinutes: deps.config.loginLockMinutes,
        sessionHours: deps.config.sessionHours,
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(reply),
        expires: session.expiresAt,
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
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
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
      schema: { tags, body: ChangePasswordBody, response: { 204: z.null(), 400: Problem } },
    },
    async (request, reply) => {
      await auth.changePassword(deps.db, requireActor(request.actor), request.sessionIdHash, request.body);
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
      await auth.setPasswordWithToken(deps.db, request.body);
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
