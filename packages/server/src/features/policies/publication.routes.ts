import { PolicyDetail } from '@jenjang/domain/policies/policy.contract';
import {
  DocumentQuery,
  GovernmentParam,
  PublicationBody,
  PublicConsultationBody,
  PublicPolicies,
  PublicVersionParams,
} from '@jenjang/domain/policies/publication.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendPdf } from '../../http/pdf';
import { ProblemError } from '../../http/problem';
import { RateLimiter } from '../../http/rate-limit';
import { type AppDeps, requireActor } from '../../http/types';
import { getVersionPdf } from './policy-pdf.service';
import { setPublication } from './policy-publication.service';
import { publicPolicies, publicVersionPdf, sendPublicInput } from './public-policy.service';

const tags = ['policies'];
/** Routes without a session: listed apart in the API docs, as they are in route-access.test.ts. */
const publicTags = ['public (no session)'];
const Id = z.coerce.number().int().positive();
const VersionParams = z.object({ id: Id, versionId: Id });
/** A PDF takes a moment of the server's CPU: a citizen downloads a few, a script not thousands. */
const PUBLIC_PDFS_PER_MINUTE = 30;
/** A citizen writes a few comments a minute; a script posting hundreds is turned away. */
const PUBLIC_INPUT_PER_MINUTE = 10;
const PolicyParams = GovernmentParam.extend({ id: z.coerce.number().int().positive() });

/** A policy as a PDF, and its publication on the government's transparency page. */
export const publicationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/policies/:id/versions/:versionId/pdf',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'A version as PDF: its dates, consultation windows, full text, change log and evidence; ' +
          'for whoever may read the version (drafts only to reviewers and those consulted).',
        params: VersionParams,
        querystring: DocumentQuery,
        response: { 403: Problem, 404: Problem },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await getVersionPdf(
          deps.db,
          requireActor(request.actor),
          request.params.id,
          request.params.versionId,
          request.query.lang ?? request.locale,
          deps.clock.now(),
        ),
      ),
  );

  app.post(
    '/policies/:id/publication',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Publish the policy on the government’s public transparency page (it needs an adopted version), ' +
          'or withdraw it; audited.',
        params: IdParam,
        body: PublicationBody,
        response: { 200: PolicyDetail, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    (request) =>
      setPublication(deps.db, requireActor(request.actor), request.params.id, request.body, deps.clock.now()),
  );

  app.get(
    '/public/governments/:slug/policies',
    {
      config: { permission: 'public', ignoreSession: true },
      schema: {
        tags: publicTags,
        security: [],
        description:
          'A government’s published policies for citizens: each with its adopted text, dates and consultation windows.',
        params: GovernmentParam,
        response: { 200: PublicPolicies, 404: Problem },
      },
    },
    (request) => publicPolicies(deps.db, request.params.slug, request.locale, deps.clock.now()),
  );

  const inputLimiter = new RateLimiter(PUBLIC_INPUT_PER_MINUTE);

  app.post(
    '/public/governments/:slug/policies/:id/consultation',
    {
      // No request line: its time next to a proxy's log could name the citizen's address.
      logLevel: 'warn',
      config: { permission: 'public', ignoreSession: true },
      schema: {
        tags: publicTags,
        security: [],
        description:
          'A citizen comments on a provision of the draft or proposes in general, without an account, while a round ' +
          'inviting the public takes input on a published policy; stored with no author, address or device, ' +
          'dated by the day; rate-limited per address (counted in memory only).',
        params: PolicyParams,
        body: PublicConsultationBody,
        response: {
          201: z.object({ accepted: z.literal(true) }),
          400: Problem,
          404: Problem,
          409: Problem,
          429: Problem,
        },
      },
    },
    async (request, reply) => {
      if (!inputLimiter.take(request.ip)) throw new ProblemError(429, 'policy.tooManyInputs');
      return reply
        .status(201)
        .send(await sendPublicInput(deps.db, request.params, request.body, deps.clock.now()));
    },
  );

  const limiter = new RateLimiter(PUBLIC_PDFS_PER_MINUTE);

  app.get(
    '/public/governments/:slug/policies/:id/versions/:versionId/pdf',
    {
      config: { permission: 'public', ignoreSession: true },
      schema: {
        tags: publicTags,
        security: [],
        description:
          'An adopted version of a published policy as PDF, for citizens; rate-limited per address.',
        params: PublicVersionParams,
        querystring: DocumentQuery,
        response: { 404: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      if (!limiter.take(request.ip)) throw new ProblemError(429, 'policy.tooManyDownloads');
      return sendPdf(
        reply,
        await publicVersionPdf(
          deps.db,
          request.params,
          request.query.lang ?? request.locale,
          deps.clock.now(),
        ),
      );
    },
  );
};
