import { type Question, SKM_ELEMENTS, type SkmElement } from './instrument.contract';
import type { Answers } from './survey-response.rules';

// The public satisfaction index of PermenPANRB 14/2017 (Pedoman Penyusunan Survei Kepuasan
// Masyarakat Unit Penyelenggara Pelayanan Publik): per service element (unsur) the mean of its 1–4
// answers (NRR), weighted equally, summed (the "nilai interval") and converted to 25–100 (the IKM).
// Values keep full precision; only classification and display round, and both say how.

/** PermenPANRB 14/2017: every element is answered on four points, 1 (tidak baik) to 4 (sangat baik). */
export const SKM_MIN_ANSWER = 1;
export const SKM_MAX_ANSWER = 4;
/** PermenPANRB 14/2017: IKM = nilai interval × 25, so the 1–4 scale becomes 25–100. */
export const IKM_CONVERSION = 25;
/** Decimals the regulation's table prints: IKM to 2 (88.31), NRR to 4 (3.5324). */
export const IKM_DECIMALS = 2;
export const NRR_DECIMALS = 4;

export type Mutu = 'A' | 'B' | 'C' | 'D';
export type Kinerja = 'sangatBaik' | 'baik' | 'kurangBaik' | 'tidakBaik';
export interface IkmCategory {
  /** Mutu pelayanan (quality of service). */
  mutu: Mutu;
  /** Kinerja unit pelayanan (performance of the unit); i18n key under ikm.kinerja. */
  kinerja: Kinerja;
}

interface Interval {
  min: number;
  max: number;
}

/**
 * PermenPANRB 14/2017, Lampiran, table of "Nilai Persepsi, Nilai Interval (NI), Nilai Interval
 * Konversi (NIK), Mutu Pelayanan dan Kinerja Unit Pelayanan", best first. `ikm` is the NIK column,
 * `nrr` the NI column (the weighted NRR); each NI bound is its IKM bound ÷ 25.
 */
export const IKM_CATEGORIES = [
  { mutu: 'A', kinerja: 'sangatBaik', ikm: { min: 88.31, max: 100 }, nrr: { min: 3.5324, max: 4 } },
  { mutu: 'B', kinerja: 'baik', ikm: { min: 76.61, max: 88.3 }, nrr: { min: 3.0644, max: 3.532 } },
  { mutu: 'C', kinerja: 'kurangBaik', ikm: { min: 65, max: 76.6 }, nrr: { min: 2.6, max: 3.064 } },
  { mutu: 'D', kinerja: 'tidakBaik', ikm: { min: 25, max: 64.99 }, nrr: { min: 1, max: 2.5996 } },
] as const satisfies readonly (IkmCategory & { ikm: Interval; nrr: Interval })[];

/**
 * Rounds halves away from zero, as people round by hand and as the regulation's table is printed.
 * Binary floating point stores 1.005 as 1.00499…; taking the scaled value back to the 15
 * significant digits a double holds exactly puts it on its decimal value before rounding.
 */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * PermenPANRB 14/2017: the category of an IKM. The printed intervals leave gaps (88.30 | 88.31);
 * the IKM is first rounded to 2 decimals, half up, exactly as it is shown, so 88.305 → 88.31 → A and
 * 88.3049 → 88.30 → B, and what a reader sees always lies inside the printed interval of its
 * category. Throws a RangeError outside 25–100, which no set of 1–4 answers can produce.
 */
export function ikmCategory(ikm: number): IkmCategory {
  const rounded = roundHalfUp(ikm, IKM_DECIMALS);
  if (!Number.isFinite(ikm) || rounded < 25 || rounded > 100) {
    throw new RangeError(`an IKM lies between 25 and 100, not ${ikm}`);
  }
  const row = IKM_CATEGORIES.find((category) => rounded >= category.ikm.min) ?? IKM_CATEGORIES[3];
  return { mutu: row.mutu, kinerja: row.kinerja };
}

