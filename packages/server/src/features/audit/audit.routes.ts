import { PageQuery } from '@jenjang/domain/contracts/common.contract';
import { AuditPage } from '@jenjang/domain/contracts/job.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/database';
import { type AppDeps, requireActor } from '../../http/types';

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/audit',
    {
      config: { permission: 'audit.read' },
      schema: { tags: ['audit'], querystring: PageQuery, response: { 200: AuditPage } },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { page, pageSize } = request.query;
      return withTenant(deps.db, actor.tenantId, async (tx) => {
        const rows = await tx
          .selectFrom('audit_log as l')
          .leftJoin('account as a', 'a.id', 'l.actor_account_id')
          .select(['l.seq', 'l.at', 'a.display_name as actor', 'l.action', 'l.entity', 'l.entity_id'])
          .orderBy('l.seq', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute();
        const total = await tx
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow();
        return {
          items: rows.map((r) => ({
            seq: r.seq,
            at: new Date(r.at).toISOString(),
            actor: r.actor,
            action: r.action,
            entity: r.entity,
            entityId: r.entity_id,
          })),
          total: Number(total.count),
          page,
          pageSize,
        };
      });
    },
  );
};
