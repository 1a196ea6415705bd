import { z } from 'zod';
import { golonganRank, PNS_GOLONGAN, type PnsGolongan } from '../people/golongan';
import { FUNGSIONAL_LEVELS } from '../people/position';
import { PREDIKATS } from '../performance/predikat.rules';
import { EDUCATION_LEVELS, type EducationLevel, educationLevelRank } from './education-level';

// A government's rules for kenaikan pangkat reguler, owned by its promotion policy. DOMAIN.md §7:
// SIASN's promotion types and period dates are confirmed, but every rule below is seen only in
// implementers' code [U], so each value is configuration and the defaults are no more than that.

const PNS_CODES = PNS_GOLONGAN.map((g) => g.code) as [PnsGolongan, ...PnsGolongan[]];

/** A higher education must not have a lower ceiling than a lower one: that is a typing slip. */
function ceilingsRiseWithEducation(ceilings: Partial<Record<EducationLevel, PnsGolongan>>): boolean {
  const set = EDUCATION_LEVELS.flatMap((level) => {
    const ceiling = ceilings[level];
    return ceiling ? [{ rank: educationLevelRank(level), ceiling: golonganRank(ceiling) }] : [];
  });
  return set.every((entry, i) => i === 0 || entry.ceiling >= (set[i - 1]?.ceiling ?? 0));
}

export const PromotionRules = z
  .object({
    /** Whole years in the current golongan before the next (DOMAIN.md §7 [U], default 4). */
    minYearsInRank: z.number().int().min(0).max(10),
    /** How many annual predikat before the period's year count (default 2: the last two SKP). */
    appraisalsConsidered: z.number().int().min(0).max(5),
    /** Each of those must be at least this predikat (default Baik). */
    minimumPredikat: z.enum(PREDIKATS),
    /** An active disciplinary sanction on the period date bars the promotion (default yes). */
    requireNoActiveSanction: z.boolean(),
    /**
     * The highest golongan a reguler promotion reaches with each education level. A level left out
     * has no ceiling known: such a person's eligibility cannot be confirmed until it is set.
     */
    educationCeilings: z.partialRecord(z.enum(EDUCATION_LEVELS), z.enum(PNS_CODES)),
    /**
     * The position path: the highest golongan each jenjang of a functional position takes. A
     * promotion past it waits for the next jenjang. A jenjang left out sets no bound.
     */
    positionCeilings: z.partialRecord(z.enum(FUNGSIONAL_LEVELS), z.enum(PNS_CODES)).default({}),
    /** Months (1–12) whose first day is a promotion period (default April and October). */
    periods: z.array(z.number().int().min(1).max(12)).min(1).max(12),
    /** Proposals are due this many months before a period (default 2). */
    proposalLeadMonths: z.number().int().min(0).max(12),
  })
  .strict()
  .refine((r) => new Set(r.periods).size === r.periods.length, {
    path: ['periods'],
    params: { i18n: 'errors.promotion.periodTwice' },
  })
  .refine((r) => ceilingsRiseWithEducation(r.educationCeilings), {
    path: ['educationCeilings'],
    params: { i18n: 'errors.promotion.ceilingOrder' },
  })
  .meta({ id: 'PromotionRules' });
export type PromotionRules = z.infer<typeof PromotionRules>;

/**
 * Defaults only, every one [U] (DOMAIN.md §7): 4 years in rank; the last two annual SKP at least
 * Baik; no active sanction; ceilings SLTA III/b, D3 III/c, D4 and S1 III/d, S2 IV/a, S3 IV/b (the
 * five DOMAIN.md gives; SD, SMP, D1 and D2 are left for the government to set rather than invented);
 * the highest golongan of each jenjang of a functional position as implementers use them (Ahli
 * Pertama III/b, Ahli Muda III/d, Ahli Madya IV/c, Ahli Utama IV/e; Pemula II/a, Terampil II/d,
 * Mahir III/b, Penyelia III/d — not in DOMAIN.md, so configuration to be checked by each
 * government); periods 1 April and 1 October, proposals due two months before.
 */
export const DEFAULT_PROMOTION_RULES: PromotionRules = {
  minYearsInRank: 4,
  appraisalsConsidered: 2,
  minimumPredikat: 'baik',
  requireNoActiveSanction: true,
  educationCeilings: { SLTA: 'III/b', D3: 'III/c', D4: 'III/d', S1: 'III/d', S2: 'IV/a', S3: 'IV/b' },
  positionCeilings: {
    ahli_pertama: 'III/b',
    ahli_muda: 'III/d',
    ahli_madya: 'IV/c',
    ahli_utama: 'IV/e',
    pemula: 'II/a',
    terampil: 'II/d',
    mahir: 'III/b',
    penyelia: 'III/d',
  },
  periods: [4, 10],
  proposalLeadMonths: 2,
};
