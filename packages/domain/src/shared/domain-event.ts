import { z } from 'zod';

// A domain event is a fact a feature states about a change it made: "survey.wave.opened",
// "employee.imported". Each feature declares its events in `<feature>/<feature>.events.ts` with
// `domainEvent`, one schema per type; the server assembles them into one discriminated union on
// `type` (platform/events/event-catalogue.ts). The payload is strict: a field nobody declared is
// refused at publication rather than dropped on the way to a subscriber.
//
// Versions: an event type's payload only grows compatibly (an optional field) under the same
// version. A change that would break a subscriber is a new version of the type, declared here
// beside the old one's upcaster, so events already waiting in the outbox still reach subscribers
// in the shape they expect (docs/architecture.md, "Events").

/** Who caused the event: an account, or nobody (the command line, a schedule, the demo loader). */
export const EventActor = z.number().int().positive().nullable();

/** An event type: its name, version and payload, in the envelope every event shares. */
export function domainEvent<const T extends string, const V extends number, S extends z.ZodRawShape>(
  type: T,
  version: V,
  payload: S,
) {
  return z.strictObject({
    type: z.literal(type),
    version: z.literal(version),
    actorAccountId: EventActor,
    payload: z.strictObject(payload),
  });
}

/** Unit ids from the top down: the subtrees an event concerns (both places of a move). */
export const EventUnitPath = z.array(z.number().int().positive());

/** A record's fields before and after a change, as the change named them. */
export const EventChanges = z.record(z.string(), z.unknown());

/** An import's tally, the payload of every `<kind>.imported` event. */
export const importTally = {
  jobId: z.uuid(),
  file: z.string(),
  layout: z.string(),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  invalid: z.number().int(),
  warnings: z.number().int(),
};
