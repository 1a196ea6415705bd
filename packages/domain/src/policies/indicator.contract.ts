import { z } from 'zod';
import { EQUITY_DIMENSIONS } from '../programs/equity.rules';
import { CalendarDate, textBlock, textLine } from '../shared/common.contract';

// A policy's indicators: what it is judged by, computed from Jenjang's own data, never typed in.
// Each source is declared here with its parameters (the server's registry, indicator-sources.ts,
// holds the feature that computes it); later capabilities add theirs (program reach, predikat
// distributions).

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
    /**
     * The share of PPPK among the government's active employees (or a unit's, with the units under
     * it), month by month from the registry's monthly snapshots, this month's as it stands now.
     */
    z.object({ source: z.literal('registry.pppkShare'), unitId: Id.nullable().default(null) }),
    /** The number of active employees (of the government, or a unit with the units under it), month by month. */
    z.object({ source: z.literal('registry.headCount'), unitId: Id.nullable().default(null) }),
    /**
     * The share of active PNS who reached the year's JP target (PP 17/2020 art. 203(4)), of the
     * government or a unit with the units under it, year by year; this year's as it stands now.
     */
    z.object({ source: z.literal('development.jpAttainment'), unitId: Id.nullable().default(null) }),
    /**
     * The share of employees measured against their position's standard whose JPM reads "Memenuhi
     * Syarat", as of the end of each year (assessment period); this year's as it stands now.
     */
    z.object({ source: z.literal('competency.standardMet'), unitId: Id.nullable().default(null) }),
    /**
     * The share of one competency's assessed requirements below the standard at the end of each year:
     * its gap closing (direction down) between assessment periods.
     */
    z.object({
      source: z.literal('competency.belowStandard'),
      competencyId: Id,
      unitId: Id.nullable().default(null),
    }),
    /**
     * How evenly the year's program selections treated groups of staff along one dimension: the
     * lowest group selection rate relative to the best-treated group's (1 when alike; domain
     * programs/equity.rules.ts), year by year.
     */
    z.object({ source: z.literal('program.selectionParity'), dimension: z.enum(EQUITY_DIMENSIONS) }),
    /**
     * The share of program participants (of the government, or a unit with the units under it) who
     * completed, among those whose batch ended in the year and was closed.
     */
    z.object({ source: z.literal('program.completionRate'), unitId: Id.nullable().default(null) }),
    /**
     * The participants' reaction score (Kirkpatrick level 1): the mean of the reaction survey's rated
     * questions over the program batches (of the government, or of one program) that ended in the
     * year and were closed, on the survey's 1–5 scale; batches of fewer than k answers left out.
     */
    z.object({ source: z.literal('program.reactionScore'), programId: Id.nullable().default(null) }),
    /**
     * The participants' learning gain (Kirkpatrick level 2): Hake's normalised gain of the pre- and
     * post-test means over the same batches; batches of fewer than k pairs of tests left out.
     */
    z.object({ source: z.literal('program.learningGain'), programId: Id.nullable().default(null) }),
    /**
     * The alumni's behaviour score (Kirkpatrick level 3): the mean of the follow-up's rated questions,
     * answered by the alumni months after the batches that ended in the year; batches of fewer than k
     * answers left out.
     */
    z.object({ source: z.literal('program.behaviourScore'), programId: Id.nullable().default(null) }),
    /**
     * The share of annual predikat kinerja at least Baik (Sangat Baik or Baik, PermenPANRB 6/2022)
     * among the annual appraisals of active employees (of the government, or a unit with the units
     * under it), appraisal year by appraisal year; a year still being appraised as it stands now.
     */
    z.object({ source: z.literal('performance.predikatShare'), unitId: Id.nullable().default(null) }),
    /**
     * Kenaikan pangkat on time: on each period date since the first promotion recorded, the share of
     * the PNS eligible then (under the rules in force on it) whose promotion for that period was
     * approved; eligibility is read on today's data (an approximation: promotion-indicator-sources.ts).
     */
    z.object({ source: z.literal('promotion.onTime'), unitId: Id.nullable().default(null) }),
    /**
     * The mean years active PNS (of the government, or a unit with the units under it) have held
     * their current golongan, from their TMT golongan: today's only (the registry keeps no past TMT).
     */
    z.object({ source: z.literal('promotion.timeInRank'), unitId: Id.nullable().default(null) }),
    /**
     * Values whose data lives outside Jenjang (a partner's report, a ministry's letter), entered by
     * an admin as measurements with their evidence attached; `evidenceRequired`: each must carry a file.
     */
    z.object({
      source: z.literal('manual'),
      unitLabel: textLine(40).nullable().default(null),
      evidenceRequired: z.boolean().default(true),
    }),
  ])
  .meta({ id: 'IndicatorSourceParams' });