/**
 * PermenPANRB 14/2017: the category of a weighted NRR (nilai interval, 1–4). The NI column is the
 * IKM column ÷ 25, so the NI is classified through its IKM (× 25, then as `ikmCategory`): the two
 * can never disagree for one survey, and every printed bound holds (3.5324 A, 3.532 B, 3.0644 B,
 * 3.064 C, 2.60 C, 2.5996 D). Values inside a printed gap follow their IKM: 3.5322 → 88.305 → A.
 */
export function nrrCategory(weightedNrr: number): IkmCategory {
  return ikmCategory(weightedNrr * IKM_CONVERSION);
}

export interface ElementNrr {
  element: SkmElement;
  /** Respondents who answered this element. */
  n: number;
  /** Mean of the answers (1–4); null when nobody answered. */
  nrr: number | null;
}

const isSkmAnswer = (value: number) =>
  Number.isInteger(value) && value >= SKM_MIN_ANSWER && value <= SKM_MAX_ANSWER;

/**
 * PermenPANRB 14/2017: NRR per element = Σ answers of the element ÷ respondents who answered it.
 * An answer outside 1–4 throws a RangeError: an element asked on another scale cannot enter the IKM.
 */
export function nrrByElement(
  responses: ReadonlyArray<Partial<Record<SkmElement, number>>>,
  elements: readonly SkmElement[] = SKM_ELEMENTS,
): ElementNrr[] {
  return elements.map((element) => {
    let n = 0;
    let sum = 0;
    for (const response of responses) {
      const value = response[element];
      if (value === undefined) continue;
      if (!isSkmAnswer(value)) throw new RangeError(`${element}: ${value} is not an SKM answer (1–4)`);
      n += 1;
      sum += value;
    }
    return { element, n, nrr: n === 0 ? null : sum / n };
  });
}

export interface WeightedElementNrr {
  element: SkmElement;
  n: number;
  nrr: number;
  /** NRR × weight ("NRR tertimbang"), rounded where the convention rounds it. */
  weightedNrr: number;
}

/**
 * How a government's IKM reports weigh the elements (DOMAIN.md §5; tenant.ikm_weight and
 * tenant.ikm_round_decimals). PermenPANRB 14/2017 weighs each of the k elements 1/k ("exact"); its
 * worked example writes 1/9 as "0,11", and many governments' past reports multiply each NRR by
 * 0.111 and round each NRR tertimbang to two or three decimals, so nine 4s make 99.9, not 100. A
 * government comparing Jenjang with those reports chooses their convention; every IKM report says
 * which one it used.
 */
export interface IkmConvention {
  /** 'exact': 1/k. '0.111': 1/k written to three decimals, as reports do (0.111 for the nine). */
  weight: 'exact' | '0.111';
  /** Decimals each NRR tertimbang is rounded to (half up) before summing; null: not rounded. */
  roundDecimals: 2 | 3 | null;
}

/** The regulation's own convention, and the default of every government. */
export const EXACT_CONVENTION: Readonly<IkmConvention> = { weight: 'exact', roundDecimals: null };

/** Decimals the practice weight is written with: 1/9 → 0.111. */
const PRACTICE_WEIGHT_DECIMALS = 3;

/** The weight of each of `count` elements under a convention: 1/9, or 0.111 for the nine. */
export function elementWeight(convention: IkmConvention, count: number): number {
  const exact = 1 / count;
  return convention.weight === 'exact' ? exact : roundHalfUp(exact, PRACTICE_WEIGHT_DECIMALS);
}

export interface IkmResult {
  /** In the order of the elements measured. */
  elements: WeightedElementNrr[];
  /** The weight of each element: 1/9 for the standard nine, or 0.111 under that convention. */
  weight: number;
  /** Σ NRR tertimbang: the nilai interval, 1–4. */
  weightedNrr: number;
  /** weightedNrr × 25: 25–100. */
  ikm: number;
  category: IkmCategory;
  /** How it was weighed and rounded: every report states it. */
  convention: IkmConvention;
}

