import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import {
  DecideBody,
  EligibilityList,
  EligibilityQuery,
  MyPromotion,
  PromotionPeriods,
  PromotionRulesBody,
  PromotionRulesEffect,
  PromotionRulesEffectQuery,
  PromotionView,
  ProposeBody,
  SanctionBody,
  SanctionEndBody,
  SanctionList,
  SanctionQuery,
  SanctionView,
  VersionPromotionRules,
} from '@jenjang/domain/talent/promotion-api.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import { XLSX_TYPE } from '../../http/xlsx';
import * as eligibility from './eligibility.service';
import { promotionWorkbook } from './promotion-export';
import * as rules from './promotion-rules.service';
import * as proposals from './proposal.service';

const tags = ['promotion'];
const Id = z.coerce.number().int().positive();
const VersionParams = z.object({ id: Id, versionId: Id });
const changes = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Kenaikan pangkat: the rules a policy states, a period's eligibility list, proposals and decrees, sanctions. */
export const promotionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const now = () => deps.clock.now();

  app.get(
    '/policies/:id/versions/:versionId/promotion-rules',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'The promotion rules a version states, or keeps from the version it was drafted from, for those ' +
          'who may read the version.',
        params: VersionParams,
        response: { 200: VersionPromotionRules, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      rules.versionRules(deps.db, requireActor(request.actor), request.params.id, request.params.versionId),
  );

  app.put(
    '/policies/:id/versions/:versionId/promotion-rules',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Sets a draft version’s promotion rules (409 once it is adopted or discarded).',
        params: VersionParams,
        body: PromotionRulesBody,
        response: { 200: VersionPromotionRules, ...changes },
      },
    },
    (request) =>
      rules.setVersionRules(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
        request.body.rules,
      ),
  );

  app.delete(
    '/policies/:id/versions/:versionId/promotion-rules',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Takes a draft version’s own promotion rules back: it keeps those of the version it was drafted from.',
        params: VersionParams,
        response: { 200: VersionPromotionRules, ...changes },
      },
    },
    (request) =>
      rules.setVersionRules(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
        null,
      ),
  );

  app.get(
    '/policies/:id/versions/:versionId/promotion-rules/effect',
    {
      config: { permission: 'policy.review' },
      schema: {
        tags,
        description:
          'What the version’s promotion rules change for one period (by default the next under them) against ' +
          'those of the version it was drafted from: eligible counts, failures per rule, and, for the agency, ' +
          'who gains and who loses eligibility. Shown before adoption.',
        params: VersionParams,
        querystring: PromotionRulesEffectQuery,
        response: { 200: PromotionRulesEffect, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      rules.rulesEffect(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.versionId,
        request.query.period,
        now(),
      ),
  );

  app.get(
    '/promotion/periods',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'The last two and the next four promotion periods under the rules in force today.',
        response: { 200: PromotionPeriods, 403: Problem },
      },
    },
    (request) => eligibility.upcomingPeriods(deps.db, requireActor(request.actor), now()),
  );

  app.get(
    '/promotion/eligibility',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description:
          'A period’s eligibility list under the rules in force on its date: every active PNS with the outcome ' +
          'of each rule, the counts failing each, and the proposals of the period.',
        querystring: EligibilityQuery,
        response: { 200: EligibilityList, 400: Problem, 403: Problem },
      },
    },
    (request) => eligibility.eligibilityList(deps.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/promotion/me',
    {
      config: { permission: 'performance.read' },
      schema: {
        tags,
        description:
          'The employee’s own next promotion period, with why they are or are not eligible, and their promotions.',
        response: { 200: MyPromotion, 404: Problem },
      },
    },
    (request) => eligibility.myPromotion(deps.db, requireActor(request.actor), now()),
  );

  app.post(
    '/promotion/proposals',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description:
          'Proposes an eligible PNS for a period: one step up, within the education’s ceiling, once per period.',
        body: ProposeBody,
        response: { 201: PromotionView, ...changes },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return proposals.propose(deps.db, requireActor(request.actor), request.body, now());
    },
  );

  app.post(
    '/promotion/proposals/:id/decision',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description:
          'Approves a proposal with its decree (number, date, TMT = the period), which sets the employee’s ' +
          'golongan and TMT golongan, or rejects it with a reason.',
        params: IdParam,
        body: DecideBody,
        response: { 200: PromotionView, ...changes },
      },
    },
    (request) =>
      proposals.decide(deps.db, requireActor(request.actor), request.params.id, request.body, now()),
  );

  app.get(
    '/promotion/export',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description:
          'A period’s approved promotions as an Excel workbook: NIP, type (101 reguler), golongan from and to, ' +
          'decree number and date, TMT.',
        querystring: z.object({ period: EligibilityQuery.shape.period }),
      },
    },
    async (request, reply) => {
      const file = await promotionWorkbook(deps.db, requireActor(request.actor), request.query.period);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.stream);
    },
  );

  app.get(
    '/promotion/sanctions',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'Disciplinary sanctions (of one employee, or all), latest first.',
        querystring: SanctionQuery,
        response: { 200: SanctionList, 403: Problem },
      },
    },
    (request) => proposals.listSanctions(deps.db, requireActor(request.actor), request.query.employeeId),
  );

  app.post(
    '/promotion/sanctions',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'Records a disciplinary sanction (PP 94/2021); while it runs it bars a promotion.',
        body: SanctionBody,
        response: { 201: SanctionView, ...changes },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return proposals.recordSanction(deps.db, requireActor(request.actor), request.body);
    },
  );

  app.post(
    '/promotion/sanctions/:id/end',
    {
      config: { permission: 'performance.manage' },
      schema: {
        tags,
        description: 'Sets the day a sanction ends.',
        params: IdParam,
        body: SanctionEndBody,
        response: { 200: SanctionView, ...changes },
      },
    },
    (request) =>
      proposals.endSanction(deps.db, requireActor(request.actor), request.params.id, request.body.endsOn),
  );
};
