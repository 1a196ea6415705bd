import { z } from 'zod';
import { InstrumentDefinition, LocalizedText, PROFILE_FIELDS, SKM_ELEMENTS } from './instrument.contract';
import { SurveyMode, WaveSummary } from './survey.contract';

// The shapes of survey-results.rules.ts, ikm.rules.ts and survey-report.ts as the API sends them.

const Mean = z.number().nullable();
const Share = z.object({ count: z.number().int(), percent: z.number().nullable() });
const PointShare = Share.extend({ value: z.number() });
const OptionShare = Share.extend({ value: z.string() });
const ScaleRange = z.object({ min: z.number(), max: z.number() });
const StatementNeed = z.object({
  key: z.string(),
  competency: z.string().nullable(),
  n: z.number().int(),
  meanAbility: Mean,
  meanNeed: Mean,
  gap: Mean,
});

export const QuestionSummary = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('likert'),
      key: z.string(),
      scale: ScaleRange,
      n: z.number().int(),
      mean: Mean,
      distribution: z.array(PointShare),
    }),
    z.object({
      type: z.literal('single'),
      key: z.string(),
      n: z.number().int(),
      options: z.array(OptionShare),
      /** Profile questions: options hidden under the k rule, and how many they hold with the skips. */
      hidden: z.object({ options: z.number().int(), count: z.number().int().nullable() }).optional(),
    }),
    z.object({
      type: z.literal('multiple'),
      key: z.string(),
      n: z.number().int(),
      options: z.array(OptionShare),
    }),
    z.object({
      type: z.literal('number'),
      key: z.string(),
      n: z.number().int(),
      mean: Mean,
      median: Mean,
      min: Mean,
      max: Mean,
    }),
    z.object({ type: z.literal('text'), key: z.string(), n: z.number().int() }),
    z.object({
      type: z.literal('matrix'),
      key: z.string(),
      scale: ScaleRange,
      n: z.number().int(),
      statements: z.array(
        z.object({ key: z.string(), n: z.number().int(), mean: Mean, distribution: z.array(PointShare) }),
      ),
    }),
    z.object({
      type: z.literal('abilityNeed'),
      key: z.string(),
      scale: ScaleRange,
      n: z.number().int(),
      statements: z.array(StatementNeed),
      ranked: z.array(StatementNeed),
    }),
  ])
  .meta({ id: 'QuestionSummary' });

/** A change since the previous wave, judged (wave-comparison.rules.ts). */
const Change = z.object({
  before: Mean,
  after: Mean,
  change: Mean,
  /** The 95 % confidence interval of the change; null when not judged. */
  low: Mean,
  high: Mean,
  /** up/down: a real rise or fall; steady: no meaningful change; tooFew: a side under k. */
  verdict: z.enum(['up', 'down', 'steady', 'tooFew']).nullable(),
});

export const WaveComparison = z
  .discriminatedUnion('type', [
    z.object({ type: z.enum(['likert', 'number']), key: z.string(), mean: Change }),
    z.object({
      type: z.enum(['single', 'multiple']),
      key: z.string(),
      options: z.array(Change.extend({ value: z.string() })),
    }),
    z.object({
      type: z.enum(['matrix', 'abilityNeed']),
      key: z.string(),
      statements: z.array(Change.extend({ key: z.string() })),
    }),
  ])
  .meta({ id: 'WaveComparison' });

export const IkmCategory = z.object({
  mutu: z.enum(['A', 'B', 'C', 'D']),
  kinerja: z.enum(['sangatBaik', 'baik', 'kurangBaik', 'tidakBaik']),
});

/**
 * How an IKM was weighed (DOMAIN.md §5, ikm.rules.ts IkmConvention): exactly 1/9 as PermenPANRB
 * 14/2017, or 0.111 with NRR tertimbang rounded to 2 or 3 decimals (or not) as many past reports.
 */
export const IkmConvention = z
  .object({
    weight: z.enum(['exact', '0.111']),
    roundDecimals: z.union([z.literal(2), z.literal(3)]).nullable(),
  })
  .meta({ id: 'IkmConvention' });

