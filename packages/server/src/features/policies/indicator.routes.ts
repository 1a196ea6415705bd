import {
  CreateIndicatorBody,
  IndicatorList,
  IndicatorView,
} from '@jenjang/domain/policies/indicator.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as indicators from './indicator.service';

// A policy's indicators: their values computed by their sources, and their definitions.

const tags = ['policies'];
const Id = z.coerce.number().int().positive();
const IndicatorParams = z.object({ id: Id, indicatorId: Id });
const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const indicatorRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/policies/:id/indicators',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'The policy’s indicators, each computed by its source from the government’s own data (wave by wave, ' +
          'under the k rule), with the days its versions took effect.',
        params: IdParam,
        response: { 200: IndicatorList, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      indicators.listIndicators(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        request.params.id,
        request.locale,
      ),
  );

  app.post(
    '/policies/:id/indicators',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'A new indicator: its source and parameters, direction, baseline and target; audited.',
        params: IdParam,
        body: CreateIndicatorBody,
        response: { 200: IndicatorView, ...errors },
      },
    },
    (request) =>
      indicators.addIndicator(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.locale,
      ),
  );

  app.delete(
    '/policies/:id/indicators/:indicatorId',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Remove an indicator of the policy; audited.',
        params: IndicatorParams,
        response: { 204: z.null(), 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      await indicators.removeIndicator(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.indicatorId,
      );
      return reply.status(204).send(null);
    },
  );
};
