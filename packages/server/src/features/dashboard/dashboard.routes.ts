import { Dashboard } from '@jenjang/domain/contracts/employee.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import { dashboard } from './dashboard.service';

export const dashboardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/dashboard',
    {
      config: { permission: 'dashboard.read' },
      schema: { tags: ['dashboard'], response: { 200: Dashboard } },
    },
    (request) => dashboard(deps.db, requireActor(request.actor)),
  );
};
