import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import {
  HideTextBody,
  IkmOverview,
  ResultsQuery,
  VisibleResults,
  WaveResults,
} from '@jenjang/domain/surveys/survey-results.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../../http/types';
import { XLSX_TYPE } from '../../../http/xlsx';
import { translate } from '../../../i18n/translate';
import * as results from './result.service';
import { resultsCsv, resultsXlsx, resultTables } from './result-export';
import * as overview from './result-overview.service';

const tags = ['survey results'];

export const resultRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/surveys/ikm',
    {
      config: { permission: 'survey.results' },
      schema: {
        tags,
        description:
          'IKM per service unit and period: every published SKM wave the reader may see (whole, or its ' +
          'unit’s slice of a closed wave), hidden below k responses.',
        response: { 200: IkmOverview },
      },
    },
    (request) => overview.getIkmOverview(deps.db, requireActor(request.actor)),
  );

  app.get(
    '/survey-results',
    {
      config: { permission: 'survey.results' },
      schema: {
        tags,
        description:
          'The newest waves whose results the reader may see (at least k answers in what it reads), ' +
          'with their count and IKM: for home pages.',
        response: { 200: VisibleResults },
      },
    },
    (request) => overview.listVisibleResults(deps.db, requireActor(request.actor)),
  );

  app.get(
    '/survey-waves/:id/results',
    {
      config: { permission: 'survey.results' },
      schema: {
        tags,
        description: 'Results of a wave; every group smaller than the survey’s minimum is hidden.',
        params: IdParam,
        querystring: ResultsQuery,
        response: { 200: WaveResults, 404: Problem },
      },
    },
    (request) =>
      results.getWaveResults(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.query.breakdown,
        deps.clock.now(),
      ),
  );

  for (const format of ['xlsx', 'csv'] as const) {
    app.get(
      `/survey-waves/:id/results.${format}`,
      {
        config: { permission: 'survey.results' },
        schema: {
          tags,
          description: `The results as ${format.toUpperCase()} (same figures, same hiding rule).`,
          params: IdParam,
          querystring: ResultsQuery,
        },
      },
      async (request, reply) => {
        const locale = request.query.lang ?? request.locale;
        const data = await results.getWaveResults(
          deps.db,
          requireActor(request.actor),
          request.params.id,
          undefined,
          deps.clock.now(),
          results.TEXTS_EXPORTED,
        );
        const tables = resultTables(data.definition, data.report, locale, data.reach);
        const name = `${translate(locale, 'survey.export.fileName', { survey: data.survey.id, wave: data.wave.number })}.${format}`;
        reply.header('content-disposition', `attachment; filename="${name}"`);
        if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(resultsCsv(tables));
        return reply.type(XLSX_TYPE).send(await resultsXlsx(tables, locale));
      },
    );
  }

  app.post(
    '/survey-waves/:id/texts',
    {
      config: { permission: 'survey.manage' },
      schema: {
        tags,
        description: 'Hide an abusive text answer from results and exports, or show it again.',
        params: IdParam,
        body: HideTextBody,
        response: { 204: z.null(), 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await results.setTextHidden(deps.db, requireActor(request.actor), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
};
