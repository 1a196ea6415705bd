import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareSamples,
  judgeTogether,
  minimumEffectOn,
  type Sample,
  sampleOf,
  sampleOfPoints,
  sampleOfShare,
  studentTQuantile,
} from './wave-comparison.rules';

/** A distribution on a 1–5 scale: how many chose 1, 2, 3, 4 and 5. */
const onFive = (...counts: number[]) => sampleOfPoints(counts.map((count, i) => ({ value: i + 1, count })))!;

// Tanjungbalai's employee survey (seed 004), semesters I and II of 2026: 1,020 and 1,080 answers.
// The page once read "3,68 → 3,68 ▼ turun 0,01 (memburuk)" for a stable statement, in the same
// red as the one real fall, promotion's −0,44.
const stableBefore = onFive(24, 125, 229, 413, 229); // mean 3.6843
const stableAfter = onFive(33, 91, 268, 490, 198); // mean 3.6750
const promotionBefore = onFive(143, 275, 320, 207, 75); // mean 2.8000
const promotionAfter = onFive(229, 416, 289, 109, 37); // mean 2.3602

describe('compareSamples with the numbers of issue 7', () => {
  it('finds no meaningful change in 3,68 → 3,68', () => {
    expect(stableBefore.mean).toBeCloseTo(3.6843, 4);
    expect(stableAfter.mean).toBeCloseTo(3.675, 4);
    const result = compareSamples(stableBefore, stableAfter, { k: 5 })!;
    expect(result.change).toBeCloseTo(-0.0093, 4);
    expect(result.verdict).toBe('steady');
    expect(result.low).toBeLessThan(0);
    expect(result.high).toBeGreaterThan(0);
  });

  it('marks the fall of promotion, −0,44, as a real fall', () => {
    const result = compareSamples(promotionBefore, promotionAfter, { k: 5 })!;
    expect(result.change).toBeCloseTo(-0.4398, 4);
    expect(result.verdict).toBe('down');
    // Its interval lies well below zero: about −0.44 ± 0.09.
    expect(result.high).toBeLessThan(-0.3);
    expect(result.low).toBeGreaterThan(-0.6);
  });

  it('asks for a minimum effect when a government sets one', () => {
    // 0.05 of the 1–5 scale is 0.2: the fall of 0.44 still counts, a fall of 0.15 would not.
    const rule = { k: 5, minimumEffect: minimumEffectOn({ min: 1, max: 5 }, 0.05) };
    expect(rule.minimumEffect).toBeCloseTo(0.2, 12);
    expect(compareSamples(promotionBefore, promotionAfter, rule)!.verdict).toBe('down');
    const small = { ...promotionAfter, mean: promotionBefore.mean - 0.15 };
    expect(compareSamples(promotionBefore, small, { k: 5 })!.verdict).toBe('down');
    expect(compareSamples(promotionBefore, small, rule)!.verdict).toBe('steady');
  });
});

describe('judgeTogether: the items of one comparison', () => {
  // Thirty statements of 100 answers each, SD 1: one fell by 0.6; the others wobbled by chance,
  // 0.01 to 0.3 up or down. At 95 % each (margin ≈ 0.28) the largest wobbles would be marked too.
  const at = (mean: number): Sample => ({ n: 100, mean, variance: 1 });
  const members = [
    { before: at(3), after: at(2.4) },
    ...Array.from({ length: 29 }, (_, i) => ({
      before: at(3.5),
      after: at(3.5 + (i % 2 ? 1 : -1) * 0.3 * ((i + 1) / 29)),
    })),
  ];

  it('marks the real fall and none of the wobbles that 95 % each would mark', () => {
    const alone = members.map((m) => compareSamples(m.before, m.after, { k: 5 })!.verdict);
    expect(alone.slice(1).filter((v) => v !== 'steady').length).toBeGreaterThan(0);
    const together = judgeTogether(members, { k: 5 }).map((r) => r!.verdict);
    expect(together[0]).toBe('down');
    expect(together.slice(1).every((v) => v === 'steady')).toBe(true);
  });

  it('shows every interval at the level that agrees with the marks (1 − R·5 %/m)', () => {
    const results = judgeTogether(members, { k: 5 });
    for (const r of results) expect(r!.verdict !== 'steady').toBe(r!.low > 0 || r!.high < 0);
    // R = 1 marked of m = 30: every interval is at 1 − 0.05/30 (Welch df = 198).
    const margin = (results[1]!.high - results[1]!.low) / 2;
    expect(margin).toBeCloseTo(studentTQuantile(1 - 0.05 / 60, 198) * Math.sqrt(0.02), 6);
  });

  it('judges a single change at plain 95 %, and leaves out sides under k', () => {
    const [one] = judgeTogether([{ before: at(3), after: at(2.5) }], { k: 5 });
    expect(one).toEqual(compareSamples(at(3), at(2.5), { k: 5 }));
    expect(
      judgeTogether(
        [
          { before: at(3), after: null },
          { before: { ...at(3), n: 2 }, after: at(3) },
        ],
        { k: 5 },
      ),
    ).toEqual([null, null]);
  });

  it('keeps every real change that stands out among many', () => {
    const big = Array.from({ length: 5 }, () => ({ before: at(3), after: at(2.3) }));
    const verdicts = judgeTogether([...big, ...members.slice(1)], { k: 5 }).map((r) => r!.verdict);
    expect(verdicts.slice(0, 5)).toEqual(['down', 'down', 'down', 'down', 'down']);
  });
});

