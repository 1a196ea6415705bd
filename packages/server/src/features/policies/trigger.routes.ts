import {
  CheckTriggersResult,
  CreateTriggerBody,
  DismissProposalBody,
  TriggerList,
} from '@jenjang/domain/policies/trigger.contract';
import { IdParam, Problem } from '@jenjang/domain/shared/common.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as triggers from './trigger.service';

// Triggers on a policy's indicators and the revision proposals they open.

const tags = ['policies'];
const Id = z.coerce.number().int().positive();
const TriggerParams = z.object({ id: Id, triggerId: Id });
const ProposalParams = z.object({ id: Id, proposalId: Id });
const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

export const triggerRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const lifecycle = { schedules: deps.schedules, sources: deps.indicatorSources };
  const proposal = (params: z.infer<typeof ProposalParams>) => ({
    policyId: params.id,
    proposalId: params.proposalId,
  });

  app.get(
    '/policies/:id/triggers',
    {
      config: { permission: 'policy.read' },
      schema: {
        tags,
        description:
          'The triggers on the policy’s indicators, and the revision proposals they opened, newest first; ' +
          'for everyone who reads the policy (who decided a proposal: for its reviewers).',
        params: IdParam,
        response: { 200: TriggerList, 403: Problem, 404: Problem },
      },
    },
    (request) => triggers.listTriggers(deps.db, requireActor(request.actor), request.params.id),
  );

  app.post(
    '/policies/:id/triggers',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'A trigger on one of the policy’s own indicators, checked at once against the final measurements ' +
          'and every morning after; audited.',
        params: IdParam,
        body: CreateTriggerBody,
        response: { 200: TriggerList, ...errors },
      },
    },
    (request) =>
      triggers.addTrigger(
        deps.db,
        lifecycle,
        requireActor(request.actor),
        request.params.id,
        request.body,
        deps.clock.now(),
      ),
  );

  app.delete(
    '/policies/:id/triggers/:triggerId',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Takes a trigger out of service; the proposals it opened stay. Audited.',
        params: TriggerParams,
        response: { 204: z.null(), 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await triggers.removeTrigger(
        deps.db,
        requireActor(request.actor),
        request.params.id,
        request.params.triggerId,
        deps.clock.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/policies/:id/triggers/check',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Checks the policy’s triggers now; how many proposals that opened.',
        params: IdParam,
        response: { 200: CheckTriggersResult, 403: Problem, 404: Problem },
      },
    },
    (request) =>
      triggers.checkNow(
        deps.db,
        deps.indicatorSources,
        requireActor(request.actor),
        request.params.id,
        deps.clock.now(),
      ),
  );

  app.post(
    '/policies/:id/proposals/:proposalId/accept',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description:
          'Accepts a revision proposal: a policy in force goes under evaluation, one under evaluation links it; audited.',
        params: ProposalParams,
        response: { 200: TriggerList, ...errors },
      },
    },
    (request) =>
      triggers.acceptProposal(
        deps.db,
        lifecycle,
        requireActor(request.actor),
        proposal(request.params),
        deps.clock.now(),
      ),
  );

  app.post(
    '/policies/:id/proposals/:proposalId/dismiss',
    {
      config: { permission: 'policy.manage' },
      schema: {
        tags,
        description: 'Dismisses a revision proposal with a reason; audited.',
        params: ProposalParams,
        body: DismissProposalBody,
        response: { 200: TriggerList, ...errors },
      },
    },
    (request) =>
      triggers.dismissProposal(
        deps.db,
        requireActor(request.actor),
        proposal(request.params),
        request.body.reason,
        deps.clock.now(),
      ),
  );
};
