import { Problem, UuidParam } from '@jenjang/domain/shared/common.contract';
import { Job } from '@jenjang/domain/shared/job.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import { getJob } from './job.service';

export const jobRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/jobs/:id',
    {
      config: { permission: 'job.read' },
      schema: { tags: ['jobs'], params: UuidParam, response: { 200: Job, 404: Problem } },
    },
    (request) => getJob(deps.db, requireActor(request.actor), request.params.id, request.locale),
  );
};
