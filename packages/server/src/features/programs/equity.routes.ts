import { EquityReport, EquityYearQuery } from '@jenjang/domain/programs/program.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as equity from './equity.service';

// The equity report of one program, and of every program selected in a year.

const tags = ['programs'];

export const equityRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/programs/equity',
    {
      config: { permission: 'program.applications' },
      schema: {
        tags,
        description:
          'Application and selection rates by group over every program selected in a year; under 80% of the best group flagged.',
        querystring: EquityYearQuery,
        response: { 200: EquityReport, 403: Problem },
      },
    },
    (request) =>
      equity.yearEquity(
        deps.db,
        requireActor(request.actor),
        request.query.year,
        deps.clock.now(),
        request.locale,
      ),
  );

  app.get(
    '/programs/:id/equity',
    {
      config: { permission: 'program.applications' },
      schema: {
        tags,
        description:
          'Application and selection rates by group of one program; under 80% of the best group flagged.',
        params: IdParam,
        response: { 200: EquityReport, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      equity.programEquity(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        deps.clock.now(),
        request.locale,
      ),
  );
};
