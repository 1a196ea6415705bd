import { z } from 'zod';
import { domainEvent } from '../shared/domain-event';

// Events of kenaikan pangkat: the rules a draft version of a policy states, proposals and their
// outcomes, and disciplinary sanctions.

const id = z.number().int().positive();

export const PROMOTION_EVENTS = [
  /** A draft version's promotion rules set (stated) or taken back to those it was drafted from. */
  domainEvent('promotion.rulesChanged', 1, { policyId: id, versionId: id, stated: z.boolean() }),
  /** A promotion proposed for a period, approved with its decree, or rejected. */
  domainEvent('promotion.changed', 1, {
    promotionId: id,
    employeeId: id,
    period: z.string(),
    state: z.enum(['proposed', 'approved', 'rejected']),
  }),
  /** A disciplinary sanction recorded or ended. */
  domainEvent('promotion.sanctionChanged', 1, {
    sanctionId: id,
    employeeId: id,
    change: z.enum(['recorded', 'ended']),
  }),
] as const;
