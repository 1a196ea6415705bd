import {
  AppraisalBody,
  CycleBody,
  CycleTransitionBody,
  DistributionQuery,
  FeedbackBody,
  MyPerformance,
  PerformanceCycle,
  PerformanceCycleList,
  PredikatDistribution,
  SkpAppraiserBody,
  SkpCreateBody,
  SkpDetail,
  SkpExpectationsBody,
  SkpList,
  SkpListQuery,
  SkpResultsBody,
  SkpReturnBody,
} from '@jenjang/domain/performance/performance.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as cycles from './cycle.service';
import * as skp from './skp.service';
import * as lists from './skp-lists.service';

const tags = ['performance'];
const changes = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Performance appraisal: the government's years, each SKP with its feedback and appraisals, a leader's distribution. */
export const performanceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const now = () => deps.clock.now();

  app.get(
    '/performance/cycles',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'The government’s appraisal years, newest first; the agency sees how many SKP each has by state.',
        response: { 200: PerformanceCycleList, 404: Problem },
      },
    },
    (request) => cycles.listCycles(deps.db, requireActor(request.actor)),
  );

  app.post(
    '/performance/cycles',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description:
          'Opens an appraisal year in planning, with the government’s check-in frequency unless another is given.',
        body: CycleBody,
        response: { 201: PerformanceCycle, ...changes },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return cycles.createCycle(deps.db, requireActor(request.actor), request.body);
    },
  );

  app.post(
    '/performance/cycles/:id/transition',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'Moves an appraisal year on: planning → running → appraisal → closed.',
        params: IdParam,
        body: CycleTransitionBody,
        response: { 200: PerformanceCycle, ...changes },
      },
    },
    (request) =>
      cycles.transitionCycle(deps.db, requireActor(request.actor), request.params.id, request.body.to, now()),
  );

  app.get(
    '/performance/cycles/:id/skp',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description: 'The year’s SKP in the reader’s reach, by name, with their state and annual predikat.',
        params: IdParam,
        querystring: SkpListQuery.omit({ cycleId: true }),
        response: { 200: SkpList, 404: Problem },
      },
    },
    (request) =>
      lists.listSkps(deps.db, requireActor(request.actor), {
        ...request.query,
        cycleId: request.params.id,
      }),
  );

  app.post(
    '/performance/cycles/:id/skp',
    {
      config: { permission: 'performance.plan' },
      schema: {
        tags,
        description:
          'Opens an SKP of the year: the reader’s own, with their direct supervisor as appraiser; the agency may open ' +
          'one for an employee and name the appraiser.',
        params: IdParam,
        body: SkpCreateBody,
        response: { 201: SkpDetail, ...changes },
      },
    },
    async (request, reply) => {
      const created = await skp.createSkp(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        now(),
      );
      reply.code(201);
      return created;
    },
  );

  app.get(
    '/performance/me',
    {
      config: { permission: 'performance.plan' },
      schema: {
        tags,
        description:
          'The reader’s own SKP, the years they may still open one in, the SKP they appraise, and their history.',
        response: { 200: MyPerformance, 404: Problem },
      },
    },
    (request) => lists.myPerformance(deps.db, requireActor(request.actor)),
  );

  app.get(
    '/performance/distribution',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'A year’s annual predikat in the reader’s reach: in all, per OPD, and per appraiser with how far their ' +
          'ratings stand from their peers’.',
        querystring: DistributionQuery,
        response: { 200: PredikatDistribution, 404: Problem },
      },
    },
    (request) => cycles.distribution(deps.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/performance/skp/:id',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'An SKP with its items, each check-in period’s feedback and appraisal, the annual appraisal, and what the reader may do.',
        params: IdParam,
        response: { 200: SkpDetail, 404: Problem },
      },
    },
    (request) => skp.skpDetail(deps.db, requireActor(request.actor), request.params.id, now()),
  );

  app.put(
    '/performance/skp/:id/results',
    {
      config: { permission: 'performance.plan' },
      schema: {
        tags,
        description:
          'The employee sets their SKP’s work results, with indicator and target, while it is a draft.',
        params: IdParam,
        body: SkpResultsBody,
        response: { 200: SkpDetail, ...changes },
      },
    },
    (request) => skp.setResults(deps.db, requireActor(request.actor), request.params.id, request.body, now()),
  );

  app.put(
    '/performance/skp/:id/expectations',
    {
      config: { permission: 'performance.appraise' },
      schema: {
        tags,
        description: 'The appraiser sets the behaviour expectations of an SKP not yet agreed.',
        params: IdParam,
        body: SkpExpectationsBody,
        response: { 200: SkpDetail, ...changes },
      },
    },
    (request) =>
      skp.setExpectations(deps.db, requireActor(request.actor), request.params.id, request.body, now()),
  );

  app.post(
    '/performance/skp/:id/propose',
    {
      config: { permission: 'performance.plan' },
      schema: {
        tags,
        description: 'The employee proposes their drafted SKP to their appraiser.',
        params: IdParam,
        response: { 200: SkpDetail, ...changes },
      },
    },
    (request) => skp.propose(deps.db, requireActor(request.actor), request.params.id, now()),
  );

  app.post(
    '/performance/skp/:id/agree',
    {
      config: { permission: 'performance.appraise' },
      schema: {
        tags,
        description: 'The appraiser agrees a proposed SKP; its items are fixed from then on.',
        params: IdParam,
        response: { 200: SkpDetail, ...changes },
      },
    },
    (request) => skp.agree(deps.db, requireActor(request.actor), request.params.id, now()),
  );

  app.post(
    '/performance/skp/:id/return',
    {
      config: { permission: 'performance.appraise' },
      schema: {
        tags,
        description:
          'The appraiser sends a proposed SKP back to its employee, saying why (kept as feedback).',
        params: IdParam,
        body: SkpReturnBody,
        response: { 200: SkpDetail, ...changes },
      },
    },
    (request) =>
      skp.returnSkp(deps.db, requireActor(request.actor), request.params.id, request.body.reason, now()),
  );

  app.put(
    '/performance/skp/:id/appraiser',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'The agency names another appraiser for an SKP of a year not closed.',
        params: IdParam,
        body: SkpAppraiserBody,
        response: { 200: SkpDetail, ...changes },
      },
    },
    (request) =>
      skp.changeAppraiser(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body.appraiserEmployeeId,
        now(),
      ),
  );

  app.post(
    '/performance/skp/:id/feedback',
    {
      config: { permission: 'performance.plan' },
      schema: {
        tags,
        description: 'Feedback in a check-in period of an agreed SKP, by its employee or its appraiser.',
        params: IdParam,
        body: FeedbackBody,
        response: { 200: SkpDetail, ...changes },
      },
    },
    (request) =>
      skp.giveFeedback(deps.db, requireActor(request.actor), request.params.id, request.body, now()),
  );

  app.put(
    '/performance/skp/:id/appraisals',
    {
      config: { permission: 'performance.appraise' },
      schema: {
        tags,
        description:
          'The appraiser rates hasil kerja and perilaku kerja of a check-in period, or of the year (period 0) once the year is in its appraisal; the predikat follows from the matrix of PermenPANRB 6/2022.',
        params: IdParam,
        body: AppraisalBody,
        response: { 200: SkpDetail, ...changes },
      },
    },
    (request) => skp.appraise(deps.db, requireActor(request.actor), request.params.id, request.body, now()),
  );
};
