import { z } from 'zod';
import { domainEvent, EventUnitPath, importTally } from '../shared/domain-event';

// Events of performance appraisal: years, SKP, feedback and appraisals (one by hand; an import's
// tally for a file of SIASN's history).

const id = z.number().int().positive();

export const PERFORMANCE_EVENTS = [
  /** An appraisal year opened or moved on. */
  domainEvent('performance.cycleChanged', 1, {
    cycleId: id,
    year: z.number().int(),
    state: z.enum(['planning', 'running', 'appraisal', 'closed']),
  }),
  /** An SKP opened, its items or appraiser changed, proposed, sent back or agreed. */
  domainEvent('performance.skpChanged', 1, {
    skpId: id,
    employeeId: id,
    change: z.enum(['created', 'results', 'expectations', 'proposed', 'returned', 'agreed', 'appraiser']),
    unitPath: EventUnitPath,
  }),
  /** Feedback in a check-in period, by the employee or their appraiser. */
  domainEvent('performance.feedbackGiven', 1, {
    skpId: id,
    employeeId: id,
    period: z.number().int(),
    side: z.enum(['employee', 'appraiser']),
    unitPath: EventUnitPath,
  }),
  /** A period's (1…) or the year's (0) appraisal, with the predikat it gives. */
  domainEvent('performance.appraised', 1, {
    appraisalId: id,
    skpId: id,
    employeeId: id,
    year: z.number().int(),
    period: z.number().int(),
    predikat: z.enum(['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang']),
    unitPath: EventUnitPath,
  }),
  /** SIASN's appraisal history (annual or periodic) imported from a file. */
  domainEvent('performance.imported', 1, importTally),
] as const;
