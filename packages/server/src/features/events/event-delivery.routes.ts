import { Problem } from '@jenjang/domain/shared/common.contract';
import { EventDeliveryList, RetryEventDeliveryBody } from '@jenjang/domain/shared/event-delivery.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as deliveries from './event-delivery.service';

const tags = ['events'];

export const eventDeliveryRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/event-deliveries',
    {
      config: { permission: 'tenant.manage' },
      schema: {
        tags,
        description:
          'Deliveries of published events to a subscriber that failed: retrying with growing waits, ' +
          'or given up after their attempts (tenant-wide admins).',
        response: { 200: EventDeliveryList, 403: Problem },
      },
    },
    (request) => deliveries.listFailedDeliveries(deps.db, requireActor(request.actor)),
  );

  app.post(
    '/event-deliveries/retry',
    {
      config: { permission: 'tenant.manage' },
      schema: {
        tags,
        description: 'Delivers a given-up event to its subscriber again, now.',
        body: RetryEventDeliveryBody,
        response: { 204: z.null(), 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await deliveries.retryDelivery(deps.db, requireActor(request.actor), request.body, deps.clock.now());
      return reply.status(204).send(null);
    },
  );
};