describe('compareSamples: Welch’s interval', () => {
  it('uses Welch–Satterthwaite degrees of freedom for unequal variances', () => {
    // a = 4/5 = 0.8, b = 1/10 = 0.1: df = 0.81 / (0.64/4 + 0.01/9) = 5.0279, t(0.975) ≈ 2.5664.
    const before: Sample = { n: 5, mean: 10, variance: 4 };
    const after: Sample = { n: 10, mean: 12, variance: 1 };
    const result = compareSamples(before, after, { k: 5 })!;
    const margin = studentTQuantile(0.975, 0.81 / (0.64 / 4 + 0.01 / 9)) * Math.sqrt(0.9);
    expect(margin).toBeCloseTo(2.5664 * Math.sqrt(0.9), 3);
    expect(result.low).toBeCloseTo(2 - margin, 12);
    expect(result.high).toBeCloseTo(2 + margin, 12);
    expect(result.verdict).toBe('steady');
  });

  it('takes a difference without any spread as exact', () => {
    const same = (mean: number): Sample => ({ n: 5, mean, variance: 0 });
    expect(compareSamples(same(3), same(4), { k: 5 })).toEqual({ change: 1, low: 1, high: 1, verdict: 'up' });
    expect(compareSamples(same(3), same(3), { k: 5 })!.verdict).toBe('steady');
  });

  it('compares nothing with fewer answers than k, and never with fewer than 3', () => {
    const sample = (n: number): Sample => ({ n, mean: 3, variance: 1 });
    expect(compareSamples(sample(4), sample(50), { k: 5 })).toBeNull();
    expect(compareSamples(sample(50), sample(4), { k: 5 })).toBeNull();
    expect(compareSamples(sample(2), sample(50), { k: 1 })).toBeNull();
    expect(compareSamples(sample(5), sample(5), { k: 5 })).not.toBeNull();
  });

  it('rejects an impossible rule', () => {
    const sample: Sample = { n: 10, mean: 3, variance: 1 };
    expect(() => compareSamples(sample, sample, { k: 5, confidence: 1 })).toThrow(RangeError);
    expect(() => compareSamples(sample, sample, { k: 5, minimumEffect: -1 })).toThrow(RangeError);
  });
});

