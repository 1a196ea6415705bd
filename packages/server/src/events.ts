import type { Tx } from './db/database';
import { auditSubscriber } from './features/audit/audit.subscriber';
import { notificationSubscriber } from './features/notifications/notification.subscriber';
import {
  policyNotificationSubscriber,
  triggerCheckSubscriber,
} from './features/policies/policy-notification.subscriber';
import { programNotificationSubscriber } from './features/programs/program-notification.subscriber';
import { createEventBus, type EventBus } from './platform/events/event-bus';
import type { EventInput } from './platform/events/event-catalogue';

// The features' subscribers, registered in one place as app.ts registers their routes. A feature
// that reacts to another's events adds its subscriber here; events-catalogue.test.ts lists who
// hears what, and changes only deliberately.

export const SUBSCRIBERS = [
  auditSubscriber,
  notificationSubscriber,
  policyNotificationSubscriber,
  triggerCheckSubscriber,
  programNotificationSubscriber,
];

export const eventBus: EventBus = createEventBus(SUBSCRIBERS);

/** Publishes a domain event in the service's transaction (platform/events/event-bus.ts). */
export function publish(tx: Tx, tenantId: number, input: EventInput): Promise<string> {
  return eventBus.publish(tx, tenantId, input);
}
