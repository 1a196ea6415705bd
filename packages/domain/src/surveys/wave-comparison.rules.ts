import { effectiveK } from './survey-disclosure.rules';

// Whether a figure really moved between two waves, or only wobbled. Two waves ask different people
// (or the same people at another time), so their means differ by chance even when nothing changed:
// "3,68 → 3,68, turun 0,01" is noise, and marking it like a real fall of 0,44 hides the fall.
//
// The rule: the change of a mean is marked as a rise or a fall only when the 95 % confidence
// interval of the difference of two independent means (Welch's t interval, which does not assume
// equal variances) lies wholly above or below zero — and, where a government asks for it, the
// change is at least a minimum effect (a share of the scale's width). Otherwise it is "no
// meaningful change". A comparison asks many items at once; at 95 % each, one in twenty that did
// not move would be marked, so the items of one comparison are judged together (judgeTogether:
// Benjamini–Hochberg, with intervals widened to match). Waves are treated as independent samples: an anonymous survey cannot pair a
// person's answers across waves, and treating paired answers as independent only widens the
// interval, so a marked change is never an artefact of that choice.

/** A mean with what its uncertainty needs: how many answered, and the variance of one answer. */
export interface Sample {
  n: number;
  mean: number;
  /** Sample variance of one answer (n − 1 in the denominator); 0 for a single answer. */
  variance: number;
}

export type Verdict = 'up' | 'down' | 'steady';

export interface MeanChange {
  /** after − before. */
  change: number;
  /** The confidence interval of the change. */
  low: number;
  high: number;
  /** 'up'/'down' only when the interval excludes 0 and the change reaches the minimum effect. */
  verdict: Verdict;
}

export interface ChangeRule {
  /** The survey's k: a side with fewer answers than k is not compared. */
  k: number;
  /** Two-sided confidence of the interval; 0.95 unless said otherwise. */
  confidence?: number;
  /** The smallest change (in the measure's own units) worth marking; 0 unless said otherwise. */
  minimumEffect?: number;
}

export const CHANGE_CONFIDENCE = 0.95;

/** A sample from the answers themselves. */
export function sampleOf(values: readonly number[]): Sample | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const squares = values.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  return { n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
}

