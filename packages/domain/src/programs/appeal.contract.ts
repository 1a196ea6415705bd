import { z } from 'zod';
import { CalendarDate, textBlock } from '../shared/common.contract';

// Appeals (sanggah) against a program's selection: an applicant not selected may appeal within the
// window the program published (appealDays after the selection was announced); the agency records
// its decision with reasons, and an upheld appeal may give a seat.

export const APPEAL_STATES = ['pending', 'upheld', 'rejected'] as const;

const id = z.number().int().positive();

export const AppealBody = z
  .object({ reason: textBlock(2000) })
  .strict()
  .meta({ id: 'AppealBody' });

export const AppealDecisionBody = z
  .object({
    decision: z.enum(['upheld', 'rejected']),
    reason: textBlock(2000),
    /** Upheld: the batch whose seat the applicant is given (null: upheld without a seat, e.g. a corrected record). */
    batchId: id.nullable().default(null),
  })
  .strict()
  .refine((b) => b.decision === 'upheld' || b.batchId === null, {
    path: ['batchId'],
    params: { i18n: 'errors.program.appealSeatOnlyUpheld' },
  })
  .meta({ id: 'AppealDecisionBody' });

export const Appeal = z
  .object({
    id: z.number().int(),
    applicationId: z.number().int(),
    employee: z.object({
      id: z.number().int(),
      nip: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
    }),
    score: z.number().int().nullable(),
    outcome: z.string().nullable(),
    reason: z.string(),
    filedAt: z.string(),
    state: z.enum(APPEAL_STATES),
    decision: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
  })
  .meta({ id: 'Appeal' });

export const AppealList = z
  .object({
    /** The last day appeals may be filed (null: the program takes no appeals, or no selection yet). */
    windowEndsOn: CalendarDate.nullable(),
    items: z.array(Appeal),
  })
  .meta({ id: 'AppealList' });

export const AppealParams = z.object({
  id: z.coerce.number().int().positive(),
  appealId: z.coerce.number().int().positive(),
});
