import { can } from '@jenjang/domain/shared/access';
import { Problem, UuidParam } from '@jenjang/domain/shared/common.contract';
import { Job } from '@jenjang/domain/shared/job.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/database';
import { notFound } from '../../http/problem';
import { type AppDeps, requireActor } from '../../http/types';
import { toJobResponse } from './job-response';

export const jobRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/jobs/:id',
    {
      config: { permission: 'job.read' },
      schema: { tags: ['jobs'], params: UuidParam, response: { 200: Job, 404: Problem } },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const job = await withTenant(deps.db, actor.tenantId, (tx) =>
        tx.selectFrom('job').selectAll().where('id', '=', request.params.id).executeTakeFirst(),
      );
      if (!job || !can(actor, 'job.read', { tenantId: job.tenant_id, accountId: job.account_id }))
        throw notFound();
      return toJobResponse(job, request.locale);
    },
  );
};
