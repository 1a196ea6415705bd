import { z } from 'zod';
import { IkmConvention, IkmOverview, VisibleResults } from '../surveys/survey-results.contract';

// What the homes (Beranda) of a government's roles read besides the workforce figures (Dashboard,
// employee.contract.ts): the survey figures a reader may see, and what asks an admin's attention.

/**
 * The survey part of a reader's home: the IKM of every SKM wave it may read and the newest results
 * it may see, under the same reach and k rules as the results pages.
 */
export const DashboardSurveys = z
  .object({
    /**
     * The smallest group whose figures are shown, as this deployment sets it for new surveys
     * (SURVEY_MIN_GROUP_SIZE; a survey may set its own, never below 3): for the sentence saying
     * when a unit's results appear.
     */
    k: z.number().int(),
    ikm: IkmOverview.shape.items,
    results: VisibleResults.shape.items,
    /** The government's IKM convention, stated next to every IKM on the home. */
    ikmConvention: IkmConvention,
  })
  .meta({ id: 'DashboardSurveys' });

export const IMPORT_KIND_NAMES = [
  'employees',
  'units',
  'positions',
  'competency-standards',
  'competency-assessments',
  'development',
  'performance-history',
] as const;

/** What needs an admin's attention: waves now collecting answers and the latest imports. */
export const DashboardAttention = z
  .object({
    openWaves: z.array(
      z.object({
        surveyId: z.number().int(),
        waveId: z.number().int(),
        title: z.string(),
        label: z.string(),
        closesAt: z.string(),
        invited: z.number().int(),
        /** Answers given: released into the results plus those waiting for their batch of k. */
        answered: z.number().int(),
      }),
    ),
    imports: z.array(
      z.object({
        jobId: z.string(),
        kind: z.enum(IMPORT_KIND_NAMES),
        status: z.enum(['queued', 'running', 'succeeded', 'failed']),
        createdAt: z.string(),
        finishedAt: z.string().nullable(),
        /** Rows read and rows refused, once the import is done. */
        rows: z.number().int().nullable(),
        invalid: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'DashboardAttention' });
