import {
  CreatePlanBody,
  GeneratePlanBody,
  Plan,
  PlanExportQuery,
  PlanItemBody,
  PlanItemParams,
  PlanList,
  PlanListQuery,
  PlanTransitionBody,
  UpdatePlanBody,
} from '@jenjang/domain/competency/development-plan.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import { XLSX_TYPE } from '../../http/xlsx';
import * as plans from './development-plan.service';
import { planWorkbook } from './development-plan-export';

// The annual Rencana Pengembangan Kompetensi: OPD parts and the government's plan, their items, the
// generated proposal, the moves (propose, return, consolidate, approve) and the workbook to submit.

const tags = ['competencies'];
const read = { permission: 'aggregate.read' } as const;
const plan = { permission: 'development.plan' } as const;
const changed = { 200: Plan, 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const developmentPlanRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/development-plans',
    { config: read, schema: { tags, querystring: PlanListQuery, response: { 200: PlanList } } },
    (request) => plans.listPlans(deps.db, requireActor(request.actor), request.query, request.locale),
  );

  app.post(
    '/development-plans',
    {
      config: plan,
      schema: {
        tags,
        description:
          'Starts an OPD’s plan (unitId) or the government’s plan (unitId null) for a year, as a draft.',
        body: CreatePlanBody,
        response: { ...changed, 201: Plan },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await plans.createPlan(deps.db, requireActor(request.actor), request.body, request.locale)),
  );

  app.get(
    '/development-plans/:id',
    { config: read, schema: { tags, params: IdParam, response: { 200: Plan, 404: Problem } } },
    (request) => plans.getPlan(deps.db, requireActor(request.actor), request.params.id, request.locale),
  );

  app.patch(
    '/development-plans/:id',
    {
      config: plan,
      schema: {
        tags,
        description: 'Changes a draft’s budget, note or policy.',
        params: IdParam,
        body: UpdatePlanBody,
        response: changed,
      },
    },
    (request) =>
      plans.updatePlan(deps.db, requireActor(request.actor), request.params.id, request.body, request.locale),
  );

  app.post(
    '/development-plans/:id/generate',
    {
      config: plan,
      schema: {
        tags,
        description:
          'Replaces the draft’s generated items with a proposal from its scope’s gaps, a needs survey’s stated needs and talent beyond the standard; items added by hand stay.',
        params: IdParam,
        body: GeneratePlanBody,
        response: changed,
      },
    },
    (request) =>
      plans.generatePlan(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.post(
    '/development-plans/:id/items',
    { config: plan, schema: { tags, params: IdParam, body: PlanItemBody, response: changed } },
    (request) =>
      plans.addItem(deps.db, requireActor(request.actor), request.params.id, request.body, request.locale),
  );

  app.put(
    '/development-plans/:id/items/:itemId',
    { config: plan, schema: { tags, params: PlanItemParams, body: PlanItemBody, response: changed } },
    (request) =>
      plans.updateItem(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.itemId,
        request.body,
        request.locale,
      ),
  );

  app.delete(
    '/development-plans/:id/items/:itemId',
    { config: plan, schema: { tags, params: PlanItemParams, response: changed } },
    (request) =>
      plans.removeItem(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.itemId,
        request.locale,
      ),
  );

  // Each move is the service's to authorise: an OPD proposes, the government's admins return and
  // consolidate, a leader approves.
  app.post(
    '/development-plans/:id/transitions',
    {
      config: read,
      schema: { tags, params: IdParam, body: PlanTransitionBody, response: changed },
    },
    (request) =>
      plans.transitionPlan(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.get(
    '/development-plans/:id/export.xlsx',
    {
      config: read,
      // No response schema: the body is a workbook.
      schema: {
        tags,
        description: 'The plan as a workbook an agency can submit.',
        params: IdParam,
        querystring: PlanExportQuery,
      },
    },
    async (request, reply) => {
      const file = await planWorkbook(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.query.lang ?? request.locale,
      );
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.buffer);
    },
  );
};
