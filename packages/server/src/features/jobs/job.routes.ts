import { can } from '@jenjang/domain/access';
import { Problem, UuidParam } from '@jenjang/domain/contracts/common.contract';
import { Job } from '@jenjang/domain/contracts/job.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/database';
import { notFound } from '../../http/problem';
import { type AppDeps, requireActor } from '../../http/types';
import { translate } from '../../i18n/translate';

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
      const error = job.error as { key: string; params: Record<string, unknown> } | null;
      return {
        id: job.id,
        kind: job.kind,
        status: job.status,
        progress: { done: job.progress_done, total: job.progress_total },
        result: (job.result as never) ?? null,
        errors: error ? [{ message: translate(request.locale, error.key, error.params) }] : null,
        createdAt: new Date(job.created_at).toISOString(),
        finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
      };
    },
  );
};
