import { permissionsOf } from '@jenjang/domain/shared/access';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { resolveSession, toActor } from '../features/auth/auth.service';
import { SESSION_COOKIE } from '../features/auth/tokens';
import { localeFrom } from '../i18n/translate';
import { forbidden, ProblemError, unauthenticated } from './problem';
import type { AppDeps } from './types';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route declares `config.permission`; a route without one fails at start-up.
 * Requests are then authenticated, CSRF-checked and authorised here, before any handler.
 */
export const accessPlugin = fp(async (app: FastifyInstance, deps: AppDeps) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('account', null);
  app.decorateRequest('sessionIdHash', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('locale', 'id');

  const registeredRoutes: { method: string; url: string; permission: string }[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    const permission = route.config?.permission;
    const internal = route.url.startsWith('/api/docs') || route.method === 'HEAD';
    if (!permission && !internal) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.permission`);
    }
    for (const method of [route.method].flat()) {
      registeredRoutes.push({ method, url: route.url, permission: permission ?? 'public' });
    }
  });

  app.addHook('onRequest', async (request) => {
    request.locale = localeFrom(request.headers['accept-language']);
    const permission = request.routeOptions.config?.permission ?? 'public';
    const token = request.routeOptions.config?.ignoreSession ? undefined : request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(deps.db, token, deps.clock.now());
      if (session) {
        request.actor = toActor(session.account);
        request.account = session.account;
        request.sessionIdHash = session.idHash;
        request.csrfToken = session.csrfToken;
      }
    }
    if (permission === 'public') return;
    if (!request.actor) throw unauthenticated();
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
      throw new ProblemError(403, 'problem.csrf');
    }
    if (permission !== 'authenticated' && !permissionsOf(request.actor.role).includes(permission)) {
      throw forbidden();
    }
  });
});
