import { z } from 'zod';
import { JPM_LABELS } from '../competency/competency-gap.rules';
import { PREDIKATS } from '../performance/predikat.rules';
import { textLine } from '../shared/common.contract';
import { EDUCATION_LEVELS } from './education-level';

// A government's talent-mapping settings (PermenPANRB 3/2020, DOMAIN.md §8): how performance and
// potential are scored, where the bands begin, how the nine boxes are numbered and what each box
// suggests. The regulation fixes the 3 × 3 grid; everything else here differs between
// implementations [V that they differ], so all of it is configuration and the defaults are [U].

/** What a box suggests (DOMAIN.md §8, common use [U]). */
export const TALENT_RECOMMENDATIONS = ['talentPool', 'develop', 'rotate', 'performanceFollowUp'] as const;
export type TalentRecommendation = (typeof TALENT_RECOMMENDATIONS)[number];

/** Box numbers as record keys ('1' … '9'): JSON objects have string keys. */
export const BOX_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type BoxKey = (typeof BOX_KEYS)[number];

const Points = z.number().min(0).max(100).multipleOf(0.01);

/** [low, high]: below low is the lowest band, from high on the highest, the middle between. */
const Cutoffs = z
  .tuple([Points, Points])
  .refine(([low, high]) => low < high, { params: { i18n: 'errors.talent.cutoffOrder' } });

/** A scored item a government adds (innovation, achievements, discipline…), up to its maximum. */
export const TalentComponent = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    label: textLine(80),
    maxPoints: z.number().gt(0).max(100).multipleOf(0.01),
    /** A bonus adds its points, a penalty takes them away. */
    kind: z.enum(['bonus', 'penalty']),
  })
  .strict()
  .meta({ id: 'TalentComponent' });
export type TalentComponent = z.infer<typeof TalentComponent>;

const Components = z
  .array(TalentComponent)
  .max(10)
  .refine((list) => new Set(list.map((c) => c.key)).size === list.length, {
    params: { i18n: 'errors.talent.componentTwice' },
  });

/** Points that must not rank a worse grade above a better one, e.g. Baik above Sangat Baik. */
function ordered<K extends string>(points: Record<K, number>, bestFirst: readonly K[]): boolean {
  return bestFirst.every((k, i) => i === 0 || points[k] <= (points[bestFirst[i - 1] as K] ?? 0));
}

const PerformanceSettings = z
  .object({
    predikatPoints: z.record(z.enum(PREDIKATS), Points),
    components: Components,
    cutoffs: Cutoffs,
  })
  .strict()
  .refine((s) => ordered(s.predikatPoints, PREDIKATS), {
    path: ['predikatPoints'],
    params: { i18n: 'errors.talent.predikatOrder' },
  });

const PotentialSettings = z
  .object({
    jpmPoints: z.record(z.enum(JPM_LABELS), Points),
    /** Points per education level; a level not listed earns `otherQualificationPoints`. */
    qualificationPoints: z.partialRecord(z.enum(EDUCATION_LEVELS), Points),
    otherQualificationPoints: Points,
    /** Points per full year of service, up to the cap. */
    serviceYears: z.object({ pointsPerYear: Points, cap: Points }).strict(),
    /** Points per development program completed in the last `windowYears` years, up to the cap. */
    training: z
      .object({ pointsPerProgram: Points, cap: Points, windowYears: z.number().int().min(1).max(5) })
      .strict(),
    components: Components,
    cutoffs: Cutoffs,
  })
  .strict()
  .refine((s) => ordered(s.jpmPoints, JPM_LABELS), {
    path: ['jpmPoints'],
    params: { i18n: 'errors.talent.jpmOrder' },
  });

/**
 * Who besides the agency and the person placed sees placements: leaders (the whole government),
 * supervisors (their own unit's people) and auditors. PermenPANRB 3/2020 leaves it to the policy.
 */
