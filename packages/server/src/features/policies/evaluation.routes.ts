import {
  AddFindingBody,
  EvaluationDetail,
  EvaluationList,
  RecommendBody,
} from '@jenjang/domain/policies/evaluation.contract';
import { DocumentQuery } from '@jenjang/domain/policies/publication.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendPdf } from '../../http/pdf';
import { type AppDeps, requireActor } from '../../http/types';
import { XLSX_TYPE } from '../../http/xlsx';
import { translate } from '../../i18n/translate';
import * as evaluations from './evaluation.service';
import { evaluationXlsx } from './evaluation-export';

// A policy's evaluations: the list and the next due day, one evaluation's report, findings and
// recommendation, and the report as a workbook. The decision is a lifecycle step (transitions).

const tags = ['policies'];
const Id = z.coerce.number().int().positive();
const EvaluationParams = z.object({ id: Id, evaluationId: Id });
const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const evaluationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const ids = (params: z.infer<typeof EvaluationParams>) => ({
    policyId: params.id,
    evaluationId: params.evaluationId,
  });

  app.get(
    '/policies/:id/evaluations',
    {
      config: { permission: 'policy.review' },
      schema: {
        tags,
        description:
          'The policy’s evaluations, newest first, its interval and the day the next one falls due.',
        params: IdParam,
        response: { 200: EvaluationList, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      evaluations.listEvaluations(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
  );

  app.get(
    '/policies/:id/evaluations/:evaluationId',
    {
      config: { permission: 'policy.review' },
      schema: {
        tags,
        description:
          'One evaluation: the report compiled from the government’s own data (as decided, once decided), ' +
          'the findings and what they changed, the recommendation and the decision.',
        params: EvaluationParams,
        response: { 200: EvaluationDetail, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      evaluations.getEvaluation(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        ids(request.params),
        request.locale,
        deps.clock.now(),
      ),
  );

  app.post(
    '/policies/:id/evaluations/:evaluationId/findings',
    {
      config: { permission: 'policy.review' },
      schema: {
        tags,
        description: 'Record a finding of the evaluation under way (admins, leaders, auditors); audited.',
        params: EvaluationParams,
        body: AddFindingBody,
        response: { 200: EvaluationDetail, ...errors },
      },
    },
    (request) =>
      evaluations.addFinding(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        ids(request.params),
        request.body,
        request.locale,
        deps.clock.now(),
      ),
  );

  app.put(
    '/policies/:id/evaluations/:evaluationId/recommendation',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Recommend keeping, adjusting or revising the policy, with the reason, before a leader decides; audited.',
        params: EvaluationParams,
        body: RecommendBody,
        response: { 200: EvaluationDetail, ...errors },
      },
    },
    (request) =>
      evaluations.recommend(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        ids(request.params),
        request.body,
        request.locale,
        deps.clock.now(),
      ),
  );

  app.get(
    '/policies/:id/evaluations/:evaluationId/report.xlsx',
    {
      config: { permission: 'policy.review' },
      schema: {
        tags,
        description: 'The evaluation as a workbook: summary, indicators, surveys, consultation.',
        params: EvaluationParams,
      },
    },
    async (request, reply) => {
      const detail = await evaluations.getEvaluation(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        ids(request.params),
        request.locale,
        deps.clock.now(),
      );
      const name = translate(request.locale, 'policy.evaluationExport.fileName', {
        policy: request.params.id,
        evaluation: request.params.evaluationId,
      });
      reply.header('content-disposition', `attachment; filename="${name}.xlsx"`);
      return reply.type(XLSX_TYPE).send(await evaluationXlsx(detail, request.locale));
    },
  );

  app.get(
    '/policies/:id/evaluations/:evaluationId/report.pdf',
    {
      config: { permission: 'policy.review' },
      schema: {
        tags,
        description:
          'The evaluation as a PDF: indicators with their trend against baseline and target, the surveys’ ' +
          'waves, the consultation input, findings, recommendation and decision. `?lang=id|en` or the ' +
          'request’s language.',
        params: EvaluationParams,
        querystring: DocumentQuery,
        response: { 403: Problem, 404: Problem },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await evaluations.getEvaluationPdf(
          deps.db,
          deps.indicatorSources,
          requireActor(request.actor),
          ids(request.params),
          request.query.lang ?? request.locale,
          deps.clock.now(),
        ),
      ),
  );
};
