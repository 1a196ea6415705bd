import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeIkm,
  EXACT_CONVENTION,
  elementWeight,
  IKM_CATEGORIES,
  ikmCategory,
  ikmSpread,
  krejcieMorganLimit,
  krejcieMorganSample,
  nrrByElement,
  nrrCategory,
  roundHalfUp,
  roundIkmResult,
  skmElementsOf,
  skmScores,
} from './ikm.rules';
import { Question, SKM_ELEMENTS } from './instrument.contract';

const A = { mutu: 'A', kinerja: 'sangatBaik' };
const B = { mutu: 'B', kinerja: 'baik' };
const C = { mutu: 'C', kinerja: 'kurangBaik' };
const D = { mutu: 'D', kinerja: 'tidakBaik' };

/** One response answering all nine elements, U1 to U9 in order. */
const response = (...answers: number[]) => Object.fromEntries(SKM_ELEMENTS.map((e, i) => [e, answers[i]]));

describe('roundHalfUp', () => {
  it('rounds a half up even when binary floating point stores it just below', () => {
    expect(1.005 * 100).toBeLessThan(100.5);
    expect(roundHalfUp(88.305, 2)).toBe(88.31);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(3.53225, 4)).toBe(3.5323);
  });

  it('rounds below a half down', () => {
    expect(roundHalfUp(88.3049, 2)).toBe(88.3);
    expect(roundHalfUp(85.41666, 2)).toBe(85.42);
  });

  it('rounds negative halves away from zero and never returns -0', () => {
    expect(roundHalfUp(-2.345, 2)).toBe(-2.35);
    expect(Object.is(roundHalfUp(-0.0001, 2), 0)).toBe(true);
  });
});

describe('ikmCategory', () => {
  it.each([
    [100, A],
    [88.31, A],
    [88.3, B],
    [76.61, B],
    [76.6, C],
    [65, C],
    [64.99, D],
    [25, D],
  ])('classifies the printed boundary %s', (ikm, expected) => {
    expect(ikmCategory(ikm)).toEqual(expected);
  });

  it('classifies values between printed boundaries by the IKM rounded to 2 decimals', () => {
    expect(ikmCategory(88.305)).toEqual(A);
    expect(ikmCategory(88.3049)).toEqual(B);
    expect(ikmCategory(76.605)).toEqual(B);
    expect(ikmCategory(76.6049)).toEqual(C);
    expect(ikmCategory(64.995)).toEqual(C);
    expect(ikmCategory(64.9949)).toEqual(D);
  });

  it('accepts values that round onto the ends of the range', () => {
    expect(ikmCategory(24.996)).toEqual(D);
    expect(ikmCategory(100.004)).toEqual(A);
  });

  it('rejects values no 1–4 answers can give', () => {
    expect(() => ikmCategory(24.99)).toThrow(RangeError);
    expect(() => ikmCategory(100.01)).toThrow(RangeError);
    expect(() => ikmCategory(Number.NaN)).toThrow(RangeError);
  });

  it('puts every rounded IKM inside the printed interval of its category', () => {
    fc.assert(
      fc.property(fc.double({ min: 25, max: 100, noNaN: true }), (ikm) => {
        const shown = roundHalfUp(ikm, 2);
        const row = IKM_CATEGORIES.find((r) => r.mutu === ikmCategory(ikm).mutu)!;
        expect(shown).toBeGreaterThanOrEqual(row.ikm.min);
        expect(shown).toBeLessThanOrEqual(row.ikm.max);
      }),
    );
  });
});

