import { listScope } from '@jenjang/domain/access';
import { Dashboard } from '@jenjang/domain/contracts/employee.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/database';
import { type AppDeps, requireActor } from '../../http/types';
import { headlineFigures } from './dashboard.repository';

export const dashboardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/dashboard',
    {
      config: { permission: 'dashboard.read' },
      schema: { tags: ['dashboard'], response: { 200: Dashboard } },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const figures = await withTenant(deps.db, actor.tenantId, (tx) =>
        headlineFigures(tx, listScope(actor, 'dashboard.read')),
      );
      return {
        employees: figures.totals,
        byUnit: figures.byUnit.map((r) => ({ unitId: r.unit_id, name: r.name, count: r.count })),
        byGolongan: figures.byGolongan,
        byPositionKind: figures.byKind,
      };
    },
  );
};