export const TALENT_VIEWERS = ['pimpinan', 'atasan', 'auditor'] as const;
export type TalentViewer = (typeof TALENT_VIEWERS)[number];

const BoxNumber = z.number().int().min(1).max(9);
const BoxRow = z.tuple([BoxNumber, BoxNumber, BoxNumber]);

export const TalentSettings = z
  .object({
    performance: PerformanceSettings,
    potential: PotentialSettings,
    /**
     * boxNumbers[potential][performance]: rows potential rendah, menengah, tinggi; columns
     * performance di bawah, sesuai, di atas ekspektasi. Each of 1–9 once.
     */
    boxNumbers: z.tuple([BoxRow, BoxRow, BoxRow]),
    /** A short name per box ('Bintang'), shown beside its number; optional. */
    boxLabels: z.partialRecord(z.enum(BOX_KEYS), textLine(40)),
    recommendations: z.record(z.enum(BOX_KEYS), z.enum(TALENT_RECOMMENDATIONS)),
    visibleTo: z
      .array(z.enum(TALENT_VIEWERS))
      .max(TALENT_VIEWERS.length)
      .refine((list) => new Set(list).size === list.length, {
        params: { i18n: 'errors.talent.viewerTwice' },
      }),
  })
  .strict()
  .refine((s) => new Set(s.boxNumbers.flat()).size === 9, {
    path: ['boxNumbers'],
    params: { i18n: 'errors.talent.boxNumbers' },
  })
  .meta({ id: 'TalentSettings' });
export type TalentSettings = z.infer<typeof TalentSettings>;

/**
 * Defaults only, all [U] (DOMAIN.md §8, from two open-source implementations): performance is the
 * predikat's points (Sangat Baik 80 … Sangat Kurang 5) plus innovation and achievements (up to 10
 * each) less a discipline penalty (up to 20); potential is the JPM category's points (50/30/10) plus
 * qualification (S3 20, S2 15, S1 and D4 10, D3 7.5, other 5), a point per year of service (up to
 * 10) and 5 per program of the last two years (up to 20). Both scales run to 100, cut at about
 * thirds. Boxes are numbered performance first: 1 lowest/lowest, 5 the centre, 9 highest/highest,
 * then a higher performance before a higher potential (8 is di atas/menengah, 7 sesuai/tinggi).
 * Besides the agency and the person placed, leaders see placements; supervisors and auditors do not.
 */
export const DEFAULT_TALENT_SETTINGS: TalentSettings = {
  performance: {
    predikatPoints: { sangat_baik: 80, baik: 66, butuh_perbaikan: 33, kurang: 15, sangat_kurang: 5 },
    components: [
      { key: 'innovation', label: 'Inovasi', maxPoints: 10, kind: 'bonus' },
      { key: 'achievements', label: 'Prestasi', maxPoints: 10, kind: 'bonus' },
      { key: 'discipline', label: 'Hukuman disiplin', maxPoints: 20, kind: 'penalty' },
    ],
    cutoffs: [40, 70],
  },
  potential: {
    jpmPoints: { memenuhi: 50, masihMemenuhi: 30, kurangMemenuhi: 10 },
    qualificationPoints: { S3: 20, S2: 15, S1: 10, D4: 10, D3: 7.5 },
    otherQualificationPoints: 5,
    serviceYears: { pointsPerYear: 1, cap: 10 },
    training: { pointsPerProgram: 5, cap: 20, windowYears: 2 },
    components: [],
    cutoffs: [40, 70],
  },
  boxNumbers: [
    [1, 3, 6],
    [2, 5, 8],
    [4, 7, 9],
  ],
  boxLabels: {},
  recommendations: {
    '1': 'performanceFollowUp',
    '2': 'performanceFollowUp',
    '3': 'develop',
    '4': 'rotate',
    '5': 'develop',
    '6': 'develop',
    '7': 'talentPool',
    '8': 'talentPool',
    '9': 'talentPool',
  },
  visibleTo: ['pimpinan'],
};
