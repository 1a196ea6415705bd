import {
  AgendaBody,
  CreateForumBody,
  ForumHideBody,
  ForumList,
  ForumProposalChoices,
  ForumStepBody,
  ForumView,
  MinutesBody,
  OutcomeBody,
  ProposalBody,
  ReplyBody,
  VoteBody,
} from '@jenjang/domain/policies/forum.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as forums from './forum.service';
import * as reading from './forum-reading.service';

// The Forum Diskusi ASN: reading it, running it (admins), taking part (the government's staff).

const tags = ['forums'];
const Id = z.coerce.number().int().positive();
const ProposalParams = z.object({ id: Id, proposalId: Id });
const ReplyParams = z.object({ id: Id, replyId: Id });
const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };
const noContent = { 204: z.null(), ...errors };
const created = { 200: z.object({ id: z.number().int() }), ...errors };

export const forumRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/forums',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description: 'The government’s Forum Diskusi ASN, newest first, each with its proposal count.',
        response: { 200: ForumList, 403: Problem },
      },
    },
    (request) => reading.listForums(deps.db, requireActor(request.actor)),
  );

  app.post(
    '/forums',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Announce a forum: its title, year, start and end on the government’s clock, place and the policies ' +
          'it discusses; it starts planned. Audited.',
        body: CreateForumBody,
        response: created,
      },
    },
    (request) => forums.createForum(deps.db, requireActor(request.actor), request.body),
  );

  app.get(
    '/forums/:id',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'A forum: agenda, proposals with their votes and replies, minutes, and what became of every ' +
          'proposal, down to the provision changes that cite it.',
        params: IdParam,
        response: { 200: ForumView, 403: Problem, 404: Problem },
      },
    },
    (request) => reading.getForum(deps.db, requireActor(request.actor), request.params.id, deps.clock.now()),
  );

  app.put(
    '/forums/:id',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Correct the forum’s details until it closes: title, year, start and end on the government’s ' +
          'clock, place and the policies it discusses. Audited with the fields that changed.',
        params: IdParam,
        body: CreateForumBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await forums.updateForum(deps.db, requireActor(request.actor), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/forums/:id/agenda',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Replace the forum’s agenda (ordered items) until it closes. Audited.',
        params: IdParam,
        body: AgendaBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await forums.setAgenda(deps.db, requireActor(request.actor), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/forums/:id/steps',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Open the forum for proposals, replies and votes, or close it. Audited.',
        params: IdParam,
        body: ForumStepBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await forums.takeStep(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body.step,
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/forums/:id/minutes',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Write (or rewrite) the forum’s minutes, during the forum or after it. Audited.',
        params: IdParam,
        body: MinutesBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await forums.writeMinutes(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.body.minutes,
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/forums/:id/proposals',
    {
      config: { permission: 'policy.participate' },
      schema: {
        tags,
        description: 'Put a proposal to the forum while it is open (before and during the forum). Audited.',
        params: IdParam,
        body: ProposalBody,
        response: created,
      },
    },
    (request) =>
      forums.propose(deps.db, requireActor(request.actor), request.params.id, request.body, deps.clock.now()),
  );

  app.post(
    '/forums/:id/proposals/:proposalId/replies',
    {
      config: { permission: 'policy.participate' },
      schema: {
        tags,
        description: 'Reply under a proposal while the forum is open. Audited.',
        params: ProposalParams,
        body: ReplyBody,
        response: created,
      },
    },
    (request) =>
      forums.reply(
        deps.db,
        requireActor(request.actor),
        { forumId: request.params.id, proposalId: request.params.proposalId },
        request.body.body,
        deps.clock.now(),
      ),
  );

  app.put(
    '/forums/:id/proposals/:proposalId/vote',
    {
      config: { permission: 'policy.participate' },
      schema: {
        tags,
        description:
          'Agree or disagree with someone else’s proposal while the forum is open: one vote per person, ' +
          'a second one changes its stance. Audited.',
        params: ProposalParams,
        body: VoteBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await forums.vote(
        deps.db,
        requireActor(request.actor),
        { forumId: request.params.id, proposalId: request.params.proposalId },
        request.body.stance,
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/forums/:id/proposals/:proposalId/vote',
    {
      config: { permission: 'policy.participate' },
      schema: {
        tags,
        description:
          'Withdraw one’s vote on a proposal while the forum is open (none to withdraw: no change). Audited.',
        params: ProposalParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await forums.withdrawVote(
        deps.db,
        requireActor(request.actor),
        { forumId: request.params.id, proposalId: request.params.proposalId },
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/forums/:id/proposals/:proposalId/outcome',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'What became of a proposal once the forum closed: accepted into a policy, to be studied, or ' +
          'rejected, always with its reason. Audited.',
        params: ProposalParams,
        body: OutcomeBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await forums.recordOutcome(
        deps.db,
        requireActor(request.actor),
        { forumId: request.params.id, proposalId: request.params.proposalId },
        request.body,
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/forums/:id/proposals/:proposalId/hide',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Hide a proposal from participants, with the reason (moderation). Audited.',
        params: ProposalParams,
        body: ForumHideBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await forums.hideInput(
        deps.db,
        requireActor(request.actor),
        { forumId: request.params.id, proposalId: request.params.proposalId },
        request.body.reason,
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/forums/:id/replies/:replyId/hide',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Hide a reply from participants, with the reason (moderation). Audited.',
        params: ReplyParams,
        body: ForumHideBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await forums.hideInput(
        deps.db,
        requireActor(request.actor),
        { forumId: request.params.id, replyId: request.params.replyId },
        request.body.reason,
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/forum-proposals',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'The forum proposals a change of a provision may cite as its evidence.',
        response: { 200: ForumProposalChoices, 403: Problem },
      },
    },
    (request) => reading.proposalChoices(deps.db, requireActor(request.actor)),
  );
};
