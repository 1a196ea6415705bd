import { LearningTestBody, ProgramEvaluation } from '@jenjang/domain/programs/evaluation.contract';
import { BatchParams, Roster } from '@jenjang/domain/programs/program.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as evaluation from './evaluation.service';
import * as learningTests from './learning-test.service';

// Participants' feedback (Kirkpatrick levels 1–2): the learning test's scores per participant, and
// the program's results per batch, trainer, curriculum version and in total.

const tags = ['programs'];

export const programEvaluationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.put(
    '/programs/:id/batches/:batchId/tests',
    {
      config: { permission: 'program.teach' },
      schema: {
        tags,
        description:
          'Records (or clears) a participant’s learning test scores before and after (0–100), while the batch is open.',
        params: BatchParams,
        body: LearningTestBody,
        response: { 200: Roster, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      learningTests.recordLearningTest(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.batchId,
        request.body,
        deps.clock.now(),
      ),
  );

  app.get(
    '/programs/:id/evaluation',
    {
      config: { permission: 'program.teach' },
      schema: {
        tags,
        description:
          'The participants’ reaction and learning per batch, trainer, curriculum version and for the program; groups of fewer than k withheld. The agency reads every batch, a trainer their own.',
        params: IdParam,
        response: { 200: ProgramEvaluation, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      evaluation.programEvaluation(deps.db, requireActor(request.actor), request.params.id, deps.config),
  );
};
