import { z } from 'zod';

// What admins see of the outbox: deliveries to a subscriber that failed, retrying or given up.
// Never the event's payload (it may list recipients): its type, when, and what went wrong.

export const EventDeliveryList = z
  .object({
    items: z.array(
      z.object({
        eventId: z.uuid(),
        type: z.string(),
        subscriber: z.string(),
        /** pending: retried at nextAttemptAt; failed: given up until an admin retries it. */
        status: z.enum(['pending', 'failed']),
        attempts: z.number().int(),
        occurredAt: z.string(),
        nextAttemptAt: z.string().nullable(),
        lastError: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'EventDeliveryList' });

export const RetryEventDeliveryBody = z
  .object({ eventId: z.uuid(), subscriber: z.string().min(1).max(100) })
  .strict()
  .meta({ id: 'RetryEventDeliveryBody' });
