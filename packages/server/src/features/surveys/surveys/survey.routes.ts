import type { Actor } from '@jenjang/domain/shared/access';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import {
  Audience,
  AudiencePreview,
  CreateSurveyBody,
  CreateWaveBody,
  NonRespondentList,
  NonRespondentQuery,
  RemindBody,
  ReminderResult,
  SurveyDetail,
  SurveyList,
  SurveyListQuery,
} from '@jenjang/domain/surveys/survey.contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import type { Config } from '../../../config';
import type { Db } from '../../../db/database';
import { publicBase } from '../../../http/public-url';
import { type AppDeps, requireActor } from '../../../http/types';
import { XLSX_TYPE } from '../../../http/xlsx';
import * as invitations from '../invitations/invitation.service';
import * as surveys from './survey.service';

const tags = ['surveys'];

type Detail = Awaited<ReturnType<typeof surveys.getSurvey>>;

/**
 * The answering page's absolute address, for the link, the QR code and the printed poster: on
 * PUBLIC_URL when configured, else on the address this request came to (the page then asks the
 * admin to have PUBLIC_URL set: a poster printed from 127.0.0.1 leads citizens nowhere).
 */
function withPublicUrl(detail: Detail, config: Pick<Config, 'publicUrl'>, request: FastifyRequest): Detail {
  return {
    ...detail,
    publicUrl: detail.publicPath ? `${publicBase(config, request)}${detail.publicPath}` : null,
    publicUrlConfigured: config.publicUrl !== null,
  };
}

export const surveyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/surveys',
    {
      config: { permission: 'survey.read' },
      schema: { tags, querystring: SurveyListQuery, response: { 200: SurveyList } },
    },
    (request) => surveys.listSurveys(deps.db, requireActor(request.actor), request.query, deps.clock.now()),
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
        .send(
          withPublicUrl(
            await surveys.createSurvey(
              deps.db,
              deps.audienceSources,
              requireActor(request.actor),
              request.body,
              deps.config,
              deps.clock.now(),
            ),
            deps.config,
            request,
          ),
        ),
  );

  app.post(
    '/surveys/audience-preview',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, body: Audience, response: { 200: AudiencePreview } },
    },
    (request) =>
      surveys.previewAudience(deps.db, deps.audienceSources, requireActor(request.actor), request.body),
  );

  app.get(
    '/surveys/:id',
    {
      config: { permission: 'survey.read' },
      schema: { tags, params: IdParam, response: { 200: SurveyDetail, 404: Problem } },
    },
    async (request) =>
      withPublicUrl(
        await surveys.getSurvey(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
        deps.config,
        request,
      ),
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
      const survey = withPublicUrl(
        await surveys.getSurvey(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
        deps.config,
        request,
      );
      if (!survey.publicUrl) return reply.callNotFound();
      // The same address the page prints under the code.
      const svg = await QRCode.toString(survey.publicUrl, {
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
          withPublicUrl(
            await surveys.createWave(
              deps.db,
              deps.schedules,
              requireActor(request.actor),
              request.params.id,
              request.body,
              deps.clock.now(),
            ),
            deps.config,
            request,
          ),
        ),
  );

  for (const [path, run, description] of [
    [
      '/survey-waves/:id/open',
      (db: Db, actor: Actor, id: number, now: Date) =>
        surveys.openWave(db, deps.audienceSources, actor, id, now),
      'Publish a draft wave (invitees hear of it when its window opens).',
    ],
    ['/survey-waves/:id/close', surveys.closeWave, 'End a wave now.'],
    [
      '/surveys/:id/archive',
      surveys.archiveSurvey,
      'Archive a survey whose waves are all over: out of the default list, results kept.',
    ],
    ['/surveys/:id/restore', surveys.restoreSurvey, 'Bring an archived survey back into use.'],
  ] as const) {
    app.post(
      path,
      {
        config: { permission: 'survey.manage' },
        schema: {
          tags,
          description,
          params: IdParam,
          response: { 200: SurveyDetail, 403: Problem, 404: Problem, 409: Problem },
        },
      },
      async (request) =>
        withPublicUrl(
          await run(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
          deps.config,
          request,
        ),
    );
  }

  app.get(
    '/survey-waves/:id/non-respondents',
    {
      config: { permission: 'survey.manage' },
      schema: {
        tags,
        description:
          'Invitees of an identified wave who have not answered, within the reader’s reach (a scoped admin: ' +
          'those working in its subtree), with their last reminder.',
        params: IdParam,
        querystring: NonRespondentQuery,
        response: { 200: NonRespondentList, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      invitations.listNonRespondents(deps.db, requireActor(request.actor), request.params.id, request.query),
  );

  app.get(
    '/survey-waves/:id/non-respondents.xlsx',
    {
      config: { permission: 'survey.manage' },
      schema: {
        tags,
        description: 'The same list (all pages, same filters) as XLSX.',
        params: IdParam,
        querystring: NonRespondentQuery,
      },
    },
    async (request, reply) => {
      const { q, unitId, lang } = request.query;
      const file = await invitations.exportNonRespondents(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        { q, unitId },
        lang ?? request.locale,
      );
      reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
      return reply.type(XLSX_TYPE).send(file.body);
    },
  );

  app.post(
    '/survey-waves/:id/remind',
    {
      config: { permission: 'survey.manage' },
      schema: {
        tags,
        description:
          'Notify invitees who have not answered yet (in the app; by e-mail when SMTP is set up): the ' +
          'employees listed (identified waves; each must be pending and within reach), or all pending.',
        params: IdParam,
        body: RemindBody.nullish(),
        response: { 200: ReminderResult, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      invitations.remindWave(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        deps.mailer,
        request.body?.employeeIds,
        deps.clock.now(),
      ),
  );
};
