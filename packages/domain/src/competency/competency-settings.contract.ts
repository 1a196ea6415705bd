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