describe('nrrCategory', () => {
  it.each([
    [4, A],
    [3.5324, A],
    [3.532, B],
    [3.0644, B],
    [3.064, C],
    [2.6, C],
    [2.5996, D],
    [1, D],
  ])('classifies the printed boundary %s', (nrr, expected) => {
    expect(nrrCategory(nrr)).toEqual(expected);
  });

  it('classifies values inside a printed gap by the IKM they convert to', () => {
    // 3.5322 × 25 = 88.305 → 88.31 → A; 3.5321 × 25 = 88.3025 → 88.30 → B.
    expect(nrrCategory(3.5322)).toEqual(A);
    expect(nrrCategory(3.5321)).toEqual(B);
    expect(nrrCategory(2.5998)).toEqual(C);
    expect(nrrCategory(2.5997)).toEqual(D);
  });

  it('agrees with the printed NI interval whenever the NRR shown to 4 decimals lies in one', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 4, noNaN: true }), (nrr) => {
        const shown = roundHalfUp(nrr, 4);
        const printed = IKM_CATEGORIES.find((r) => shown >= r.nrr.min && shown <= r.nrr.max);
        if (printed) expect(nrrCategory(nrr).mutu).toBe(printed.mutu);
      }),
    );
  });

  it('matches the table row by row: each NI bound classifies like its IKM bound', () => {
    for (const row of IKM_CATEGORIES) {
      expect(nrrCategory(row.nrr.min).mutu).toBe(row.mutu);
      expect(nrrCategory(row.nrr.max).mutu).toBe(row.mutu);
      expect(row.nrr.min * 25).toBeCloseTo(row.ikm.min, 9);
      expect(row.nrr.max * 25).toBeCloseTo(row.ikm.max, 9);
    }
  });
});

describe('nrrByElement', () => {
  it('averages each element over the respondents who answered it', () => {
    const nrrs = nrrByElement([{ U1: 4, U2: 3 }, { U1: 3 }, { U1: 2, U2: 4 }], ['U1', 'U2', 'U3']);
    expect(nrrs).toEqual([
      { element: 'U1', n: 3, nrr: 3 },
      { element: 'U2', n: 2, nrr: 3.5 },
      { element: 'U3', n: 0, nrr: null },
    ]);
  });

  it('lists all nine elements by default, with n 0 and a null NRR when there are no responses', () => {
    const nrrs = nrrByElement([]);
    expect(nrrs.map((r) => r.element)).toEqual([...SKM_ELEMENTS]);
    expect(nrrs.every((r) => r.n === 0 && r.nrr === null)).toBe(true);
  });

  it('rejects an answer outside 1–4', () => {
    expect(() => nrrByElement([{ U1: 5 }])).toThrow(RangeError);
    expect(() => nrrByElement([{ U1: 0 }])).toThrow(RangeError);
    expect(() => nrrByElement([{ U1: 2.5 }])).toThrow(RangeError);
  });
});

