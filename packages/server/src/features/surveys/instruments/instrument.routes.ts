import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import {
  CreateInstrumentBody,
  InstrumentDetail,
  InstrumentList,
  SurveyTemplateList,
  UpdateInstrumentBody,
} from '@jenjang/domain/surveys/survey.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../../http/types';
import * as instruments from './instrument.service';

const tags = ['surveys'];

export const instrumentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/survey-templates',
    { config: { permission: 'survey.read' }, schema: { tags, response: { 200: SurveyTemplateList } } },
    async () => instruments.listTemplates(),
  );

  app.get(
    '/instruments',
    { config: { permission: 'survey.read' }, schema: { tags, response: { 200: InstrumentList } } },
    (request) => instruments.listInstruments(deps.db, requireActor(request.actor)),
  );

  app.post(
    '/instruments',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, body: CreateInstrumentBody, response: { 201: InstrumentDetail, 400: Problem } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await instruments.createInstrument(deps.db, requireActor(request.actor), request.body)),
  );

  app.get(
    '/instruments/:id',
    {
      config: { permission: 'survey.read' },
      schema: { tags, params: IdParam, response: { 200: InstrumentDetail, 404: Problem } },
    },
    (request) => instruments.getInstrument(deps.db, requireActor(request.actor), request.params.id),
  );

  app.put(
    '/instruments/:id',
    {
      config: { permission: 'survey.manage' },
      schema: {
        tags,
        params: IdParam,
        body: UpdateInstrumentBody,
        response: { 200: InstrumentDetail, 404: Problem },
      },
    },
    (request) =>
      instruments.updateInstrument(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body.definition,
      ),
  );
};