describe('compareSamples: properties', () => {
  const sample = fc.record({
    n: fc.integer({ min: 1, max: 5000 }),
    mean: fc.double({ min: 1, max: 5, noNaN: true }),
    variance: fc.double({ min: 0, max: 4, noNaN: true }),
  });
  const k = fc.integer({ min: 3, max: 20 });

  it('flips the sign of the change and its interval when the waves are swapped', () => {
    fc.assert(
      fc.property(sample, sample, k, (a, b, kk) => {
        const forth = compareSamples(a, b, { k: kk });
        const back = compareSamples(b, a, { k: kk });
        if (forth === null || back === null) {
          expect(forth).toEqual(back);
          return;
        }
        expect(back.change).toBeCloseTo(-forth.change, 9);
        expect(back.low).toBeCloseTo(-forth.high, 9);
        expect(back.high).toBeCloseTo(-forth.low, 9);
        const flipped = { up: 'down', down: 'up', steady: 'steady' } as const;
        expect(back.verdict).toBe(flipped[forth.verdict]);
      }),
    );
  });

  it('never widens the interval when both waves have more answers with the same spread', () => {
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: 1, max: 50 }), (a, b, times) => {
        const small = compareSamples(a, b, { k: 3 });
        const large = compareSamples({ ...a, n: a.n * times }, { ...b, n: b.n * times }, { k: 3 });
        if (small === null) return;
        expect(large).not.toBeNull();
        expect(large!.high - large!.low).toBeLessThanOrEqual(small.high - small.low + 1e-9);
      }),
    );
  });

  it('never widens the interval when both waves see the same distributions more often', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(counts, counts, fc.integer({ min: 2, max: 10 }), (before, after, times) => {
        if (!before.some(Boolean) || !after.some(Boolean)) return;
        const small = compareSamples(onFive(...before), onFive(...after), { k: 3 });
        const large = compareSamples(
          onFive(...before.map((count) => count * times)),
          onFive(...after.map((count) => count * times)),
          { k: 3 },
        );
        if (small === null || large === null) return;
        expect(large.high - large.low).toBeLessThanOrEqual(small.high - small.low + 1e-9);
      }),
    );
  });

  it("may widen the interval when only one wave grows: Welch's degrees of freedom fall toward the smaller wave's", () => {
    // Three answers before (1, 4, 4), three or six after (4, 5, 5): the after wave's standard error
    // shrinks, but the estimate of the difference now rests almost wholly on the three answers
    // before, whose t quantile (about 2 degrees of freedom) is wider. Welch is right to say so.
    const before = onFive(1, 0, 0, 2, 0);
    const three = compareSamples(before, onFive(0, 0, 0, 1, 2), { k: 3 })!;
    const six = compareSamples(before, onFive(0, 0, 0, 2, 4), { k: 3 })!;
    expect(six.high - six.low).toBeGreaterThan(three.high - three.low);
  });

  it('gives no comparison whenever a side has fewer answers than k', () => {
    fc.assert(
      fc.property(sample, sample, k, (a, b, kk) => {
        const result = compareSamples(a, b, { k: kk });
        expect(result === null).toBe(a.n < kk || b.n < kk);
      }),
    );
  });

  it('marks a change only when its interval excludes zero', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const result = compareSamples(a, b, { k: 3 });
        if (result === null) return;
        const excludesZero = result.low > 0 || result.high < 0;
        expect(result.verdict !== 'steady').toBe(excludesZero);
        expect(result.low).toBeLessThanOrEqual(result.change);
        expect(result.high).toBeGreaterThanOrEqual(result.change);
      }),
    );
  });
});

describe('studentTQuantile', () => {
  it.each([
    [1, 12.7062],
    [2, 4.3027],
    [4, 2.7764],
    [10, 2.2281],
    [30, 2.0423],
    [1000, 1.9623],
  ])('gives the 97.5 %% quantile of t with %s degrees of freedom as the tables do', (df, t) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 4);
  });

  it('tends to the normal quantile 1.96', () => {
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959964, 6);
  });

  it('rejects a probability outside (0.5, 1) and degrees of freedom ≤ 0', () => {
    expect(() => studentTQuantile(0.4, 10)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('samples', () => {
  it('computes mean and sample variance from answers and from a distribution alike', () => {
    expect(sampleOf([1, 2, 3, 4])).toEqual({ n: 4, mean: 2.5, variance: 5 / 3 });
    expect(sampleOfPoints([1, 2, 3, 4].map((value) => ({ value, count: 1 })))).toEqual(
      sampleOf([1, 2, 3, 4]),
    );
    expect(sampleOf([])).toBeNull();
    expect(sampleOf([3])).toEqual({ n: 1, mean: 3, variance: 0 });
  });

  it('takes a share as the mean of a yes-or-no answer in percent', () => {
    // 3 of 4: 75 %, variance 100² × 0.75 × 0.25 × 4/3 = 2,500.
    expect(sampleOfShare(3, 4)).toEqual({ n: 4, mean: 75, variance: 2500 });
    expect(sampleOfShare(0, 0)).toBeNull();
  });

  it('turns a minimum effect given as a share of the scale into the scale’s units', () => {
    expect(minimumEffectOn({ min: 25, max: 100 }, 0.05)).toBeCloseTo(3.75, 12);
    expect(minimumEffectOn({ min: 1, max: 4 }, 0)).toBe(0);
    expect(() => minimumEffectOn({ min: 1, max: 4 }, 1)).toThrow(RangeError);
  });
});
