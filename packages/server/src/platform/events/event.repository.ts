import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';

export interface StoredEvent {
  id: string;
  type: string;
  version: number;
  actorAccountId: number | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** The event and one pending delivery per queued subscriber, in the publisher's transaction. */
export async function insertEvent(
  tx: Tx,
  tenantId: number,
  event: StoredEvent,
  subscribers: readonly string[],
): Promise<void> {
  await tx
    .insertInto('domain_event')
    .values({
      tenant_id: tenantId,
      id: event.id,
      type: event.type,
      version: event.version,
      actor_account_id: event.actorAccountId,
      payload: JSON.stringify(event.payload),
      occurred_at: event.occurredAt,
    })
    .execute();
  await tx
    .insertInto('event_delivery')
    .values(
      subscribers.map((subscriber) => ({
        tenant_id: tenantId,
        event_id: event.id,
        subscriber,
        next_attempt_at: event.occurredAt,
      })),
    )
    .execute();
}

/**
 * Governments with a delivery due by `dueBy`, or an event delivered everywhere that occurred
 * before `deliveredBefore` (a definer function: no tenant is set yet).
 */
export async function dueTenants(db: Db, dueBy: Date, deliveredBefore: Date): Promise<number[]> {
  const { rows } = await sql<{ tenant_id: number }>`
    select event_delivery_due_tenants(${dueBy}, ${deliveredBefore}) as tenant_id`.execute(db);
  return rows.map((row) => row.tenant_id);
}

/** Deliveries beside the events they carry. */
function deliveriesWithEvents(tx: Tx) {
  return tx
    .selectFrom('event_delivery as d')
    .innerJoin('domain_event as e', (join) =>
      join.onRef('e.tenant_id', '=', 'd.tenant_id').onRef('e.id', '=', 'd.event_id'),
    );
}

export interface ClaimedDelivery {
  event: StoredEvent;
  subscriber: string;
  attempts: number;
}

/**
 * Locks up to `limit` due deliveries of the transaction's government, oldest due first. Rows
 * another process holds are skipped, so processes share the work and never run one twice at once.
 */
export async function claimDue(tx: Tx, dueBy: Date, limit: number): Promise<ClaimedDelivery[]> {
  const rows = await deliveriesWithEvents(tx)
    .select([
      'd.event_id',
      'd.subscriber',
      'd.attempts',
      'e.type',
      'e.version',
      'e.actor_account_id',
      'e.payload',
      'e.occurred_at',
    ])
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', dueBy)
    .orderBy('d.next_attempt_at')
    .orderBy('e.occurred_at')
    .limit(limit)
    .forUpdate('d')
    .skipLocked()
    .execute();
  return rows.map((row) => ({
    subscriber: row.subscriber,
    attempts: row.attempts,
    event: {
      id: row.event_id,
      type: row.type,
      version: row.version,
      actorAccountId: row.actor_account_id,
      payload: row.payload,
      occurredAt: new Date(row.occurred_at),
    },
  }));
}

type DeliveryKey = { eventId: string; subscriber: string };

// Each delivery of a batch runs under a savepoint: a failing subscriber's writes are rolled back to
// it, and the batch's transaction goes on with the next delivery.

export async function beginDeliveryAttempt(tx: Tx): Promise<void> {
  await sql`savepoint delivery`.execute(tx);
}

/** Keeps what the subscriber wrote. */
export async function keepDeliveryAttempt(tx: Tx): Promise<void> {
  await sql`release savepoint delivery`.execute(tx);
}

/** Undoes what the subscriber wrote, before its failure is recorded. */
export async function undoDeliveryAttempt(tx: Tx): Promise<void> {
  await sql`rollback to savepoint delivery`.execute(tx);
}

export async function markDelivered(tx: Tx, key: DeliveryKey, at: Date): Promise<void> {
  await tx
    .updateTable('event_delivery')
    .set((eb) => ({
      status: 'delivered',
      delivered_at: at,
      attempts: eb('attempts', '+', 1),
      last_error: null,
    }))
    .where('event_id', '=', key.eventId)
    .where('subscriber', '=', key.subscriber)
    .execute();
}

/** Records a failed attempt: due again at `retryAt`, or given up (`failed`) when null. */
export async function markAttemptFailed(
  tx: Tx,
  key: DeliveryKey,
  failure: { error: string; retryAt: Date | null },
): Promise<void> {
  await tx
    .updateTable('event_delivery')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: failure.error,
      status: failure.retryAt === null ? 'failed' : 'pending',
      ...(failure.retryAt === null ? {} : { next_attempt_at: failure.retryAt }),
    }))
    .where('event_id', '=', key.eventId)
    .where('subscriber', '=', key.subscriber)
    .execute();
}

/** Deliveries that failed at least once and are not delivered: retrying, or given up. */
export function listUnsettled(tx: Tx, limit: number) {
  return deliveriesWithEvents(tx)
    .select([
      'd.event_id',
      'd.subscriber',
      'd.status',
      'd.attempts',
      'd.next_attempt_at',
      'd.last_error',
      'e.type',
      'e.occurred_at',
    ])
    .where('d.status', '<>', 'delivered')
    .where('d.attempts', '>', 0)
    .orderBy(sql`d.status = 'failed'`, 'desc')
    .orderBy('e.occurred_at', 'desc')
    .limit(limit)
    .execute();
}

/** Makes a given-up delivery due again at `at`, with a fresh count of attempts. */
export async function retryFailed(tx: Tx, key: DeliveryKey, at: Date): Promise<boolean> {
  const result = await tx
    .updateTable('event_delivery')
    .set({ status: 'pending', attempts: 0, next_attempt_at: at })
    .where('event_id', '=', key.eventId)
    .where('subscriber', '=', key.subscriber)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Forgets events delivered to every subscriber before `before`: the outbox is a way through, not
 * a record (the audit log is). Recipients' lists do not stay behind for nothing.
 */
export async function pruneDelivered(tx: Tx, before: Date): Promise<void> {
  await tx
    .deleteFrom('domain_event as e')
    .where('e.occurred_at', '<', before)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('event_delivery as d')
            .select(sql`1`.as('one'))
            .whereRef('d.tenant_id', '=', 'e.tenant_id')
            .whereRef('d.event_id', '=', 'e.id')
            .where('d.status', '<>', 'delivered'),
        ),
      ),
    )
    .execute();
}
