import { MarkReadBody, NotificationList } from '@jenjang/domain/shared/notification.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, requireActor } from '../../http/types';
import * as notifications from './notification.service';

const tags = ['notifications'];

/** The signed-in account's own notifications: invitations to surveys and reminders. */
export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/notifications',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: NotificationList } } },
    (request) => notifications.listNotifications(deps.db, requireActor(request.actor)),
  );

  app.post(
    '/notifications/read',
    { config: { permission: 'authenticated' }, schema: { tags, body: MarkReadBody } },
    async (request, reply) => {
      await notifications.markRead(deps.db, requireActor(request.actor), request.body.ids ?? 'all');
      return reply.status(204).send();
    },
  );
};