/** The IKM's change since the previous wave, with the category of each. */
export const IkmChange = Change.extend({
  categoryBefore: IkmCategory.nullable(),
  categoryAfter: IkmCategory.nullable(),
});

/** The IKM first, then the questions (SKM elements first), each change judged by the stated rule. */
export const ReportComparison = z
  .object({
    confidence: z.number(),
    /** The smallest change marked, as a share of each measure's scale (0: none). */
    minimumEffect: z.number(),
    ikm: IkmChange.nullable(),
    items: z.array(WaveComparison),
  })
  .meta({ id: 'ReportComparison' });

export const IkmResult = z
  .object({
    elements: z.array(
      z.object({
        element: z.enum(SKM_ELEMENTS),
        n: z.number().int(),
        nrr: z.number(),
        weightedNrr: z.number(),
      }),
    ),
    weight: z.number(),
    weightedNrr: z.number(),
    ikm: z.number(),
    category: IkmCategory,
    /** The convention it was computed with: every IKM report states it. */
    convention: IkmConvention,
  })
  .meta({ id: 'IkmResult' });

export const NeedRank = z.object({
  competency: z.string().nullable(),
  statements: z.array(z.string()),
  ratings: z.number().int(),
  meanAbility: Mean,
  meanNeed: Mean,
  gap: Mean,
});

export const BREAKDOWNS = ['unit', ...PROFILE_FIELDS] as const;
export const BreakdownBy = z.enum(BREAKDOWNS);

/** Why a part of the results is not there: until the wave closes, or not in a slice. */
export const HeldBack = z.enum(['untilClose', 'slice']);

export const WaveReport = z
  .object({
    responses: z.number().int(),
    minGroupSize: z.number().int(),
    /** The wave is closed: these are its final figures. */
    final: z.boolean(),
    view: z.enum(['whole', 'slice']),
    /** Answers that arrived last, fewer than k, withheld for good when the wave closed. */
    withheld: z.number().int(),
    suppressed: z.boolean(),
    minimumSample: z.number().int().nullable(),
    questions: z.array(
      z.object({
        key: z.string(),
        summary: QuestionSummary,
        /** Each text with an id of its own (not its response's: texts cannot be matched across questions). */
        texts: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
        words: z.array(z.object({ word: z.string(), count: z.number().int() })).optional(),
      }),
    ),
    ikm: IkmResult.nullable(),
    needs: z.array(NeedRank).nullable(),
    breakdown: z
      .object({
        by: BreakdownBy,
        groups: z.array(
          z.object({
            key: z.string(),
            label: LocalizedText,
            n: z.number().int(),
            ikm: z.number().nullable(),
            questions: z.array(z.object({ key: z.string(), summary: QuestionSummary })),
          }),
        ),
        hiddenGroups: z.number().int(),
        otherCount: z.number().int().nullable(),
      })
      .nullable(),
    breakdownsHeldBack: HeldBack.nullable(),
    /**
     * Questions left out, and why: profile questions and those asked of some profile groups only
     * (until close, or in a slice); 'fewAnswers': answered by 1 to k − 1; 'profileGroup': asked of
     * some profile groups only, and showing it would give a group under k away.
     */
    heldBackQuestions: z.array(
      z.object({ key: z.string(), reason: z.enum([...HeldBack.options, 'fewAnswers', 'profileGroup']) }),
    ),
    comparison: ReportComparison.nullable(),
  })
  .meta({ id: 'WaveReport' });

/**
 * What the reader reads: the whole wave, or the slice of its units (the answers of OPDs in its
 * subtree), shown only once the wave is closed and the units are groups the breakdown shows.
 */
export const ResultsReach = z
  .object({
    kind: z.enum(['whole', 'slice']),
    /** The slice's units by name (empty for the whole wave). */
    units: z.array(z.string()),
    shown: z.boolean(),
    /** Why a slice is not shown: the wave is open, none of its answers is in reach, or too few. */
    reason: z.enum(['notFinal', 'empty', 'small']).nullable(),
  })
  .meta({ id: 'ResultsReach' });

/**
 * A survey's figures over all its published waves (more than two): the IKM or a chosen mean per
 * wave, each as the reader reads that wave (whole or its slice) and only where it holds at least k
 * answers; a hidden wave is a gap (null), never zero.
 */
