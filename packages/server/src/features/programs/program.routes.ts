import {
  Application,
  ApplicationPage,
  ApplicationQuery,
  ApplyBody,
  AssignBody,
  BatchBody,
  MyApplication,
  NominateBody,
  Program,
  ProgramBody,
  ProgramListQuery,
  ProgramPage,
  ProgramTransitionBody,
  Ranking,
  SelectionSummary,
} from '@jenjang/domain/programs/program.contract';
import { IdParam, PageQuery, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as programs from './program.service';

// Development programs: the catalog, batches, applications and the selection.

const tags = ['programs'];
const BatchParams = z.object({
  id: z.coerce.number().int().positive(),
  batchId: z.coerce.number().int().positive(),
});
const ApplicationParams = z.object({
  id: z.coerce.number().int().positive(),
  applicationId: z.coerce.number().int().positive(),
});
const changed = { 200: Program, 400: Problem, 403: Problem, 404: Problem, 409: Problem };
const applied = { 201: Application, 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const programRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/programs',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'The catalog: open programs first, then by first day, newest first (drafts: to the agency only).',
        querystring: ProgramListQuery,
        response: { 200: ProgramPage },
      },
    },
    (request) => programs.listPrograms(deps.db, requireActor(request.actor), request.query),
  );

  app.post(
    '/programs',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Creates a program as a draft.',
        body: ProgramBody,
        response: { 201: Program, 400: Problem, 403: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await programs.createProgram(deps.db, requireActor(request.actor), request.body, request.locale),
        ),
  );

  app.get(
    '/programs/:id',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'One program with its batches.',
        params: IdParam,
        response: { 200: Program, 404: Problem },
      },
    },
    (request) => programs.getProgram(deps.db, requireActor(request.actor), request.params.id, request.locale),
  );

  app.put(
    '/programs/:id',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Replaces a draft program’s details and terms (frozen once applications open).',
        params: IdParam,
        body: ProgramBody,
        response: changed,
      },
    },
    (request) =>
      programs.updateProgram(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.post(
    '/programs/:id/transitions',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Opens or closes applications, completes or cancels the program.',
        params: IdParam,
        body: ProgramTransitionBody,
        response: changed,
      },
    },
    (request) =>
      programs.transitionProgram(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body.transition,
        request.locale,
      ),
  );

  app.post(
    '/programs/:id/batches',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Adds a batch (angkatan).',
        params: IdParam,
        body: BatchBody,
        response: changed,
      },
    },
    (request) =>
      programs.saveBatch(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        null,
        request.body,
        request.locale,
        { schedules: deps.schedules, now: deps.clock.now() },
      ),
  );

  app.put(
    '/programs/:id/batches/:batchId',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Changes a batch; its capacity never below the seats already given.',
        params: BatchParams,
        body: BatchBody,
        response: changed,
      },
    },
    (request) =>
      programs.saveBatch(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.batchId,
        request.body,
        request.locale,
        { schedules: deps.schedules, now: deps.clock.now() },
      ),
  );

  app.delete(
    '/programs/:id/batches/:batchId',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Removes a batch nobody has asked for.',
        params: BatchParams,
        response: changed,
      },
    },
    (request) =>
      programs.removeBatch(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.batchId,
        request.locale,
      ),
  );

  app.get(
    '/programs/:id/mine',
    {
      config: { permission: 'program.apply' },
      schema: {
        tags,
        description: 'The reader’s eligibility, application, score, the cut-off and why.',
        params: IdParam,
        response: { 200: MyApplication, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      programs.myApplication(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.post(
    '/programs/:id/applications',
    {
      config: { permission: 'program.apply' },
      schema: {
        tags,
        description: 'Applies to an open program with the batches wanted, most wanted first.',
        params: IdParam,
        body: ApplyBody,
        response: applied,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await programs.apply(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            request.body,
            deps.clock.now(),
            request.locale,
          ),
        ),
  );

  app.post(
    '/programs/:id/nominations',
    {
      config: { permission: 'program.nominate' },
      schema: {
        tags,
        description: 'A supervisor nominates (and so recommends) one of their staff.',
        params: IdParam,
        body: NominateBody,
        response: applied,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await programs.nominate(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            request.body,
            deps.clock.now(),
            request.locale,
          ),
        ),
  );

  app.post(
    '/programs/:id/assignments',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'The agency gives an eligible employee a seat left in a batch, after the selection.',
        params: IdParam,
        body: AssignBody,
        response: applied,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await programs.assign(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            request.body,
            deps.clock.now(),
            request.locale,
          ),
        ),
  );

  app.get(
    '/programs/:id/applications',
    {
      config: { permission: 'program.applications' },
      schema: {
        tags,
        description: 'Applications with their scores, best first (a supervisor: their staff’s).',
        params: IdParam,
        querystring: ApplicationQuery,
        response: { 200: ApplicationPage, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      programs.listApplications(deps.db, requireActor(request.actor), request.params.id, request.query),
  );

  app.post(
    '/programs/:id/applications/:applicationId/withdraw',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description:
          'Withdraws an application (one’s own, or any by the agency); a freed seat goes to the waiting list.',
        params: ApplicationParams,
        response: { 200: Application, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      programs.withdraw(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.applicationId,
        deps.clock.now(),
      ),
  );

  app.post(
    '/programs/:id/selection',
    {
      config: { permission: 'program.manage' },
      schema: {
        tags,
        description: 'Scores the applications and publishes the optimal selection (applications closed).',
        params: IdParam,
        response: { 200: SelectionSummary, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      programs.runSelection(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        deps.clock.now(),
        request.locale,
        deps.schedules,
      ),
  );

  app.get(
    '/programs/:id/ranking',
    {
      config: { permission: 'program.read' },
      schema: {
        tags,
        description: 'The published ranking (names only where the program publishes them).',
        params: IdParam,
        querystring: PageQuery,
        response: { 200: Ranking, 404: Problem, 409: Problem },
      },
    },
    (request) => programs.ranking(deps.db, requireActor(request.actor), request.params.id, request.query),
  );
};
