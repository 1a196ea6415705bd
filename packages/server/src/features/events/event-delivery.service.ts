import { type Actor, can } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../../db/database';
import { forbidden, ProblemError } from '../../http/problem';
import * as repo from '../../platform/events/event.repository';

/** How many unsettled deliveries the page lists (the oldest given-up ones first). */
const SHOWN = 200;

/** The outbox is the government's plumbing: its tenant-wide admins watch and retry it. */
function authorise(actor: Actor): void {
  if (!can(actor, 'tenant.manage', { tenantId: actor.tenantId, unitPath: null })) throw forbidden();
}

export async function listFailedDeliveries(db: Db, actor: Actor) {
  authorise(actor);
  return withTenant(db, actor.tenantId, async (tx) => ({
    items: (await repo.listUnsettled(tx, SHOWN)).map((row) => ({
      eventId: row.event_id,
      type: row.type,
      subscriber: row.subscriber,
      status: row.status === 'failed' ? ('failed' as const) : ('pending' as const),
      attempts: row.attempts,
      occurredAt: new Date(row.occurred_at).toISOString(),
      nextAttemptAt: row.status === 'failed' ? null : new Date(row.next_attempt_at).toISOString(),
      lastError: row.last_error,
    })),
  }));
}

/** Makes a given-up delivery due again now, with its attempts counted afresh. */
export async function retryDelivery(
  db: Db,
  actor: Actor,
  key: { eventId: string; subscriber: string },
  now: Date,
) {
  authorise(actor);
  await withTenant(db, actor.tenantId, async (tx) => {
    if (!(await repo.retryFailed(tx, key, now))) throw new ProblemError(404, 'events.notFailed');
  });
}
