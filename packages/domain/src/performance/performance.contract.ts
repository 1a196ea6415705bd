import { z } from 'zod';
import { textBlock, textLine } from '../shared/common.contract';

// Performance appraisal (PP 30/2019, PermenPANRB 6/2022): a government's appraisal years, each
// employee's SKP with its appraiser, feedback in each check-in period, the periodic and annual
// appraisals and their predikat, the history imported from SIASN, and a leader's distribution.

const id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });

export const CYCLE_STATES = ['planning', 'running', 'appraisal', 'closed'] as const;
export const SKP_STATES = ['draft', 'proposed', 'agreed'] as const;
export const APPRAISAL_PERIODS = ['annual', 'monthly', 'quarterly', 'semester'] as const;
export const FEEDBACK_SIDES = ['employee', 'appraiser'] as const;
const Rating = z.enum(['above', 'meets', 'below']);
const Predikat = z.enum(['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang']);
const CheckIns = z.enum(['monthly', 'quarterly', 'semester']);

export const CycleBody = z
  .object({
    year: z.number().int().min(2019).max(2100),
    /** Null: the government's setting. */
    checkIns: CheckIns.nullable().default(null),
  })
  .strict()
  .meta({ id: 'PerformanceCycleBody' });

export const CycleTransitionBody = z
  .object({ to: z.enum(['running', 'appraisal', 'closed']) })
  .strict()
  .meta({ id: 'PerformanceCycleTransitionBody' });

export const PerformanceCycle = z
  .object({
    id,
    year: z.number().int(),
    checkIns: CheckIns,
    state: z.enum(CYCLE_STATES),
    /** For the agency: how many SKP the year has, by state, and how many are appraised. */
    counts: z
      .object({
        draft: z.number().int(),
        proposed: z.number().int(),
        agreed: z.number().int(),
        appraised: z.number().int(),
      })
      .nullable(),
  })
  .meta({ id: 'PerformanceCycle' });

export const PerformanceCycleList = z
  .object({ items: z.array(PerformanceCycle) })
  .meta({ id: 'PerformanceCycleList' });

export const SkpCreateBody = z
  .object({
    /** The agency may open an employee's SKP; an employee opens their own (null). */
    employeeId: id.nullable().default(null),
    /** Null: the direct supervisor the organisation gives. */
    appraiserEmployeeId: id.nullable().default(null),
  })
  .strict()
  .meta({ id: 'SkpCreateBody' });

export const SkpResultsBody = z
  .object({
    results: z
      .array(z.object({ text: textBlock(1000), indicator: textLine(500), target: textLine(200) }).strict())
      .min(1)
      .max(30),
  })
  .strict()
  .meta({ id: 'SkpResultsBody' });

export const SkpExpectationsBody = z
  .object({ expectations: z.array(z.object({ text: textBlock(1000) }).strict()).max(20) })
  .strict()
  .meta({ id: 'SkpExpectationsBody' });

export const SkpAppraiserBody = z
  .object({ appraiserEmployeeId: id })
  .strict()
  .meta({ id: 'SkpAppraiserBody' });

export const SkpReturnBody = z
  .object({ reason: textBlock(1000) })
  .strict()
  .meta({ id: 'SkpReturnBody' });

export const FeedbackBody = z
  .object({ period: z.number().int().min(1).max(12), body: textBlock(2000) })
  .strict()
  .meta({ id: 'SkpFeedbackBody' });

export const AppraisalBody = z
  .object({
    /** 0: the annual appraisal; 1…: the check-in period of the cycle's frequency. */
    period: z.number().int().min(0).max(12),
    hasilKerja: Rating,
    perilakuKerja: Rating,
    followUp: textBlock(2000).nullable().default(null),
  })
  .strict()
  .meta({ id: 'SkpAppraisalBody' });

const Person = z.object({
  employeeId: id,
  name: z.string(),
  nip: z.string(),
  position: z.string().nullable(),
  unit: z.string().nullable(),
});

