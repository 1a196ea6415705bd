import { atLeast, PREDIKATS, type Predikat, predikatRank } from '../performance/predikat.rules';

// Kirkpatrick level 4 by the appraisal (issue 12, measured with issue 13's appraisals): the annual
// predikat of a program's completed participants in the year before their batch began and in the
// first full year after it ended (PP 17/2020 art. 206: the gap between performance and its target
// is what development answers). Only participants appraised in both years count; fewer than k of
// them and the figures are withheld, as every group under the k rule is.

export interface PredikatPair {
  before: Predikat | null;
  after: Predikat | null;
}

export type PredikatCounts = Record<Predikat, number>;

export interface PredikatChange {
  /** Completed participants, and those appraised in both years. */
  participants: number;
  paired: number;
  /** Fewer paired than k: nothing but the counts above is shown. */
  withheld: boolean;
  before: PredikatCounts | null;
  after: PredikatCounts | null;
  /** Percent of the paired at least Baik, before and after (one decimal). */
  atLeastBaikBefore: number | null;
  atLeastBaikAfter: number | null;
  improved: number | null;
  same: number | null;
  worse: number | null;
}

const zero = (): PredikatCounts => Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as PredikatCounts;
const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/** The participants' predikat before and after, under the k rule. */
export function predikatChange(pairs: readonly PredikatPair[], k: number): PredikatChange {
  const both = pairs.filter(
    (p): p is { before: Predikat; after: Predikat } => p.before !== null && p.after !== null,
  );
  const base = { participants: pairs.length, paired: both.length };
  if (both.length === 0 || both.length < k) {
    return {
      ...base,
      withheld: both.length > 0,
      before: null,
      after: null,
      atLeastBaikBefore: null,
      atLeastBaikAfter: null,
      improved: null,
      same: null,
      worse: null,
    };
  }
  const before = zero();
  const after = zero();
  let improved = 0;
  let worse = 0;
  for (const pair of both) {
    before[pair.before] += 1;
    after[pair.after] += 1;
    const change = predikatRank(pair.before) - predikatRank(pair.after);
    if (change > 0) improved += 1;
    if (change < 0) worse += 1;
  }
  const baik = (side: 'before' | 'after') => both.filter((p) => atLeast(p[side], 'baik')).length;
  return {
    ...base,
    withheld: false,
    before,
    after,
    atLeastBaikBefore: percent(baik('before'), both.length),
    atLeastBaikAfter: percent(baik('after'), both.length),
    improved,
    same: both.length - improved - worse,
    worse,
  };
}

/** The years compared for a batch: the one before its first day, the first full one after its last. */
export function comparedYears(startsOn: string, endsOn: string): { before: number; after: number } {
  return { before: Number(startsOn.slice(0, 4)) - 1, after: Number(endsOn.slice(0, 4)) + 1 };
}
