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

const Change = z.object({ before: Mean, after: Mean, change: Mean });

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

export const WaveReport = z
  .object({
    responses: z.number().int(),
    minGroupSize: z.number().int(),
    suppressed: z.boolean(),
    minimumSample: z.number().int().nullable(),
    questions: z.array(
      z.object({
        key: z.string(),
        summary: QuestionSummary,
        texts: z.array(z.object({ responseId: z.string(), text: z.string() })).optional(),
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
    comparison: z.array(WaveComparison).nullable(),
  })
  .meta({ id: 'WaveReport' });

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
    report: WaveReport,
  })
  .meta({ id: 'WaveResults' });

export const ResultsQuery = z.object({
  breakdown: BreakdownBy.optional(),
  lang: z.enum(['id', 'en']).optional(),
});

export const HideTextBody = z
  .object({ responseId: z.uuid(), questionKey: z.string().max(40), hidden: z.boolean() })
  .meta({ id: 'HideTextBody' });

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
        responses: z.number().int(),
        population: z.number().int().nullable(),
        minimumSample: z.number().int().nullable(),
        /** Null when fewer than k answered (hidden) or an element has no answers yet. */
        ikm: IkmResult.nullable(),
        suppressed: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'IkmOverview' });
