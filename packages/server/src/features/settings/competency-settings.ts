import { DEFAULT_JPM_THRESHOLDS, type JpmThresholds } from '@jenjang/domain/competency/competency-gap.rules';

export type { JpmThresholds };

/** A government row's JPM cut-offs (numeric columns arrive as strings); the defaults for no row. */
export function thresholdsOf(row: { jpm_meets: string; jpm_still_meets: string } | undefined): JpmThresholds {
  if (!row) return { ...DEFAULT_JPM_THRESHOLDS };
  return { meets: Number(row.jpm_meets), stillMeets: Number(row.jpm_still_meets) };
}
