import {
  AnonymousCommentBody,
  ConsultationBallot,
  ConsultationList,
  CreateCommentBody,
  HideBody,
  RespondBody,
} from '@jenjang/domain/policies/consultation.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as consultation from './consultation.service';

// Consultation rounds on a policy's draft: reading them, taking part, moderating, responding.

const tags = ['policies'];
/** Routes without a session: listed apart in the API docs, as they are in route-access.test.ts. */
const publicTags = ['public (no session)'];
const Id = z.coerce.number().int().positive();
const RoundParams = z.object({ id: Id, roundId: Id });
const CommentParams = z.object({ id: Id, commentId: Id });
const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };
const noContent = { 204: z.null(), ...errors };

export const consultationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/policies/:id/consultations',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'The consultation rounds this reader may see (all to reviewers, those inviting it to others), ' +
          'each with its comments and proposals, supports, responses and where each input was absorbed.',
        params: IdParam,
        response: { 200: ConsultationList, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      consultation.listRounds(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
  );

  app.post(
    '/policies/:id/consultations/:roundId/comments',
    {
      config: { permission: 'policy.participate' },
      schema: {
        tags,
        description:
          'Comment on a provision of the consulted draft (quoting its words) or propose in general, while the ' +
          'round is open and invites the caller; audited.',
        params: RoundParams,
        body: CreateCommentBody,
        response: { 200: z.object({ id: z.number().int() }), ...errors },
      },
    },
    (request) =>
      consultation.addComment(
        deps.db,
        requireActor(request.actor),
        { policyId: request.params.id, roundId: request.params.roundId },
        request.body,
        deps.clock.now(),
      ),
  );

  app.post(
    '/policies/:id/consultations/:roundId/ballot',
    {
      // No request log line: its time and address must not sit next to the input's.
      logLevel: 'warn',
      config: { permission: 'policy.participate', logClient: false },
      schema: {
        tags,
        description:
          'Anonymous input, step 1: checks that the caller is invited staff and that the round allows anonymous ' +
          'input, and returns a single-use token. Nothing stored links the token to the caller; not audited.',
        params: RoundParams,
        response: { 201: ConsultationBallot, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await consultation.issueBallot(
            deps.db,
            deps.config.serverSecret,
            requireActor(request.actor),
            { policyId: request.params.id, roundId: request.params.roundId },
            deps.clock.now(),
          ),
        ),
  );

  app.post(
    '/anonymous-consultation-input',
    {
      // Nothing at all, not even an error: a database error names the row it failed on.
      logLevel: 'silent',
      config: { permission: 'public', ignoreSession: true },
      schema: {
        tags: publicTags,
        security: [],
        description:
          'Anonymous input, step 2: a comment or proposal with the token; any session cookie is ignored. It ' +
          'appears among the round’s input once input of at least k people has arrived.',
        body: AnonymousCommentBody,
        response: { 201: z.object({ accepted: z.literal(true) }), 400: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await consultation.submitAnonymous(deps.db, request.body, deps.clock.now())),
  );

  app.post(
    '/policies/:id/comments/:commentId/support',
    {
      config: { permission: 'policy.participate' },
      schema: {
        tags,
        description: 'Support someone else’s comment or proposal, once, while its round is open.',
        params: CommentParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await consultation.supportComment(
        deps.db,
        requireActor(request.actor),
        { policyId: request.params.id, commentId: request.params.commentId },
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/policies/:id/comments/:commentId/hide',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Hide a comment from participants, with the reason (moderation); audited.',
        params: CommentParams,
        body: HideBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await consultation.hideComment(
        deps.db,
        requireActor(request.actor),
        { policyId: request.params.id, commentId: request.params.commentId },
        request.body.reason,
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/policies/:id/comments/:commentId/response',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'The official response to a comment or proposal (accepted, partially, rejected) with its reason; audited.',
        params: CommentParams,
        body: RespondBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await consultation.respondToComment(
        deps.db,
        requireActor(request.actor),
        { policyId: request.params.id, commentId: request.params.commentId },
        request.body,
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );
};
