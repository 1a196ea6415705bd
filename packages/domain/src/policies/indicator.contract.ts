import { z } from 'zod';
import { textLine } from '../shared/common.contract';

// A policy's indicators: what it is judged by, computed from Jenjang's own data, never typed in.
// Each source is declared here with its parameters (the server's registry, indicator-sources.ts,
// holds the feature that computes it); later capabilities add theirs (20-JP attainment, gap
// closure, program reach, predikat distributions).

const Id = z.number().int().positive();
const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

export const IndicatorSourceParams = z
  .discriminatedUnion('source', [
    /** The mean answer to some questions or matrix statements of a survey, wave by wave: a theme. */
    z.object({
      source: z.literal('survey.mean'),
      surveyId: Id,
      items: z
        .array(z.object({ questionKey: Key, statementKey: Key.nullable().default(null) }))
        .min(1)
        .max(20),
    }),
    /** A public service's IKM (PermenPANRB 14/2017), wave by wave, in the government's convention. */
    z.object({ source: z.literal('survey.ikm'), surveyId: Id }),
    /** The share of those invited who answered, wave by wave. */
    z.object({ source: z.literal('survey.responseRate'), surveyId: Id }),
    /**
     * The share of the government's active employees who stated having read each adopted version
     * of the policy: the indicator's own policy, never another's.
     */
    z.object({ source: z.literal('policy.acknowledgement'), policyId: Id }),
  ])
  .meta({ id: 'IndicatorSourceParams' });
export type IndicatorSourceParams = z.infer<typeof IndicatorSourceParams>;
export type IndicatorSourceName = IndicatorSourceParams['source'];
export const INDICATOR_SOURCES = [
  'survey.mean',
  'survey.ikm',
  'survey.responseRate',
  'policy.acknowledgement',
] as const satisfies readonly IndicatorSourceName[];

export const IndicatorDirection = z.enum(['up', 'down']);

export const CreateIndicatorBody = z
  .object({
    name: textLine(200),
    params: IndicatorSourceParams,
    /** Whether a higher value is better (satisfaction) or a lower one (a gap). */
    direction: IndicatorDirection,
    baseline: z.number().finite().nullable(),
    target: z.number().finite(),
  })
  .meta({ id: 'CreateIndicatorBody' });
export type CreateIndicatorBody = z.infer<typeof CreateIndicatorBody>;

export const IndicatorPoint = z.object({
  /** When the value was measured: a wave's close. */
  at: z.iso.datetime({ offset: true }),
  /** When its measuring began (a wave's opening); absent in reports frozen before it was recorded. */
  since: z.iso.datetime({ offset: true }).optional(),
  label: z.string(),
  /** Null where the source shows none (fewer than k answers). */
  value: z.number().nullable(),
  /** Still collecting: the value may move. */
  provisional: z.boolean(),
});

export const IndicatorView = z
  .object({
    id: Id,
    name: z.string(),
    params: IndicatorSourceParams,
    /** The source in words: the survey and what of it. */
    sourceLabel: z.string(),
    direction: IndicatorDirection,
    baseline: z.number().nullable(),
    target: z.number(),
    points: z.array(IndicatorPoint),
    /** The newest value shown, and whether it meets the target in the indicator's direction. */
    latest: z.number().nullable(),
    met: z.boolean().nullable(),
  })
  .meta({ id: 'IndicatorView' });
export type IndicatorView = z.infer<typeof IndicatorView>;

export const IndicatorList = z
  .object({
    items: z.array(IndicatorView),
    /** The days each adopted version took effect: where the impact of a revision shows. */
    versions: z.array(z.object({ number: z.number().int(), effectiveFrom: z.string() })),
  })
  .meta({ id: 'IndicatorList' });

/** Whether a value meets the target: at or above it going up, at or below it going down. */
export function meetsTarget(value: number | null, target: number, direction: 'up' | 'down'): boolean | null {
  if (value === null) return null;
  return direction === 'up' ? value >= target : value <= target;
}
