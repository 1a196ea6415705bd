import { z } from 'zod';

export const NOTIFICATION_KINDS = ['survey.invitation', 'survey.reminder'] as const;

export const NotificationList = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        kind: z.string(),
        /** survey.*: { waveId, title } */
        data: z.record(z.string(), z.unknown()),
        createdAt: z.string(),
        read: z.boolean(),
      }),
    ),
    unread: z.number().int(),
  })
  .meta({ id: 'NotificationList' });

export const MarkReadBody = z
  .object({ ids: z.array(z.number().int().positive()).max(200).optional() })
  .meta({ id: 'MarkReadBody' });
