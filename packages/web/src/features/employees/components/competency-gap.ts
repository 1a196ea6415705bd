import type { JpmLabel } from '../../../api/types';

// How a competency gap and a JPM read on screen: never by colour alone, always with the number and
// words (the colour follows the words).

export type GapStatus = 'unassessed' | 'below' | 'meets' | 'above';

/** PermenPANRB 38/2017: gap = actual − required; negative is a development need. */
export function gapStatus(gap: number | null): GapStatus {
  if (gap === null) return 'unassessed';
  if (gap < 0) return 'below';
  return gap === 0 ? 'meets' : 'above';
}

export const GAP_COLOURS: Record<GapStatus, string> = {
  unassessed: 'gray',
  below: 'red',
  meets: 'teal',
  above: 'teal',
};

export const JPM_COLOURS: Record<JpmLabel, string> = {
  memenuhi: 'teal',
  masihMemenuhi: 'orange',
  kurangMemenuhi: 'red',
};

/** A gap with its sign, as people write it: '−1' (a real minus), '0', '+2'. */
export function signedGap(gap: number, formatNumber: (value: number) => string): string {
  if (gap < 0) return `\u2212${formatNumber(-gap)}`;
  return gap > 0 ? `+${formatNumber(gap)}` : formatNumber(0);
}

/** A JPM in percent as the server rounded it (two decimals at most): 79.6 is not shown as 80 %. */
export function formatJpm(percent: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(
    percent / 100,
  );
}
