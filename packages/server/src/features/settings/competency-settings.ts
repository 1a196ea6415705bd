import { DEFAULT_JPM_THRESHOLDS, type JpmThresholds } from '@jenjang/domain/competency/competency-gap.rules';
import type { JpSettings as JpSettingsContract } from '@jenjang/domain/competency/competency-settings.contract';
import { DEFAULT_JP_TARGETS, DEFAULT_MINUTES_PER_JP } from '@jenjang/domain/competency/jp-attainment.rules';
import type { z } from 'zod';

export type { JpmThresholds };
export type JpSettings = z.output<typeof JpSettingsContract>;

/** A government row's JPM cut-offs (numeric columns arrive as strings); the defaults for no row. */
export function thresholdsOf(row: { jpm_meets: string; jpm_still_meets: string } | undefined): JpmThresholds {
  if (!row) return { ...DEFAULT_JPM_THRESHOLDS };
  return { meets: Number(row.jpm_meets), stillMeets: Number(row.jpm_still_meets) };
}

export const DEFAULT_JP_SETTINGS: JpSettings = {
  pnsTarget: DEFAULT_JP_TARGETS.PNS.target,
  pppkTarget: DEFAULT_JP_TARGETS.PPPK.target,
  pppkCeiling: DEFAULT_JP_TARGETS.PPPK.ceiling,
  minutesPerJp: DEFAULT_MINUTES_PER_JP,
};

/** A government row's JP settings (numeric columns arrive as strings); the defaults for no row. */
export function jpSettingsOf(
  row:
    | {
        jp_target_pns: string;
        jp_target_pppk: string;
        jp_ceiling_pppk: string | null;
        minutes_per_jp: number;
      }
    | undefined,
): JpSettings {
  if (!row) return { ...DEFAULT_JP_SETTINGS };
  return {
    pnsTarget: Number(row.jp_target_pns),
    pppkTarget: Number(row.jp_target_pppk),
    pppkCeiling: row.jp_ceiling_pppk === null ? null : Number(row.jp_ceiling_pppk),
    minutesPerJp: row.minutes_per_jp,
  };
}
