import { type Db, type Tx, withTenant } from '../../db/database';
import { type Clock, systemClock } from '../clock';
import * as repo from './event.repository';
import type { EventBus } from './event-bus';
import { CURRENT_VERSION, DomainEvent, type EventType } from './event-catalogue';

// Delivers the outbox to queued subscribers. Any server process may run it: each government's due
// deliveries are claimed with FOR UPDATE SKIP LOCKED in a transaction that runs the subscriber
// and marks the delivery, so a delivery runs once at a time, and a process that dies mid-way
// leaves it pending for the next one (at least once). Each delivery runs under a savepoint: a
// failing subscriber's writes are undone, its attempt is recorded with a later retry, and the
// other deliveries of the batch go on.

/** When an event's deliveries are retried: 10 s, 20 s, 40 s … doubling, at most an hour apart. */
export const RETRY = { firstMs: 10_000, maxMs: 3_600_000, attempts: 12 } as const;

export function retryDelayMs(attempt: number): number {
  return Math.min(RETRY.firstMs * 2 ** (attempt - 1), RETRY.maxMs);
}

/** How long delivered events stay in the outbox. */
export const DELIVERED_RETENTION_MS = 7 * 86_400_000;
const BATCH = 50;
/** Batches per government and pass, so one busy government cannot starve the others. */
const BATCHES_PER_TENANT = 10;
const ERROR_CHARS = 500;

export interface DispatchOptions {
  clock?: Clock;
  /** A subscriber's failure (it is retried) or a government's (the pass goes on). */
  onError?: (error: unknown, context: { tenantId: number; subscriber?: string; eventId?: string }) => void;
}

/** Delivers everything due now, government by government; returns how many deliveries succeeded. */
export async function dispatchDue(db: Db, bus: EventBus, options: DispatchOptions = {}): Promise<number> {
  const clock = options.clock ?? systemClock;
  const now = () => clock.now();
  let delivered = 0;
  const forgetBefore = () => new Date(now().getTime() - DELIVERED_RETENTION_MS);
  for (const tenantId of await repo.dueTenants(db, now(), forgetBefore())) {
    try {
      for (let batch = 0; batch < BATCHES_PER_TENANT; batch++) {
        const result = await withTenant(db, tenantId, (tx) => deliverBatch(tx, tenantId, bus, now, options));
        delivered += result.delivered;
        if (result.claimed < BATCH) break;
      }
      await withTenant(db, tenantId, (tx) => repo.pruneDelivered(tx, forgetBefore()));
    } catch (error) {
      options.onError?.(error, { tenantId });
    }
  }
  return delivered;
}

async function deliverBatch(
  tx: Tx,
  tenantId: number,
  bus: EventBus,
  now: () => Date,
  options: DispatchOptions,
): Promise<{ claimed: number; delivered: number }> {
  const claimed = await repo.claimDue(tx, now(), BATCH);
  let delivered = 0;
  for (const delivery of claimed) {
    const key = { eventId: delivery.event.id, subscriber: delivery.subscriber };
    await repo.beginDeliveryAttempt(tx);
    try {
      await deliver(tx, tenantId, bus, delivery);
      await repo.keepDeliveryAttempt(tx);
      await repo.markDelivered(tx, key, now());
      delivered++;
    } catch (error) {
      await repo.undoDeliveryAttempt(tx);
      const attempt = delivery.attempts + 1;
      const retryAt = attempt >= RETRY.attempts ? null : new Date(now().getTime() + retryDelayMs(attempt));
      await repo.markAttemptFailed(tx, key, { error: messageOf(error), retryAt });
      options.onError?.(error, { tenantId, ...key });
    }
  }
  return { claimed: claimed.length, delivered };
}

async function deliver(tx: Tx, tenantId: number, bus: EventBus, delivery: repo.ClaimedDelivery) {
  const subscriber = bus.queued(delivery.subscriber);
  if (!subscriber) throw new Error(`No queued subscriber is named ${delivery.subscriber}`);
  const { event: stored } = delivery;
  // An event of an older version waits for its upcaster (docs/architecture.md, "Events").
  if (stored.version !== CURRENT_VERSION[stored.type as EventType]) {
    throw new Error(
      `${stored.type} version ${stored.version} has no upcaster to ${CURRENT_VERSION[stored.type as EventType]}`,
    );
  }
  const event = DomainEvent.parse({
    type: stored.type,
    version: stored.version,
    actorAccountId: stored.actorAccountId,
    payload: stored.payload,
  });
  await subscriber.handle(event, {
    tx,
    tenantId,
    eventId: stored.id,
    attempt: delivery.attempts + 1,
    occurredAt: stored.occurredAt,
  });
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, ERROR_CHARS);
}

export interface Dispatcher {
  /** Stops and waits for a pass under way. */
  stop(): Promise<void>;
}

export const DISPATCH_INTERVAL_MS = 1_000;

/**
 * Passes over the outbox at once and then every `intervalMs`, never two at a time in this
 * process. Self-contained until the job library's schedules take it over.
 */
export function startEventDispatcher(
  db: Db,
  bus: EventBus,
  options: DispatchOptions & { intervalMs?: number } = {},
): Dispatcher {
  let running: Promise<void> | null = null;
  let stopped = false;
  const pass = () => {
    if (running || stopped) return;
    running = dispatchDue(db, bus, options)
      .then(
        () => {},
        (error: unknown) => options.onError?.(error, { tenantId: 0 }),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(pass, options.intervalMs ?? DISPATCH_INTERVAL_MS);
  timer.unref();
  pass();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