export const ResultsTrend = z
  .object({
    measures: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(['ikm', 'mean']),
        question: z.string().nullable(),
        statement: z.string().nullable(),
        scale: ScaleRange.nullable(),
      }),
    ),
    waves: z.array(
      z.object({
        id: z.number().int(),
        number: z.number().int(),
        label: z.string(),
        /** Closed: its figures are final. */
        final: z.boolean(),
        /** The wave these results are of. */
        current: z.boolean(),
        /** Whether its figures may be shown to this reader (k answers in what it reads). */
        shown: z.boolean(),
        responses: z.number().int().nullable(),
        /** Per measure key; null where the wave is hidden or asked the measure otherwise. */
        values: z.record(z.string(), z.number().nullable()),
        ikmCategory: IkmCategory.nullable(),
      }),
    ),
    /** The convention its IKM figures follow. */
    ikmConvention: IkmConvention,
  })
  .meta({ id: 'ResultsTrend' });

export const WaveResults = z
  .object({
    survey: z.object({
      id: z.number().int(),
      title: z.string(),
      mode: SurveyMode,
      serviceName: z.string().nullable(),
    }),
    wave: WaveSummary,
    previousWave: z.object({ id: z.number().int(), label: z.string() }).nullable(),
    definition: InstrumentDefinition,
    /** Whether the reader may hide abusive texts. */
    canModerate: z.boolean(),
    reach: ResultsReach,
    report: WaveReport,
    /** The survey's trend, when it has more than two published waves. */
    trend: ResultsTrend.nullable(),
  })
  .meta({ id: 'WaveResults' });

export const ResultsQuery = z.object({
  breakdown: BreakdownBy.optional(),
  lang: z.enum(['id', 'en']).optional(),
});

export const HideTextBody = z
  .object({
    textId: z.string().regex(/^[0-9a-f]{32}$/),
    questionKey: z.string().max(40),
    hidden: z.boolean(),
  })
  .meta({ id: 'HideTextBody' });

/** How far an IKM may wander by chance: n respondents, variance per respondent (SE² = variance ÷ n). */
export const IkmSpread = z.object({ n: z.number().int(), variance: z.number() }).meta({ id: 'IkmSpread' });

/** PermenPANRB 14/2017 per service unit and period: every SKM wave's IKM, under the k rule. */
export const IkmOverview = z
  .object({
    items: z.array(
      z.object({
        surveyId: z.number().int(),
        title: z.string(),
        serviceName: z.string().nullable(),
        serviceUnit: z.string().nullable(),
        wave: z.object({
          id: z.number().int(),
          number: z.number().int(),
          label: z.string(),
          opensAt: z.string(),
          closesAt: z.string(),
        }),
        /** The whole wave, or the reader's slice (shown once the wave is closed). */
        reach: z.enum(['whole', 'slice']),
        responses: z.number().int(),
        population: z.number().int().nullable(),
        minimumSample: z.number().int().nullable(),
        /** Null when fewer than k answered (hidden) or an element has no answers yet. */
        ikm: IkmResult.nullable(),
        /** The IKM's sampling spread (ikm.rules.ts ikmSpread), to judge a change; null with no IKM. */
        spread: IkmSpread.nullable(),
        suppressed: z.boolean(),
      }),
    ),
    /** The government's IKM convention, which every IKM here follows. */
    convention: IkmConvention,
  })
  .meta({ id: 'IkmOverview' });

/** Waves whose results a reader may see (at least k answers in what it reads), newest first. */
export const VisibleResults = z
  .object({
    items: z.array(
      z.object({
        waveId: z.number().int(),
        surveyId: z.number().int(),
        title: z.string(),
        label: z.string(),
        mode: SurveyMode,
        /** The instrument's kind (skm, reaction, needs, …). */
        kind: z.string(),
        /** The wave is closed: its figures are final. */
        final: z.boolean(),
        closesAt: z.string(),
        reach: z.enum(['whole', 'slice']),
        responses: z.number().int(),
        ikm: z.number().nullable(),
      }),
    ),
    /** The convention the IKM figures follow. */
    convention: IkmConvention,
  })
  .meta({ id: 'VisibleResults' });
