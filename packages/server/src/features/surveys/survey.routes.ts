import { IdParam, Problem } from '@jenjang/domain/contracts/common.contract';
import {
  Audience,
  AudiencePreview,
  CreateSurveyBody,
  CreateWaveBody,
  ReminderResult,
  SurveyDetail,
  SurveyList,
} from '@jenjang/domain/contracts/survey.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { publicBase } from '../../http/public-url';
import { type AppDeps, requireActor } from '../../http/types';
import * as surveys from './survey.service';

const tags = ['surveys'];

export const surveyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/surveys',
    { config: { permission: 'survey.read' }, schema: { tags, response: { 200: SurveyList } } },
    (request) => surveys.listSurveys(deps.db, requireActor(request.actor)),
  );

  app.post(
    '/surveys',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, body: CreateSurveyBody, response: { 201: SurveyDetail, 400: Problem } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await surveys.createSurvey(deps.db, requireActor(request.actor), request.body, deps.config)),
  );

  app.post(
    '/surveys/audience-preview',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, body: Audience, response: { 200: AudiencePreview } },
    },
    (request) => surveys.previewAudience(deps.db, requireActor(request.actor), request.body),
  );

  app.get(
    '/surveys/:id',
    {
      config: { permission: 'survey.read' },
      schema: { tags, params: IdParam, response: { 200: SurveyDetail, 404: Problem } },
    },
    (request) => surveys.getSurvey(deps.db, requireActor(request.actor), request.params.id),
  );

  app.get(
    '/surveys/:id/qr.svg',
    {
      config: { permission: 'survey.read' },
      schema: {
        tags,
        description:
          'QR code (SVG) of a public survey’s answering page, for the poster at the service counter.',
        params: IdParam,
      },
    },
    async (request, reply) => {
      const survey = await surveys.getSurvey(deps.db, requireActor(request.actor), request.params.id);
      if (!survey.publicPath) return reply.callNotFound();
      const svg = await QRCode.toString(`${publicBase(deps.config, request)}${survey.publicPath}`, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      return reply.type('image/svg+xml').header('cache-control', 'private, max-age=300').send(svg);
    },
  );

  app.post(
    '/surveys/:id/waves',
    {
      config: { permission: 'survey.manage' },
      schema: {
        tags,
        params: IdParam,
        body: CreateWaveBody,
        response: { 201: SurveyDetail, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await surveys.createWave(deps.db, requireActor(request.actor), request.params.id, request.body),
        ),
  );

  for (const [action, run] of [
    ['open', surveys.openWave],
    ['close', surveys.closeWave],
  ] as const) {
    app.post(
      `/survey-waves/:id/${action}`,
      {
        config: { permission: 'survey.manage' },
        schema: { tags, params: IdParam, response: { 200: SurveyDetail, 404: Problem, 409: Problem } },
      },
      (request) => run(deps.db, requireActor(request.actor), request.params.id),
    );
  }

  app.post(
    '/survey-waves/:id/remind',
    {
      config: { permission: 'survey.manage' },
      schema: {
        tags,
        description: 'Notify invitees who have not answered yet (in the app; by e-mail when SMTP is set up).',
        params: IdParam,
        response: { 200: ReminderResult, 404: Problem, 409: Problem },
      },
    },
    (request) => surveys.remindWave(deps.db, requireActor(request.actor), request.params.id, deps.mailer),
  );
};
