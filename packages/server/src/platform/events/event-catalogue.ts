import { COMPETENCY_EVENTS } from '@jenjang/domain/competency/competency.events';
import { PEOPLE_EVENTS } from '@jenjang/domain/people/people.events';
import { PERFORMANCE_EVENTS } from '@jenjang/domain/performance/performance.events';
import { POLICY_EVENTS } from '@jenjang/domain/policies/policies.events';
import { PROGRAM_EVENTS } from '@jenjang/domain/programs/program.events';
import { SHARED_EVENTS } from '@jenjang/domain/shared/shared.events';
import { SURVEY_EVENTS } from '@jenjang/domain/surveys/surveys.events';
import { PROMOTION_EVENTS } from '@jenjang/domain/talent/promotion.events';
import { TALENT_EVENTS } from '@jenjang/domain/talent/talent.events';
import { z } from 'zod';

// Every event type of every feature, as one discriminated union on `type`. The domain declares
// them per feature; this is the one place that knows them all (a new feature adds its list here).

const ALL = [
  ...SHARED_EVENTS,
  ...PEOPLE_EVENTS,
  ...SURVEY_EVENTS,
  ...POLICY_EVENTS,
  ...COMPETENCY_EVENTS,
  ...PROGRAM_EVENTS,
  ...PERFORMANCE_EVENTS,
  ...PROMOTION_EVENTS,
  ...TALENT_EVENTS,
] as const;

export const DomainEvent = z.discriminatedUnion('type', ALL);
export type DomainEvent = z.infer<typeof DomainEvent>;
export type EventType = DomainEvent['type'];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

type WithoutVersion<E> = E extends unknown ? Omit<E, 'version'> : never;
/** What a service publishes: the catalogue adds the type's current version. */
export type EventInput = WithoutVersion<DomainEvent>;

/** Each type's current version: what is published now. */
export const CURRENT_VERSION = Object.fromEntries(
  ALL.map((schema) => [schema.shape.type.value, schema.shape.version.value]),
) as Record<EventType, number>;

export const EVENT_TYPES = ALL.map((schema) => schema.shape.type.value) as EventType[];

/** A published event: its type and payload checked, its current version set. */
export function eventOf(input: EventInput): DomainEvent {
  return DomainEvent.parse({ ...input, version: CURRENT_VERSION[input.type] });
}
