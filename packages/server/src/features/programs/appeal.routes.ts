import {
  Appeal,
  AppealBody,
  AppealDecisionBody,
  AppealList,
  AppealParams,
} from '@jenjang/domain/programs/appeal.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as appeals from './appeal.service';

const tags = ['programs'];

/** Appeals against a program's selection (sanggah) and the agency's decisions. */
export const appealRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/programs/:id/appeals',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'The appeals against the selection: every one for the agency, the reader’s own for an applicant; ' +
          'with the last day appeals may be filed.',
        params: IdParam,
        response: { 200: AppealList, 404: Problem },
      },
    },
    (request) => appeals.listAppeals(deps.db, requireActor(request.actor), request.params.id),
  );

  app.post(
    '/programs/:id/appeals',
    {
      config: { permission: 'program.apply' },
      schema: {
        tags,
        description:
          'Appeals the selection of the reader’s own application (not selected), within the program’s window.',
        params: IdParam,
        body: AppealBody,
        response: { 201: Appeal, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const appeal = await appeals.fileAppeal(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body.reason,
        deps.clock.now(),
      );
      return reply.code(201).send(appeal);
    },
  );

  app.post(
    '/programs/:id/appeals/:appealId/decision',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description:
          'Records the agency’s decision on a pending appeal, with its reasons; upheld with a batch, the ' +
          'applicant is given a seat there (if one is left).',
        params: AppealParams,
        body: AppealDecisionBody,
        response: { 200: Appeal, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      appeals.decideAppeal(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.appealId,
        request.body,
        deps.clock.now(),
      ),
  );
};