export const Appraisal = z
  .object({
    id,
    year: z.number().int(),
    period: z.enum(APPRAISAL_PERIODS),
    fromMonth: z.number().int(),
    toMonth: z.number().int(),
    hasilKerja: Rating,
    perilakuKerja: Rating,
    predikat: Predikat,
    appraiserName: z.string().nullable(),
    appraiserNip: z.string().nullable(),
    appraiserPosition: z.string().nullable(),
    followUp: z.string().nullable(),
    source: z.enum(['jenjang', 'import']),
    recordedAt: Timestamp,
  })
  .meta({ id: 'PerformanceAppraisal' });

export const SkpDetail = z
  .object({
    id,
    cycle: z.object({ id, year: z.number().int(), state: z.enum(CYCLE_STATES), checkIns: CheckIns }),
    state: z.enum(SKP_STATES),
    employee: Person,
    appraiser: Person,
    agreedAt: Timestamp.nullable(),
    results: z.array(z.object({ id, text: z.string(), indicator: z.string(), target: z.string() })),
    expectations: z.array(z.object({ id, text: z.string() })),
    /** The check-in periods of the year, with the feedback and the periodic appraisal of each. */
    periods: z.array(
      z.object({
        index: z.number().int(),
        fromMonth: z.number().int(),
        toMonth: z.number().int(),
        feedback: z.array(
          z.object({ id, side: z.enum(FEEDBACK_SIDES), author: z.string(), body: z.string(), at: Timestamp }),
        ),
        appraisal: Appraisal.nullable(),
      }),
    ),
    annual: Appraisal.nullable(),
    /** What the reader may do now. */
    may: z.object({
      editResults: z.boolean(),
      editExpectations: z.boolean(),
      propose: z.boolean(),
      agree: z.boolean(),
      changeAppraiser: z.boolean(),
      feedback: z.boolean(),
      appraise: z.boolean(),
    }),
  })
  .meta({ id: 'SkpDetail' });

export const SkpSummary = z
  .object({
    id,
    year: z.number().int(),
    cycleState: z.enum(CYCLE_STATES),
    state: z.enum(SKP_STATES),
    employee: Person,
    appraiserName: z.string(),
    predikat: Predikat.nullable(),
  })
  .meta({ id: 'SkpSummary' });

export const MyPerformance = z
  .object({
    /** The open years without an SKP of the reader's yet. */
    openCycles: z.array(z.object({ id, year: z.number().int(), state: z.enum(CYCLE_STATES) })),
    skps: z.array(SkpSummary),
    /** The SKP the reader appraises. */
    appraising: z.array(SkpSummary),
    history: z.array(Appraisal),
  })
  .meta({ id: 'MyPerformance' });

export const SkpList = z
  .object({ items: z.array(SkpSummary), total: z.number().int() })
  .meta({ id: 'SkpList' });

export const SkpListQuery = z.object({
  cycleId: z.coerce.number().int().positive(),
  unitId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const DistributionQuery = z.object({
  year: z.coerce.number().int().min(2019).max(2100),
  unitId: z.coerce.number().int().positive().optional(),
});

/** How many of each predikat (a distribution, a program's participants before or after). */
export const PredikatCounts = z.object({
  sangat_baik: z.number().int(),
  baik: z.number().int(),
  butuh_perbaikan: z.number().int(),
  kurang: z.number().int(),
  sangat_kurang: z.number().int(),
});

export const PredikatDistribution = z
  .object({
    year: z.number().int(),
    total: PredikatCounts,
    units: z.array(z.object({ unitId: id, unit: z.string(), counts: PredikatCounts })),
    /** Appraisers whose ratings stand far from their peers', with how far. */
    appraisers: z.array(
      z.object({
        name: z.string(),
        nip: z.string().nullable(),
        appraised: z.number().int(),
        meanScore: z.number(),
        deviation: z.number(),
        flagged: z.boolean(),
        counts: PredikatCounts,
      }),
    ),
    peerMean: z.number().nullable(),
  })
  .meta({ id: 'PredikatDistribution' });

export type PredikatDistribution = z.infer<typeof PredikatDistribution>;