/** A sample from a distribution of answers: how many chose each point of the scale. */
export function sampleOfPoints(points: readonly { value: number; count: number }[]): Sample | null {
  const n = points.reduce((sum, p) => sum + p.count, 0);
  if (n === 0) return null;
  const mean = points.reduce((sum, p) => sum + p.value * p.count, 0) / n;
  const squares = points.reduce((sum, p) => sum + p.count * (p.value - mean) ** 2, 0);
  return { n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
}

/** A share (count of n) as the mean of a yes/no answer, in percent: its variance in percent². */
export function sampleOfShare(count: number, n: number): Sample | null {
  if (n === 0) return null;
  return sampleOfPoints([
    { value: 100, count },
    { value: 0, count: n - count },
  ]);
}

interface Welch {
  change: number;
  standardError: number;
  df: number;
}

/** Welch's difference of two independent means: after − before, its standard error and df. */
function welch(before: Sample, after: Sample): Welch {
  const a = before.variance / before.n;
  const b = after.variance / after.n;
  // Welch–Satterthwaite degrees of freedom, (a + b)² ÷ (a²/(n₁−1) + b²/(n₂−1)), taken on the
  // shares of a + b so that tiny variances cannot underflow; with no spread the difference is exact.
  const total = a + b;
  const df =
    total === 0
      ? Number.POSITIVE_INFINITY
      : 1 / ((a / total) ** 2 / (before.n - 1) + (b / total) ** 2 / (after.n - 1));
  return { change: after.mean - before.mean, standardError: total === 0 ? 0 : Math.sqrt(total), df };
}

/** Two-sided p-value of "no change"; an exact difference (no spread) is certain either way. */
function pValue(w: Welch): number {
  if (w.standardError === 0) return w.change === 0 ? 1 : 0;
  const t = Math.abs(w.change) / w.standardError;
  return Math.min(1, 2 * (Number.isFinite(w.df) && w.df <= 1e7 ? upperTail(t, w.df) : normalUpperTail(t)));
}

/** The interval at `confidence`, and whether the change is real under the minimum effect. */
function judged(w: Welch, confidence: number, minimumEffect: number): MeanChange {
  const margin =
    w.standardError === 0 ? 0 : studentTQuantile(1 - (1 - confidence) / 2, w.df) * w.standardError;
  const low = w.change - margin;
  const high = w.change + margin;
  const real = (low > 0 || high < 0) && Math.abs(w.change) >= minimumEffect;
  return { change: w.change, low, high, verdict: real ? (w.change > 0 ? 'up' : 'down') : 'steady' };
}

/** One change of a comparison: the two waves' samples, and the smallest effect worth marking. */
export interface ChangeMember {
  before: Sample | null;
  after: Sample | null;
  minimumEffect?: number;
}

/**
 * The changes of one comparison (its questions, options and statements) judged together, so that
 * chance alone does not mark any: asking 30 items at 95 % each marks one or two that did not move.
 * The Benjamini–Hochberg procedure at 5 % picks the items to mark, and every interval is shown at
 * the level that agrees with it (Benjamini–Yekutieli's false-coverage-rate intervals: 1 − R·5 %/m
 * for R marked of m judged, 1 − 5 %/m when none is), so a change is marked exactly when its
 * interval excludes 0 — and reaches the minimum effect. A single change is judged at plain 95 %.
 * Null for a member with a side under k (or missing): it is not judged, nor counted in m.
 */
export function judgeTogether(members: readonly ChangeMember[], rule: ChangeRule): (MeanChange | null)[] {
  const k = effectiveK(rule.k);
  const confidence = rule.confidence ?? CHANGE_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('a change rule needs 0 < confidence < 1');
  const tests = members.map((member) => {
    const minimumEffect = member.minimumEffect ?? rule.minimumEffect ?? 0;
    if (!(minimumEffect >= 0)) throw new RangeError('a minimum effect is ≥ 0');
    const { before, after } = member;
    if (!before || !after || before.n < k || after.n < k) return null;
    const w = welch(before, after);
    return { w, p: pValue(w), minimumEffect };
  });
  const judgedTests = tests.filter((t) => t !== null);
  const m = judgedTests.length;
  const q = 1 - confidence;
  const sorted = judgedTests.map((t) => t.p).sort((a, b) => a - b);
  let marked = 0;
  sorted.forEach((p, i) => {
    if (p <= ((i + 1) * q) / m) marked = i + 1;
  });
  const level = 1 - (Math.max(marked, 1) * q) / Math.max(m, 1);
  return tests.map((t) => (t === null ? null : judged(t.w, level, t.minimumEffect)));
}

/**
 * The change between two waves with its Welch confidence interval, and whether it is a real rise
 * or fall. Null when either wave has fewer answers than k (effectiveK): a figure of so few is not
 * shown, so nothing is compared with it.
 */
export function compareSamples(before: Sample, after: Sample, rule: ChangeRule): MeanChange | null {
  if (!(rule.minimumEffect === undefined || rule.minimumEffect >= 0)) {
    throw new RangeError('a change rule needs 0 < confidence < 1 and a minimum effect ≥ 0');
  }
  return judgeTogether([{ before, after }], rule)[0] ?? null;
}

/** The quantile of Student's t distribution with `df` degrees of freedom (p in (0.5, 1)). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1) || !(df > 0)) throw new RangeError('a t quantile needs 0.5 < p < 1 and df > 0');
  if (!Number.isFinite(df) || df > 1e7) return normalQuantile(p);
  const tail = 1 - p;
  // P(T > t) falls as t grows: halve an interval known to hold the answer.
  let low = 0;
  let high = 1;
  while (upperTail(high, df) > tail) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (upperTail(mid, df) > tail) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** P(T > t) for t ≥ 0: ½ · I_{df/(df+t²)}(df/2, ½). */
function upperTail(t: number, df: number): number {
  return 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** P(Z > z) of the standard normal, for very large df (Abramowitz–Stegun 7.1.26 via erfc). */
function normalUpperTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 0.5 * poly * Math.exp(-x * x);
}

/** The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const horner = (coefficients: number[], x: number) => coefficients.reduce((sum, k) => sum * x + k, 0);
  if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -horner(c, q) / (horner(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (horner(a, r) * q) / (horner(b, r) * r + 1);
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, nine terms). */
function logGamma(x: number): number {
  const g = [
    0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
    12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = g[0]!;
  for (let i = 1; i < 9; i++) sum += g[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast for x < (a + 1)/(a + b + 2); otherwise use I_x(a,b) = 1 − I_{1−x}(b,a).
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let term = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + term * d;
    c = 1 + term / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    result *= d * c;
    term = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + term * d;
    c = 1 + term / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return (front * result) / a;
}

/**
 * The minimum effect in a measure's units, from a share of its scale's width (a government's
 * setting: 0.05 of a 1–4 scale is 0.15; of the IKM's 25–100, 3.75 points; of a share, 5 points).
 */
export function minimumEffectOn(range: { min: number; max: number }, share: number): number {
  if (!(share >= 0 && share < 1)) throw new RangeError('a minimum effect is a share of the scale, 0 to < 1');
  return share * (range.max - range.min);
}
