import { z } from 'zod';
import { domainEvent, EventChanges, EventUnitPath, importTally } from '../shared/domain-event';
import { ASSESSMENT_METHODS } from './competency-dictionary';
import { PLAN_STATES, PLAN_TRANSITIONS } from './development-plan.rules';
import { IDP_TRANSITIONS } from './idp.rules';

// Events of competency mapping and development: the government's own technical competencies, the
// positions' standards, assessments and development history (one by hand; an import's tally for many).

const id = z.number().int().positive();
const job = z.uuid().optional();
const level = z.number().int().min(1).max(5);

export const COMPETENCY_EVENTS = [
  domainEvent('competency.created', 1, { competencyId: id, code: z.string(), name: z.string() }),
  domainEvent('competency.updated', 1, {
    competencyId: id,
    code: z.string(),
    name: z.string(),
    changes: EventChanges,
  }),
  domainEvent('competency.removed', 1, { competencyId: id, code: z.string(), name: z.string() }),
  domainEvent('competency.standardChanged', 1, {
    positionId: id,
    name: z.string(),
    /** Required levels by competency code, before and after; null: not required. */
    changes: z.record(z.string(), z.object({ before: level.nullable(), after: level.nullable() })),
    /** The position whose standard was copied here, when it was a copy. */
    copiedFrom: id.optional(),
    job,
  }),
  domainEvent('competency.standardsImported', 1, importTally),
  domainEvent('competency.assessed', 1, {
    assessmentId: id,
    employeeId: id,
    nip: z.string(),
    code: z.string(),
    level,
    assessedOn: z.iso.date(),
    method: z.enum(ASSESSMENT_METHODS),
    unitPath: EventUnitPath,
  }),
  domainEvent('competency.assessmentsImported', 1, importTally),
  domainEvent('development.recorded', 1, {
    recordId: id,
    employeeId: id,
    nip: z.string(),
    name: z.string(),
    endedOn: z.iso.date(),
    jp: z.number(),
    /** True when it changed the same activity recorded before. */
    changed: z.boolean(),
    unitPath: EventUnitPath,
  }),
  domainEvent('development.imported', 1, importTally),
  domainEvent('development.plan.created', 1, {
    planId: id,
    year: z.number().int(),
    unitId: id.nullable(),
    unitPath: EventUnitPath,
  }),
  domainEvent('development.plan.changed', 1, {
    planId: id,
    year: z.number().int(),
    unitId: id.nullable(),
    change: z.enum(['details', 'items', 'generated']),
    unitPath: EventUnitPath,
  }),
  domainEvent('development.idp.changed', 1, {
    idpId: id,
    employeeId: id,
    year: z.number().int(),
    change: z.enum(['created', 'items', ...IDP_TRANSITIONS]),
    unitPath: EventUnitPath,
  }),
  domainEvent('development.plan.transitioned', 1, {
    planId: id,
    year: z.number().int(),
    unitId: id.nullable(),
    transition: z.enum(PLAN_TRANSITIONS),
    from: z.enum(PLAN_STATES),
    to: z.enum(PLAN_STATES),
    reason: z.string().optional(),
    unitPath: EventUnitPath,
  }),
] as const;
