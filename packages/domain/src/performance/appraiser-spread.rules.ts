// Appraisers whose ratings stand far from their peers' (issue 13: a leader's view of the predikat
// distribution flags them). Not a regulation: a reading aid, so that a leader asks why one
// supervisor rates nearly everyone Sangat Baik, or nobody. Each predikat is scored on a 1–5 scale
// (Sangat Kurang 1 … Sangat Baik 5); an appraiser's mean is set against the mean of every other
// appraisal in the same view, in units of the standard error a sample of the appraiser's size would
// have among those peers (a one-sample z statistic). Flagged: at least `minAppraisals` appraisals
// and |z| at least `threshold` (2: about the 95% two-sided band).

export type ScoredPredikat = 'sangat_baik' | 'baik' | 'butuh_perbaikan' | 'kurang' | 'sangat_kurang';

export const PREDIKAT_SCORE: Record<ScoredPredikat, number> = {
  sangat_baik: 5,
  baik: 4,
  butuh_perbaikan: 3,
  kurang: 2,
  sangat_kurang: 1,
};

export interface SpreadOptions {
  minAppraisals: number;
  threshold: number;
}

export const DEFAULT_SPREAD: SpreadOptions = { minAppraisals: 5, threshold: 2 };

export interface AppraiserCounts<K> {
  key: K;
  counts: Record<ScoredPredikat, number>;
}

export interface AppraiserSpread<K> {
  key: K;
  appraised: number;
  meanScore: number;
  /** z against the other appraisers' appraisals; 0 when it cannot be told (no spread, no peers). */
  deviation: number;
  flagged: boolean;
}

interface Moments {
  n: number;
  sum: number;
  squares: number;
}

function momentsOf(counts: Record<ScoredPredikat, number>): Moments {
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (const [predikat, count] of Object.entries(counts) as [ScoredPredikat, number][]) {
    const score = PREDIKAT_SCORE[predikat];
    n += count;
    sum += count * score;
    squares += count * score * score;
  }
  return { n, sum, squares };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Each appraiser's mean score and how far it stands from the others', flagged as the options say. */
export function appraiserSpread<K>(
  appraisers: readonly AppraiserCounts<K>[],
  options: SpreadOptions = DEFAULT_SPREAD,
): { peerMean: number | null; appraisers: AppraiserSpread<K>[] } {
  const each = appraisers.map((a) => ({ key: a.key, m: momentsOf(a.counts) }));
  const all = each.reduce(
    (total, { m }) => ({ n: total.n + m.n, sum: total.sum + m.sum, squares: total.squares + m.squares }),
    { n: 0, sum: 0, squares: 0 },
  );
  return {
    peerMean: all.n === 0 ? null : round(all.sum / all.n),
    appraisers: each.map(({ key, m }) => {
      const mean = m.n === 0 ? 0 : m.sum / m.n;
      const deviation = m.n === 0 ? 0 : zAgainstOthers(m, all);
      return {
        key,
        appraised: m.n,
        meanScore: round(mean),
        deviation: round(deviation),
        flagged: m.n >= options.minAppraisals && Math.abs(deviation) >= options.threshold,
      };
    }),
  };
}

/** (mean − others' mean) / (others' sd / √n); 0 when the others are fewer than two or all alike. */
function zAgainstOthers(own: Moments, all: Moments): number {
  const n = all.n - own.n;
  if (n < 2) return 0;
  const mean = (all.sum - own.sum) / n;
  const variance = (all.squares - own.squares - n * mean * mean) / (n - 1);
  if (variance <= 1e-12) return 0;
  return (own.sum / own.n - mean) / Math.sqrt(variance / own.n);
}
