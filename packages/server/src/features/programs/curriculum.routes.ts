import { Curricula, CurriculumBody } from '@jenjang/domain/programs/curriculum.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as curricula from './curriculum.service';

// A program's versioned curriculum: its versions, and recording the next one.

const tags = ['programs'];

export const curriculumRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/programs/:id/curricula',
    {
      // Every reader of the catalog holds program.teach as well, and so does a partner's trainer,
      // who reads no catalog: the service decides what each sees.
      config: { permission: 'program.teach' },
      schema: {
        tags,
        description:
          'The curriculum’s versions, newest first: every version with its reason and evidence to the ' +
          'agency, the versions their batches teach to trainers, the current one to readers of the catalog.',
        params: IdParam,
        response: { 200: Curricula, 404: Problem },
      },
    },
    (request) => curricula.listCurricula(deps.db, requireActor(request.actor), request.params.id),
  );

  app.post(
    '/programs/:id/curricula',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Records the next curriculum version (the first without a reason; a revision with its reason ' +
          'and evidence batches); optionally moves the batches not yet started to it.',
        params: IdParam,
        body: CurriculumBody,
        response: { 201: Curricula, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await curricula.reviseCurriculum(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            request.body,
            deps.clock.now(),
          ),
        ),
  );
};
