import { MarkReadBody, NotificationList } from '@jenjang/domain/shared/notification.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../db/database';
import { type AppDeps, requireActor } from '../../http/types';
import * as repo from './notification.repository';

const tags = ['notifications'];
const SHOWN = 30;

/** The signed-in account's own notifications: invitations to surveys and reminders. */
export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/notifications',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: NotificationList } } },
    async (request) => {
      const actor = requireActor(request.actor);
      return withTenant(deps.db, actor.tenantId, async (tx) => {
        const rows = await repo.listNotifications(tx, actor.accountId, SHOWN);
        return {
          items: rows.map((row) => ({
            id: row.id,
            kind: row.kind,
            data: row.data,
            createdAt: new Date(row.created_at).toISOString(),
            read: row.read_at !== null,
          })),
          unread: await repo.countUnread(tx, actor.accountId),
        };
      });
    },
  );

  app.post(
    '/notifications/read',
    { config: { permission: 'authenticated' }, schema: { tags, body: MarkReadBody } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      await withTenant(deps.db, actor.tenantId, (tx) =>
        repo.markRead(tx, actor.accountId, request.body.ids ?? 'all'),
      );
      return reply.status(204).send();
    },
  );
};
