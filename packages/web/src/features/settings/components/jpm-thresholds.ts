import type { TenantSettings } from '../../../api/types';

export type JpmThresholds = TenantSettings['jpmThresholds'];

/** What is wrong with the cut-offs, field by field (the server holds the same rules). */
export function jpmThresholdProblems(thresholds: JpmThresholds): {
  meets?: 'range';
  stillMeets?: 'range' | 'order';
} {
  const inRange = (value: number) => Number.isFinite(value) && value > 0 && value <= 100;
  return {
    ...(inRange(thresholds.meets) ? {} : { meets: 'range' as const }),
    ...(!inRange(thresholds.stillMeets)
      ? { stillMeets: 'range' as const }
      : thresholds.stillMeets > thresholds.meets
        ? { stillMeets: 'order' as const }
        : {}),
  };
}

/** Whether two sets of cut-offs are the same. */
export function sameThresholds(a: JpmThresholds, b: JpmThresholds): boolean {
  return a.meets === b.meets && a.stillMeets === b.stillMeets;
}
