import { z } from 'zod';
import { domainEvent } from '../shared/domain-event';

// Events of talent mapping: the settings a draft version of a policy states, a year placed, and the
// points given a person on the settings' components.

const id = z.number().int().positive();

export const TALENT_EVENTS = [
  /** A draft version's talent settings set (stated) or taken back to those it was drafted from. */
  domainEvent('talent.settingsChanged', 1, { policyId: id, versionId: id, stated: z.boolean() }),
  /** A year's nine-box placed (again), with how many were considered and how many got a box. */
  domainEvent('talent.placed', 1, {
    jobId: z.uuid(),
    year: z.number().int(),
    considered: z.number().int(),
    placed: z.number().int(),
  }),
  /** The component points a person was given for a year changed. */
  domainEvent('talent.scoresChanged', 1, { year: z.number().int(), employeeId: id }),
  /** A key position marked or unmarked, a successor named (or re-rated) or removed. */
  domainEvent('talent.successionChanged', 1, {
    positionId: id,
    change: z.enum(['marked', 'unmarked', 'named', 'removed']),
    employeeId: id.nullable(),
  }),
] as const;
