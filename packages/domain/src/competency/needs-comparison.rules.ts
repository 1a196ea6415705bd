// Measured gaps beside stated needs (PP 17/2020 art. 205–206: needs come from the gap analysis;
// LAN's practice asks staff too, DOMAIN.md §3): for each competency, whether the assessments show
// it as a large need, whether the staff's own ratings (need − ability) do, and so whether the two
// agree. "Large" is relative — in the upper half of the competencies both sources rate — because
// a share of people below standard and a gap on a 1–5 scale have no common unit; and a competency
// nobody falls short in (or nobody asks for) is never large.

export interface MeasuredNeed {
  code: string;
  /** People assessed against the standard's requirement. */
  assessed: number;
  /** Of them, below the required level. */
  below: number;
}

export interface StatedNeed {
  code: string;
  /** Mean need − mean ability; null when too few rated it to show. */
  gap: number | null;
}

export const NEED_AGREEMENTS = ['both', 'measuredOnly', 'statedOnly', 'neither', 'unknown'] as const;
export type NeedAgreement = (typeof NEED_AGREEMENTS)[number];

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Each competency's agreement: 'both' large, one only, 'neither', or 'unknown' when a source has no
 * figure for it (nobody assessed, too few ratings, not in the survey).
 */
export function compareNeeds(
  measured: readonly MeasuredNeed[],
  stated: readonly StatedNeed[],
): Map<string, NeedAgreement> {
  const share = new Map(measured.filter((m) => m.assessed > 0).map((m) => [m.code, m.below / m.assessed]));
  const gap = new Map(stated.flatMap((s) => (s.gap === null ? [] : [[s.code, s.gap] as const])));
  const compared = [...share.keys()].filter((code) => gap.has(code));
  const shareCut = compared.length > 0 ? median(compared.map((c) => share.get(c)!)) : 0;
  const gapCut = compared.length > 0 ? median(compared.map((c) => gap.get(c)!)) : 0;
  const result = new Map<string, NeedAgreement>();
  for (const code of new Set([...measured.map((m) => m.code), ...stated.map((s) => s.code)])) {
    if (!share.has(code) || !gap.has(code)) {
      result.set(code, 'unknown');
      continue;
    }
    const measuredLarge = share.get(code)! > 0 && share.get(code)! >= shareCut;
    const statedLarge = gap.get(code)! > 0 && gap.get(code)! >= gapCut;
    result.set(
      code,
      measuredLarge && statedLarge
        ? 'both'
        : measuredLarge
          ? 'measuredOnly'
          : statedLarge
            ? 'statedOnly'
            : 'neither',
    );
  }
  return result;
}
