import { z } from 'zod';

// A government's competency settings (DOMAIN.md §4 [U]: configuration, with the domain's defaults).

/** The JPM percentages at or above which a person meets, or still meets, the standard. */
export const JpmThresholds = z
  .object({
    meets: z.number().gt(0).max(100).multipleOf(0.01),
    stillMeets: z.number().gt(0).max(100).multipleOf(0.01),
  })
  .strict()
  .refine((t) => t.stillMeets <= t.meets, {
    path: ['stillMeets'],
    params: { i18n: 'errors.competency.jpmThresholdOrder' },
  })
  .meta({ id: 'JpmThresholds' });

/**
 * The yearly JP each employee is to earn (DOMAIN.md §3: PNS at least 20, PP 17/2020 art. 203(4);
 * PPPK at most 24 per contract year, PP 49/2018 art. 40) and how long one JP lasts.
 */
export const JpSettings = z
  .object({
    pnsTarget: z.number().gt(0).max(200).multipleOf(0.01),
    pppkTarget: z.number().gt(0).max(200).multipleOf(0.01),
    /** JP beyond it are more than the regulation provides for a PPPK; null: no ceiling. */
    pppkCeiling: z.number().gt(0).max(200).multipleOf(0.01).nullable(),
    minutesPerJp: z.number().int().min(1).max(240),
  })
  .strict()
  .refine((s) => s.pppkCeiling === null || s.pppkCeiling >= s.pppkTarget, {
    path: ['pppkCeiling'],
    params: { i18n: 'errors.development.ceilingBelowTarget' },
  })
  .meta({ id: 'JpSettings' });