/**
 * PermenPANRB 14/2017: IKM = Σ (NRR × 1/k) × 25, k the number of elements measured (normally 9).
 * Null when an element has no answers, since the index is defined only over all of them. Exactly:
 * the sum is taken as ΣNRR ÷ k, the same number without k separate roundings (nine 4s give exactly
 * 100). Under a government's reporting convention each NRR is multiplied by 0.111 and, where it
 * says so, each product rounded half up before the sum (nine 4s: 9 × 0.444 × 25 = 99.9; rounded
 * to 2 decimals, 9 × 0.44 × 25 = 99). The category comes from the IKM so computed, by the table.
 */
export function computeIkm(
  nrrs: readonly ElementNrr[],
  elements: readonly SkmElement[] = SKM_ELEMENTS,
  convention: IkmConvention = EXACT_CONVENTION,
): IkmResult | null {
  if (elements.length === 0) throw new RangeError('an IKM needs at least one element');
  if (new Set(elements).size !== elements.length) throw new RangeError('an element is listed twice');
  const weight = elementWeight(convention, elements.length);
  const weigh = (nrr: number) => {
    const product = nrr * weight;
    return convention.roundDecimals === null ? product : roundHalfUp(product, convention.roundDecimals);
  };
  const rows: WeightedElementNrr[] = [];
  for (const element of elements) {
    const found = nrrs.find((row) => row.element === element);
    if (!found || found.n === 0 || found.nrr === null) return null;
    rows.push({ element, n: found.n, nrr: found.nrr, weightedNrr: weigh(found.nrr) });
  }
  const exact = convention.weight === 'exact' && convention.roundDecimals === null;
  const weightedNrr = exact
    ? rows.reduce((sum, row) => sum + row.nrr, 0) / elements.length
    : // Summed as printed: the rounded products, cut back to their decimals (0.444 × 9 = 3.996).
      roundHalfUp(
        rows.reduce((sum, row) => sum + row.weightedNrr, 0),
        12,
      );
  const ikm = weightedNrr * IKM_CONVERSION;
  return {
    elements: rows,
    weight,
    weightedNrr,
    ikm,
    category: ikmCategory(ikm),
    convention: { weight: convention.weight, roundDecimals: convention.roundDecimals },
  };
}

/**
 * The result as a report prints it: NRR figures to 4 decimals, the IKM to 2. The category is kept,
 * and agrees with the rounded IKM. Rounded parts need not add up to the rounded total.
 */
export function roundIkmResult(result: IkmResult): IkmResult {
  const nrr = (value: number) => roundHalfUp(value, NRR_DECIMALS);
  return {
    elements: result.elements.map((row) => ({
      ...row,
      nrr: nrr(row.nrr),
      weightedNrr: nrr(row.weightedNrr),
    })),
    weight: nrr(result.weight),
    weightedNrr: nrr(result.weightedNrr),
    ikm: roundHalfUp(result.ikm, IKM_DECIMALS),
    category: result.category,
    convention: result.convention,
  };
}

/**
 * The sampling spread of an IKM, for telling a real change from noise (wave-comparison.rules.ts):
 * the IKM is a sum over elements of c × (mean of the element's answers), c = weight × 25, so its
 * variance is estimated from each respondent's contribution z = Σ c (x − NRR) ÷ n_element over the
 * elements they answered (the delta method; with every element answered by all, exactly
 * 625 × Var(respondent's mean) ÷ n). Returned as `variance` per respondent, so that the IKM's
 * standard error is √(variance ÷ n) like any mean's; null without respondents. The rounding of a
 * convention is left out: it shifts both waves alike and is far below the spread.
 */
export function ikmSpread(
  responses: ReadonlyArray<Partial<Record<SkmElement, number>>>,
  elements: readonly SkmElement[] = SKM_ELEMENTS,
  convention: IkmConvention = EXACT_CONVENTION,
): { n: number; variance: number } | null {
  const nrrs = nrrByElement(responses, elements);
  const factor = elementWeight(convention, elements.length) * IKM_CONVERSION;
  const respondents = responses.filter((r) => elements.some((e) => r[e] !== undefined));
  const n = respondents.length;
  if (n === 0) return null;
  let sumSquares = 0;
  for (const response of respondents) {
    let z = 0;
    for (const row of nrrs) {
      const value = response[row.element];
      if (value === undefined || row.nrr === null) continue;
      z += (factor * (value - row.nrr)) / row.n;
    }
    sumSquares += z * z;
  }
  return spreadOfContributions(n, sumSquares);
}

