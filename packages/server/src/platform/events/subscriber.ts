import type { Tx } from '../../db/database';
import type { EventOf, EventType } from './event-catalogue';

/** What a handler gets besides the event. */
export interface EventContext {
  /** The transaction: the publisher's for an inline subscriber, the delivery's for a queued one. */
  tx: Tx;
  tenantId: number;
  /**
   * The event's id. With the subscriber's name it is the delivery's key: a handler whose effect
   * leaves the database (an e-mail) uses it to recognise a delivery it already made.
   */
  eventId: string;
  /** 1 for the first delivery, more on retries (always 1 inline). */
  attempt: number;
  /** When the event was published. */
  occurredAt: Date;
}

/**
 * A feature's reaction to events.
 * - `inline`: runs inside the publishing transaction; its failure aborts the change. For what
 *   must commit with the change or not at all (the audit log).
 * - `queued`: runs after the commit, from the outbox, at least once, in a transaction of its own
 *   that also marks the delivery: its database writes happen exactly once, other effects at least
 *   once. Retried with growing waits when it fails; never holds back another subscriber.
 */
export interface Subscriber<T extends EventType = EventType> {
  /** Stable: deliveries are stored under it. Renaming it orphans waiting deliveries. */
  readonly name: string;
  readonly mode: 'inline' | 'queued';
  readonly events: readonly T[];
  handle(event: EventOf<T>, context: EventContext): Promise<void>;
}

/** Declares a subscriber with its handler typed by the events it names. */
export function subscriber<const T extends EventType>(definition: Subscriber<T>): Subscriber {
  return definition as unknown as Subscriber;
}
