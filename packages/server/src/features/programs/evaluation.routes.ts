import {
  EvaluationPlanBody,
  LearningTestBody,
  ProgramEvaluation,
} from '@jenjang/domain/programs/evaluation.contract';
import { BatchParams, Roster } from '@jenjang/domain/programs/program.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as evaluation from './evaluation.service';
import * as learningTests from './learning-test.service';

// A program's evaluation (Kirkpatrick levels 1–4): the learning test's scores per participant; the
// reaction, learning and behaviour per batch, trainer, curriculum version and in total, and the
// results on its service; and its evaluation plan (the follow-up's months, the results' survey).

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
          'The participants’ reaction, learning and (from the follow-up, alumni and supervisors) behaviour per batch, trainer, curriculum version and for the program, and the IKM of its service before and after; groups of fewer than k withheld. The agency reads every batch, a trainer their own.',
        params: IdParam,
        response: { 200: ProgramEvaluation, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      evaluation.programEvaluation(deps.db, requireActor(request.actor), request.params.id, deps.config),
  );

  app.put(
    '/programs/:id/evaluation-plan',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'The program’s evaluation plan: months from a batch’s end to its behaviour follow-up (null: none; set ' +
          'on each batch when it closes) and the public-service survey whose IKM measures its results.',
        params: IdParam,
        body: EvaluationPlanBody,
        response: { 200: ProgramEvaluation, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      evaluation.setEvaluationPlan(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.config,
      ),
  );
};