/**
 * ikmSpread from its parts, for figures summed in the database: n respondents and Σz² of their
 * contributions. Var(IKM) ≈ n/(n−1) Σz²; as a per-respondent variance, n × Var(IKM).
 */
export function spreadOfContributions(n: number, sumSquares: number): { n: number; variance: number } {
  const varianceOfIkm = n > 1 ? (n / (n - 1)) * sumSquares : 0;
  return { n, variance: n * varianceOfIkm };
}

const skmQuestions = (questions: readonly Question[]) =>
  questions.flatMap((q) =>
    q.type === 'likert' && q.skmElement ? [{ key: q.key, element: q.skmElement }] : [],
  );

/** The elements an instrument measures, in its question order (agencies may reorder U8 and U9). */
export function skmElementsOf(questions: readonly Question[]): SkmElement[] {
  return skmQuestions(questions).map((q) => q.element);
}

/** One response's SKM answers, keyed by element, for `nrrByElement`; unanswered elements are absent. */
export function skmScores(
  questions: readonly Question[],
  answers: Answers,
): Partial<Record<SkmElement, number>> {
  const scores: Partial<Record<SkmElement, number>> = {};
  for (const { key, element } of skmQuestions(questions)) {
    const value = answers[key];
    if (typeof value === 'number') scores[element] = value;
  }
  return scores;
}

export interface KrejcieMorganOptions {
  /** χ² for one degree of freedom at the chosen confidence: 3.841 for 95%. */
  chiSquare: number;
  /** Assumed population proportion; 0.5 gives the largest sample. */
  p: number;
  /** Margin of error d. */
  margin: number;
}

/** [formula V, mandate U] the constants of Krejcie & Morgan's table, overridable per survey. */
export const KREJCIE_MORGAN_DEFAULTS: Readonly<KrejcieMorganOptions> = {
  chiSquare: 3.841,
  p: 0.5,
  margin: 0.05,
};

function checkedOptions(options: Partial<KrejcieMorganOptions>): KrejcieMorganOptions {
  const merged = { ...KREJCIE_MORGAN_DEFAULTS, ...options };
  const { chiSquare, p, margin } = merged;
  if (!(chiSquare > 0) || !(p > 0 && p < 1) || !(margin > 0 && margin < 1)) {
    throw new RangeError('Krejcie–Morgan needs χ² > 0 and 0 < P, d < 1');
  }
  return merged;
}

/** The sample Krejcie–Morgan tends to as the population grows: χ²P(1−P) ÷ d² (≈ 384.1 by default). */
export function krejcieMorganLimit(options: Partial<KrejcieMorganOptions> = {}): number {
  const { chiSquare, p, margin } = checkedOptions(options);
  return (chiSquare * p * (1 - p)) / margin ** 2;
}

/**
 * Krejcie & Morgan (1970), the sample table SKM practice under PermenPANRB 14/2017 uses:
 * S = χ²NP(1−P) ÷ (d²(N−1) + χ²P(1−P)), rounded up (N = 100 → 80, 1,000 → 278, 100,000 → 383).
 * The quotient is first cut to 12 significant digits so a float error cannot push an exact whole
 * sample up by one.
 */
export function krejcieMorganSample(population: number, options: Partial<KrejcieMorganOptions> = {}): number {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`a population is a whole number ≥ 0, not ${population}`);
  }
  const { chiSquare, p, margin } = checkedOptions(options);
  if (population === 0) return 0;
  const spread = chiSquare * p * (1 - p);
  const sample = (spread * population) / (margin ** 2 * (population - 1) + spread);
  return Math.min(population, Math.ceil(Number(sample.toPrecision(12))));
}
