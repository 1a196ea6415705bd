import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/database';
import { systemClock } from '../clock';
import { insertEvent } from './event.repository';
import { type EventInput, type EventType, eventOf } from './event-catalogue';
import type { Subscriber } from './subscriber';

export interface EventBus {
  readonly subscribers: readonly Subscriber[];
  /**
   * Publishes an event inside the caller's transaction: inline subscribers run now (their failure
   * fails the transaction), and the event goes into the outbox with one delivery per queued
   * subscriber, committed with the change. Returns the event's id.
   */
  publish(tx: Tx, tenantId: number, input: EventInput, occurredAt?: Date): Promise<string>;
  /** The queued subscriber of that name, if one is registered. */
  queued(name: string): Subscriber | undefined;
}

/** Subscriber names are keys of stored deliveries: two alike would share them. */
function checkNames(subscribers: readonly Subscriber[]): void {
  const seen = new Set<string>();
  for (const { name } of subscribers) {
    if (seen.has(name)) throw new Error(`Two event subscribers are named ${name}`);
    seen.add(name);
  }
}

export function createEventBus(subscribers: readonly Subscriber[]): EventBus {
  checkNames(subscribers);
  const of = (mode: Subscriber['mode'], type: EventType) =>
    subscribers.filter((s) => s.mode === mode && s.events.includes(type));
  return {
    subscribers,
    async publish(tx, tenantId, input, occurredAt = systemClock.now()) {
      const event = eventOf(input);
      const id = randomUUID();
      for (const inline of of('inline', event.type)) {
        await inline.handle(event, { tx, tenantId, eventId: id, attempt: 1, occurredAt });
      }
      const queued = of('queued', event.type);
      if (queued.length > 0) {
        await insertEvent(
          tx,
          tenantId,
          { ...event, id, occurredAt },
          queued.map((s) => s.name),
        );
      }
      return id;
    },
    queued: (name) => subscribers.find((s) => s.mode === 'queued' && s.name === name),
  };
}