describe('computeIkm', () => {
  // Four respondents, U1…U9:
  //   R1: 4 4 3 4 3 4 4 3 4
  //   R2: 3 4 3 4 3 3 4 2 3
  //   R3: 4 3 2 4 3 4 4 3 3
  //   R4: 3 3 3 4 4 4 3 3 4
  // NRR: U1 14/4 = 3.5, U2 3.5, U3 11/4 = 2.75, U4 4, U5 13/4 = 3.25, U6 3.75, U7 3.75, U8 2.75, U9 3.5.
  // Weighted NRR = NRR × 1/9, e.g. U1 3.5/9 = 0.38889; Σ = 30.75/9 = 3.416667.
  // IKM = 3.416667 × 25 = 768.75/9 = 85.416667 → 85.42 → B (76.61–88.30), Baik.
  const survey = [
    response(4, 4, 3, 4, 3, 4, 4, 3, 4),
    response(3, 4, 3, 4, 3, 3, 4, 2, 3),
    response(4, 3, 2, 4, 3, 4, 4, 3, 3),
    response(3, 3, 3, 4, 4, 4, 3, 3, 4),
  ];

  it('computes the worked example of nine elements and four respondents', () => {
    const result = computeIkm(nrrByElement(survey))!;
    expect(result.elements.map((r) => r.nrr)).toEqual([3.5, 3.5, 2.75, 4, 3.25, 3.75, 3.75, 2.75, 3.5]);
    expect(result.elements.every((r) => r.n === 4)).toBe(true);
    expect(result.weight).toBeCloseTo(1 / 9, 15);
    expect(result.elements[0]!.weightedNrr).toBeCloseTo(3.5 / 9, 15);
    expect(result.elements[2]!.weightedNrr).toBeCloseTo(2.75 / 9, 15);
    expect(result.weightedNrr).toBeCloseTo(30.75 / 9, 12);
    expect(result.ikm).toBeCloseTo(768.75 / 9, 10);
    expect(result.category).toEqual(B);
  });

  it('rounds the worked example for display without changing its category', () => {
    const shown = roundIkmResult(computeIkm(nrrByElement(survey))!);
    expect(shown.ikm).toBe(85.42);
    expect(shown.weightedNrr).toBe(3.4167);
    expect(shown.weight).toBe(0.1111);
    expect(shown.elements[0]).toEqual({ element: 'U1', n: 4, nrr: 3.5, weightedNrr: 0.3889 });
    expect(shown.elements[2]).toEqual({ element: 'U3', n: 4, nrr: 2.75, weightedNrr: 0.3056 });
    expect(shown.category).toEqual(B);
  });

  it('gives exactly 100 and 25 for unanimous best and worst answers', () => {
    expect(computeIkm(nrrByElement([response(4, 4, 4, 4, 4, 4, 4, 4, 4)]))).toMatchObject({
      weightedNrr: 4,
      ikm: 100,
      category: A,
    });
    expect(computeIkm(nrrByElement([response(1, 1, 1, 1, 1, 1, 1, 1, 1)]))).toMatchObject({
      ikm: 25,
      category: D,
    });
  });

  it('weights each element by 1 over the number measured', () => {
    // Eight elements (U4 not applicable, e.g. a free service): NRR 3 × 7 and 4 → Σ 25/8 = 3.125, IKM 78.125.
    const elements = SKM_ELEMENTS.filter((e) => e !== 'U4');
    const nrrs = nrrByElement([{ U1: 3, U2: 3, U3: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 4 }], elements);
    const result = computeIkm(nrrs, elements)!;
    expect(result.weight).toBe(1 / 8);
    expect(result.elements.map((r) => r.element)).toEqual(elements);
    expect(result.ikm).toBeCloseTo(78.125, 12);
    expect(result.category).toEqual(B);
  });

  it('is null when an element has no answers', () => {
    const nrrs = nrrByElement([{ U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4 }]);
    expect(computeIkm(nrrs)).toBeNull();
    expect(computeIkm(nrrs.filter((r) => r.element !== 'U9'))).toBeNull();
  });

  it('rejects an empty or repeated list of elements', () => {
    expect(() => computeIkm([], [])).toThrow(RangeError);
    expect(() => computeIkm(nrrByElement([{ U1: 4 }], ['U1']), ['U1', 'U1'])).toThrow(RangeError);
  });

  it('always lies between 25 and 100 and converts its nilai interval by × 25', () => {
    const answer = fc.integer({ min: 1, max: 4 });
    const oneResponse = fc.tuple(...SKM_ELEMENTS.map(() => answer)).map((a) => response(...a));
    fc.assert(
      fc.property(fc.array(oneResponse, { minLength: 1, maxLength: 30 }), (responses) => {
        const result = computeIkm(nrrByElement(responses))!;
        expect(result.ikm).toBeGreaterThanOrEqual(25 - 1e-9);
        expect(result.ikm).toBeLessThanOrEqual(100 + 1e-9);
        expect(result.ikm).toBeCloseTo(result.weightedNrr * 25, 9);
        expect(result.category).toEqual(nrrCategory(result.weightedNrr));
      }),
    );
  });
});