export type IndicatorSourceParams = z.infer<typeof IndicatorSourceParams>;
export type IndicatorSourceName = IndicatorSourceParams['source'];
export const INDICATOR_SOURCES = [
  'survey.mean',
  'survey.ikm',
  'survey.responseRate',
  'policy.acknowledgement',
  'registry.pppkShare',
  'registry.headCount',
  'development.jpAttainment',
  'competency.standardMet',
  'competency.belowStandard',
  'program.selectionParity',
  'program.completionRate',
  'program.reactionScore',
  'program.learningGain',
  'program.behaviourScore',
  'performance.predikatShare',
  'promotion.onTime',
  'promotion.timeInRank',
  'manual',
] as const satisfies readonly IndicatorSourceName[];

/** Whether a source's values are shares (0 to 1), read as percentages; a change in one is in percentage points. */
export function isShareSource(source: IndicatorSourceName): boolean {
  return (
    source === 'survey.responseRate' ||
    source === 'policy.acknowledgement' ||
    source === 'registry.pppkShare' ||
    source === 'development.jpAttainment' ||
    source === 'competency.standardMet' ||
    source === 'competency.belowStandard' ||
    source === 'program.selectionParity' ||
    source === 'program.completionRate' ||
    source === 'program.learningGain' ||
    source === 'performance.predikatShare' ||
    source === 'promotion.onTime'
  );
}

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
    /**
     * The reverse view of evidence: the provision changes citing a measurement of these indicators,
     * with the value as cited and the provision's number in the citing version (or, for a provision
     * the change removed, in the version before).
     */
    citations: z.array(
      z.object({
        indicatorId: Id,
        measuredAt: z.iso.datetime({ offset: true }),
        measuredLabel: z.string(),
        value: z.number(),
        versionId: Id,
        versionNumber: z.number().int(),
        provisionLabel: z.string(),
        removed: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'IndicatorList' });

/** Whether a value meets the target: at or above it going up, at or below it going down. */
export function meetsTarget(value: number | null, target: number, direction: 'up' | 'down'): boolean | null {
  if (value === null) return null;
  return direction === 'up' ? value >= target : value <= target;
}

/** What an admin enters of a manual indicator's measurement, beside its evidence file (multipart fields). */
export const ManualMeasurementFields = z
  .object({
    /** The day the value stands for (the report's date). */
    measuredOn: CalendarDate,
    value: z.coerce.number().finite(),
    note: textBlock(2000).nullable().default(null),
    /** Where the data lives: the report, the office, the system it came from. */
    dataSource: textLine(300),
  })
  .meta({ id: 'ManualMeasurementFields' });
export type ManualMeasurementFields = z.infer<typeof ManualMeasurementFields>;

export const EVIDENCE_FILE_TYPES = ['pdf', 'xlsx', 'png', 'jpeg'] as const;
export type EvidenceFileType = (typeof EVIDENCE_FILE_TYPES)[number];

export const ManualMeasurement = z
  .object({
    id: Id,
    measuredOn: z.string(),
    value: z.number(),
    note: z.string().nullable(),
    dataSource: z.string(),
    enteredBy: z.string().nullable(),
    enteredAt: z.iso.datetime({ offset: true }),
    attachment: z
      .object({ id: Id, fileName: z.string(), type: z.enum(EVIDENCE_FILE_TYPES), bytes: z.number().int() })
      .nullable(),
    /** Withdrawn measurements stay listed with why; they leave the chart. */
    withdrawn: z
      .object({ at: z.iso.datetime({ offset: true }), by: z.string().nullable(), reason: z.string() })
      .nullable(),
    /** Whether it may still be withdrawn: not once a decided evaluation of the policy included it. */
    withdrawable: z.boolean(),
  })
  .meta({ id: 'ManualMeasurement' });
export type ManualMeasurement = z.infer<typeof ManualMeasurement>;

export const ManualMeasurementList = z
  .object({ items: z.array(ManualMeasurement), maxFileBytes: z.number().int() })
  .meta({ id: 'ManualMeasurementList' });

export const WithdrawMeasurementBody = z
  .object({ reason: textLine(500) })
  .meta({ id: 'WithdrawMeasurementBody' });
export type WithdrawMeasurementBody = z.infer<typeof WithdrawMeasurementBody>;
