import { randomBytes } from 'node:crypto';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import {
  Ballot,
  CodeParam,
  MySurveyList,
  SubmitAnonymousBody,
  SubmitPublicBody,
  SubmitResponseBody,
  Submitted,
  WaveForm,
} from '@jenjang/domain/surveys/survey.contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { secureCookie } from '../../../http/cookies';
import { ProblemError } from '../../../http/problem';
import { RateLimiter } from '../../../http/rate-limit';
import { type AppDeps, requireActor } from '../../../http/types';
import { answerSource } from './answer-source';
import * as responses from './response.service';

const tags = ['survey answering'];
/** Routes without a session: listed apart in the API docs, as they are in route-access.test.ts. */
const publicTags = ['public (no session)'];
const DEVICE_COOKIE = 'jenjang_device';
const DEVICE_DAYS = 365;

/**
 * Answering surveys. Signed-in employees answer identified waves directly and anonymous waves with
 * a ballot; the anonymous answer itself and public answers arrive without any session.
 */
export const responseRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/my/surveys',
    { config: { permission: 'survey.respond' }, schema: { tags, response: { 200: MySurveyList } } },
    (request) => responses.listMySurveys(deps.db, requireActor(request.actor), deps.clock.now()),
  );

  app.get(
    '/survey-waves/:id/form',
    {
      // Opening an anonymous form says when its answer may follow: no request line, no address.
      logLevel: 'warn',
      config: { permission: 'survey.respond', logClient: false },
      schema: { tags, params: IdParam, response: { 200: WaveForm, 404: Problem } },
    },
    (request) =>
      responses.getWaveForm(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
  );

  app.post(
    '/survey-waves/:id/responses',
    {
      config: { permission: 'survey.respond' },
      schema: {
        tags,
        description: 'Answer an identified wave (stored with the employee).',
        params: IdParam,
        body: SubmitResponseBody,
        response: { 201: Submitted, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await responses.submitIdentified(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            request.body.answers,
            request.locale,
            deps.clock.now(),
          ),
        ),
  );

  app.post(
    '/survey-waves/:id/ballot',
    {
      // No request log line: its time and address must not sit next to the answer's.
      logLevel: 'warn',
      config: { permission: 'survey.respond', logClient: false },
      schema: {
        tags,
        description:
          'Anonymous waves, step 1: checks the invitation, marks it, and returns a single-use token. ' +
          'Nothing stored links the token to the employee.',
        params: IdParam,
        response: { 201: Ballot, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await responses.issueBallot(
            deps.db,
            requireActor(request.actor),
            request.params.id,
            deps.clock.now(),
          ),
        ),
  );

  app.post(
    '/anonymous-responses',
    {
      // Nothing at all, not even an error: a database error names the row it failed on.
      logLevel: 'silent',
      config: { permission: 'public', ignoreSession: true },
      schema: {
        tags: publicTags,
        security: [],
        description: 'Anonymous waves, step 2: the answers with the token; any session cookie is ignored.',
        body: SubmitAnonymousBody,
        response: { 201: Submitted, 400: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await responses.submitAnonymous(
            deps.db,
            request.body.token,
            request.body.answers,
            request.locale,
            deps.clock.now(),
          ),
        ),
  );

  const limiter = new RateLimiter(deps.config.publicSubmitsPerMinute);

  app.get(
    '/public/surveys/:code',
    {
      config: { permission: 'public', ignoreSession: true },
      schema: {
        tags: publicTags,
        params: CodeParam,
        security: [],
        response: { 200: WaveForm, 404: Problem },
      },
    },
    async (request, reply) => {
      deviceToken(request, reply);
      return responses.getPublicForm(deps.db, request.params.code, deps.clock.now());
    },
  );

  app.post(
    '/public/surveys/:code/responses',
    {
      logLevel: 'warn',
      config: { permission: 'public', ignoreSession: true },
      schema: {
        tags: publicTags,
        description:
          'A citizen answers a public survey: one response per device and wave, rate-limited per address.',
        params: CodeParam,
        body: SubmitPublicBody,
        security: [],
        response: { 201: Submitted, 400: Problem, 404: Problem, 409: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      if (!limiter.take(request.ip)) throw new ProblemError(429, 'survey.tooManyAnswers');
      const result = await responses.submitPublic(deps.db, request.params.code, {
        deviceToken: deviceToken(request, reply),
        source: answerSource(deps.config.serverSecret, request.ip),
        answers: request.body.answers,
        honeypot: request.body.website,
        locale: request.locale,
      });
      return reply.status(201).send(result);
    },
  );

  /** The device's random id from its cookie, or a new one set on the reply. */
  function deviceToken(request: FastifyRequest, reply: FastifyReply): string {
    const existing = request.cookies[DEVICE_COOKIE];
    if (existing && /^[A-Za-z0-9_-]{20,64}$/.test(existing)) return existing;
    const token = randomBytes(24).toString('base64url');
    reply.setCookie(DEVICE_COOKIE, token, {
      path: '/api/v1/public',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookie(deps.config, request),
      maxAge: DEVICE_DAYS * 24 * 3600,
    });
    return token;
  }
};