describe('computeIkm under a government’s reporting convention', () => {
  const fours = nrrByElement([response(4, 4, 4, 4, 4, 4, 4, 4, 4)]);
  const practice = (roundDecimals: 2 | 3 | null) => ({ weight: '0.111' as const, roundDecimals });

  it('gives nine 4s exactly 100 by the regulation and 99.9 with the practice weight 0.111', () => {
    // PermenPANRB 14/2017: 1/9 each. Past reports: 4 × 0.111 = 0.444 per element, 9 × 0.444 = 3.996, × 25 = 99.9.
    expect(computeIkm(fours)).toMatchObject({ ikm: 100, weightedNrr: 4, convention: EXACT_CONVENTION });
    const three = computeIkm(fours, undefined, practice(3))!;
    expect(three.weight).toBe(0.111);
    expect(three.elements[0]!.weightedNrr).toBe(0.444);
    expect(three.weightedNrr).toBe(3.996);
    expect(roundIkmResult(three).ikm).toBe(99.9);
    expect(three.category).toEqual(A);
    expect(three.convention).toEqual(practice(3));
    expect(roundIkmResult(computeIkm(fours, undefined, practice(null))!).ikm).toBe(99.9);
  });

  it('rounds each NRR tertimbang before the sum: to 2 decimals nine 4s make 9 × 0.44 × 25 = 99', () => {
    const two = computeIkm(fours, undefined, practice(2))!;
    expect(two.elements.map((row) => row.weightedNrr)).toEqual(Array(9).fill(0.44));
    expect(two.weightedNrr).toBe(3.96);
    expect(roundIkmResult(two).ikm).toBe(99);
    expect(two.category).toEqual(A);
  });

  it('computes the worked example with 0.111 and three decimals as a report would print it', () => {
    // NRR 3.5, 3.5, 2.75, 4, 3.25, 3.75, 3.75, 2.75, 3.5; × 0.111 → 0.3885 → 0.389 (half up),
    // 0.389, 0.30525 → 0.305, 0.444, 0.36075 → 0.361, 0.41625 → 0.416, 0.416, 0.305, 0.389.
    // Σ = 3.414, × 25 = 85.35 → B (76.61–88.30), against 85.42 by 1/9.
    const survey = nrrByElement([
      response(4, 4, 3, 4, 3, 4, 4, 3, 4),
      response(3, 4, 3, 4, 3, 3, 4, 2, 3),
      response(4, 3, 2, 4, 3, 4, 4, 3, 3),
      response(3, 3, 3, 4, 4, 4, 3, 3, 4),
    ]);
    const result = computeIkm(survey, undefined, practice(3))!;
    expect(result.elements.map((row) => row.weightedNrr)).toEqual([
      0.389, 0.389, 0.305, 0.444, 0.361, 0.416, 0.416, 0.305, 0.389,
    ]);
    expect(result.weightedNrr).toBe(3.414);
    expect(roundIkmResult(result).ikm).toBe(85.35);
    expect(result.category).toEqual(B);
  });

  it('still takes the category from the table: a convention can move an IKM across a boundary', () => {
    // NRR 3.5324 on every element: 88.31 by 1/9 (A); 3.5324 × 0.111 = 0.39210 → 0.392, × 9 × 25 = 88.2 (B).
    const nrrs = SKM_ELEMENTS.map((element) => ({ element, n: 10, nrr: 3.5324 }));
    expect(computeIkm(nrrs)!.category).toEqual(A);
    expect(computeIkm(nrrs, undefined, practice(3))!.category).toEqual(B);
  });

  it('writes the practice weight of other counts to three decimals too (1/8 = 0.125)', () => {
    expect(elementWeight(practice(3), 9)).toBe(0.111);
    expect(elementWeight(practice(3), 8)).toBe(0.125);
    expect(elementWeight(EXACT_CONVENTION, 9)).toBe(1 / 9);
  });

  it('never lies above the exact IKM by more than the rounding of nine products', () => {
    const answer = fc.integer({ min: 1, max: 4 });
    const oneResponse = fc.tuple(...SKM_ELEMENTS.map(() => answer)).map((a) => response(...a));
    fc.assert(
      fc.property(
        fc.array(oneResponse, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(2, 3, null),
        (rs, d) => {
          const nrrs = nrrByElement(rs);
          const exact = computeIkm(nrrs)!.ikm;
          const shown = computeIkm(nrrs, undefined, practice(d as 2 | 3 | null))!.ikm;
          const slack = d === null ? 1e-9 : 9 * 0.5 * 10 ** -d * 25 + 1e-9;
          expect(shown).toBeLessThanOrEqual(exact + slack);
          expect(shown).toBeGreaterThanOrEqual(exact * 0.999 - slack);
        },
      ),
    );
  });
});

describe('ikmSpread', () => {
  it('is 625 × the variance of each respondent’s mean when everyone answered every element', () => {
    // Respondent means 4, 3, 2 → variance 1; per respondent 625 × 1.
    const spread = ikmSpread([
      response(4, 4, 4, 4, 4, 4, 4, 4, 4),
      response(3, 3, 3, 3, 3, 3, 3, 3, 3),
      response(2, 2, 2, 2, 2, 2, 2, 2, 2),
    ])!;
    expect(spread.n).toBe(3);
    expect(spread.variance).toBeCloseTo(625, 9);
  });

  it('has no spread when everyone answered alike, and none without respondents', () => {
    expect(
      ikmSpread([response(3, 3, 3, 3, 3, 3, 3, 3, 3), response(3, 3, 3, 3, 3, 3, 3, 3, 3)])!.variance,
    ).toBe(0);
    expect(ikmSpread([])).toBeNull();
  });
});

describe('skmScores', () => {
  const likert = (key: string, skmElement?: string) =>
    Question.parse({ key, type: 'likert', text: { id: key }, scale: { min: 1, max: 4 }, skmElement });
  const questions = [
    Question.parse({
      key: 'sex',
      type: 'single',
      text: { id: 'Jenis kelamin' },
      options: [
        { value: 'm', label: { id: 'Laki-laki' } },
        { value: 'f', label: { id: 'Perempuan' } },
      ],
    }),
    likert('q_time', 'U3'),
    likert('q_req', 'U1'),
    likert('q_other'),
  ];

  it('lists the elements an instrument measures in its question order', () => {
    expect(skmElementsOf(questions)).toEqual(['U3', 'U1']);
  });

  it('keys a response by element and leaves out unanswered elements and other questions', () => {
    expect(skmScores(questions, { sex: 'm', q_time: 3, q_other: 4 })).toEqual({ U3: 3 });
    expect(skmScores(questions, { q_time: 2, q_req: 4 })).toEqual({ U3: 2, U1: 4 });
  });
});

describe('krejcieMorganSample', () => {
  it.each([
    [100, 80],
    [1000, 278],
    [10000, 370],
    [100000, 383],
  ])('needs a sample of %s → %s, as in the Krejcie–Morgan table', (population, sample) => {
    expect(krejcieMorganSample(population)).toBe(sample);
  });

  it('needs everyone in very small populations and nobody in an empty one', () => {
    expect(krejcieMorganSample(0)).toBe(0);
    expect(krejcieMorganSample(1)).toBe(1);
    expect(krejcieMorganSample(10)).toBe(10);
  });

  it('takes other constants, keeping the defaults for those not given', () => {
    // d = 0.1: S = 0.96025 × 1000 / (0.01 × 999 + 0.96025) = 960.25 / 10.95025 = 87.69 → 88.
    expect(krejcieMorganSample(1000, { margin: 0.1 })).toBe(88);
  });

  it('rejects a population that is not a whole number and impossible constants', () => {
    expect(() => krejcieMorganSample(-1)).toThrow(RangeError);
    expect(() => krejcieMorganSample(10.5)).toThrow(RangeError);
    expect(() => krejcieMorganSample(100, { p: 1 })).toThrow(RangeError);
    expect(() => krejcieMorganSample(100, { margin: 0 })).toThrow(RangeError);
  });

  it('tends to χ²P(1−P)/d² ≈ 384.1 for large populations', () => {
    expect(krejcieMorganLimit()).toBeCloseTo(384.1, 9);
    expect(krejcieMorganSample(10_000_000)).toBe(385);
  });

  const population = fc.integer({ min: 0, max: 5_000_000 });

  it('never exceeds the population nor the rounded-up infinite-population limit', () => {
    const limit = Math.ceil(krejcieMorganLimit());
    fc.assert(
      fc.property(population, (n) => {
        const sample = krejcieMorganSample(n);
        expect(sample).toBeLessThanOrEqual(n);
        expect(sample).toBeLessThanOrEqual(limit);
        expect(sample).toBeGreaterThanOrEqual(n === 0 ? 0 : 1);
      }),
    );
  });

  it('never needs fewer respondents for a larger population', () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 0, max: 1000 }), (n, more) => {
        expect(krejcieMorganSample(n + more)).toBeGreaterThanOrEqual(krejcieMorganSample(n));
      }),
    );
  });
});
