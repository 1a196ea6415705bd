import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNGSIONAL_LEVELS } from '../people/position';
import {
  annualCreditPoints,
  atLeast,
  CHECK_IN_FREQUENCIES,
  CREDIT_PERCENTAGE,
  checkInPeriods,
  FUNCTIONAL_COEFFICIENTS,
  isPredikat,
  isRating,
  PREDIKATS,
  type Predikat,
  periodOfMonth,
  predikatFromKuadran,
  predikatOf,
  predikatRank,
  predikatToKuadran,
  RATINGS,
  type Rating,
  ratingFromSiasn,
  ratingToSiasn,
} from './predikat.rules';

const rating = fc.constantFrom(...RATINGS);
const predikat = fc.constantFrom(...PREDIKATS);
/** Better first, as RATINGS lists them. */
const ratingRank = (r: Rating) => RATINGS.indexOf(r);

describe('predikatOf (PermenPANRB 6/2022, lampiran)', () => {
  // The nine cells as the lampiran prints them: [hasil kerja, perilaku kerja, predikat].
  it.each<[Rating, Rating, Predikat]>([
    ['above', 'below', 'kurang'],
    ['above', 'meets', 'baik'],
    ['above', 'above', 'sangat_baik'],
    ['meets', 'below', 'kurang'],
    ['meets', 'meets', 'baik'],
    ['meets', 'above', 'baik'],
    ['below', 'below', 'sangat_kurang'],
    ['below', 'meets', 'butuh_perbaikan'],
    ['below', 'above', 'butuh_perbaikan'],
  ])('gives hasil %s and perilaku %s the predikat %s', (hasil, perilaku, expected) => {
    expect(predikatOf(hasil, perilaku)).toBe(expected);
  });

  // Checked cell by cell against the table above: every row and every column is monotone.
  it('never gives a worse predikat for better behaviour with the same results', () => {
    fc.assert(
      fc.property(rating, rating, rating, (hasil, a, b) => {
        fc.pre(ratingRank(a) <= ratingRank(b));
        expect(predikatRank(predikatOf(hasil, a))).toBeLessThanOrEqual(predikatRank(predikatOf(hasil, b)));
      }),
    );
  });

  it('never gives a worse predikat for better results with the same behaviour', () => {
    fc.assert(
      fc.property(rating, rating, rating, (perilaku, a, b) => {
        fc.pre(ratingRank(a) <= ratingRank(b));
        expect(predikatRank(predikatOf(a, perilaku))).toBeLessThanOrEqual(
          predikatRank(predikatOf(b, perilaku)),
        );
      }),
    );
  });

  // The table is not symmetric: behaviour weighs more than results.
  it('rates good results with poor behaviour below poor results with good behaviour', () => {
    expect(predikatOf('above', 'below')).toBe('kurang');
    expect(predikatOf('below', 'above')).toBe('butuh_perbaikan');
  });

  it('gives Sangat Baik only for both ratings above and Sangat Kurang only for both below', () => {
    fc.assert(
      fc.property(rating, rating, (hasil, perilaku) => {
        const p = predikatOf(hasil, perilaku);
        expect(p === 'sangat_baik').toBe(hasil === 'above' && perilaku === 'above');
        expect(p === 'sangat_kurang').toBe(hasil === 'below' && perilaku === 'below');
      }),
    );
  });

  it('caps behaviour below expectations at Kurang and results below at Butuh Perbaikan', () => {
    fc.assert(
      fc.property(rating, rating, (hasil, perilaku) => {
        const rank = predikatRank(predikatOf(hasil, perilaku));
        if (perilaku === 'below') expect(rank).toBeGreaterThanOrEqual(predikatRank('kurang'));
        if (hasil === 'below') expect(rank).toBeGreaterThanOrEqual(predikatRank('butuh_perbaikan'));
      }),
    );
  });
});

describe('predikat order', () => {
  it('ranks Sangat Baik 0 to Sangat Kurang 4', () => {
    expect(PREDIKATS.map(predikatRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it('holds a predikat at least as good as itself and as everything worse', () => {
    expect(atLeast('sangat_baik', 'baik')).toBe(true);
    expect(atLeast('baik', 'baik')).toBe(true);
    expect(atLeast('butuh_perbaikan', 'baik')).toBe(false);
    fc.assert(
      fc.property(predikat, predikat, (a, b) => {
        expect(atLeast(a, b)).toBe(predikatRank(a) <= predikatRank(b));
        expect(atLeast(a, b) || atLeast(b, a)).toBe(true);
      }),
    );
  });

  it('recognises its own values only', () => {
    expect(RATINGS.every(isRating)).toBe(true);
    expect(PREDIKATS.every(isPredikat)).toBe(true);
    expect([1, 'baik ', 'Baik', null].some((v) => isRating(v) || isPredikat(v))).toBe(false);
  });
});

describe('SIASN codes (rw-skp22)', () => {
  it('codes ratings 1 di atas, 2 sesuai, 3 di bawah ekspektasi', () => {
    expect(RATINGS.map(ratingToSiasn)).toEqual([1, 2, 3]);
    expect(ratingFromSiasn(1)).toBe('above');
    expect(ratingFromSiasn(' 2 ')).toBe('meets');
    expect(ratingFromSiasn('03')).toBe('below');
  });

  it('codes predikat as kuadran 1 Sangat Baik to 5 Sangat Kurang', () => {
    expect(PREDIKATS.map(predikatToKuadran)).toEqual([1, 2, 3, 4, 5]);
    expect(predikatFromKuadran('4')).toBe('kurang');
    expect(predikatFromKuadran(5)).toBe('sangat_kurang');
  });

  it.each([0, 4, 6, -1, 1.5, '', 'x', '1a', '2.0'])('reads %j as no rating', (code) => {
    expect(ratingFromSiasn(code)).toBeNull();
  });

  it.each([0, 6, -1, 2.5, '', 'Baik'])('reads %j as no kuadran', (code) => {
    expect(predikatFromKuadran(code)).toBeNull();
  });

  it('round-trips every rating and predikat through its code', () => {
    fc.assert(fc.property(rating, (r) => ratingFromSiasn(ratingToSiasn(r)) === r));
    fc.assert(fc.property(predikat, (p) => predikatFromKuadran(predikatToKuadran(p)) === p));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (code) => {
        const p = predikatFromKuadran(code);
        expect(p === null ? null : predikatToKuadran(p)).toBe(code);
      }),
    );
  });
});

describe('credit points (PermenPANRB 1/2023)', () => {
  it('converts predikat to 150, 100, 75, 50 and 25 percent', () => {
    expect(PREDIKATS.map((p) => CREDIT_PERCENTAGE[p])).toEqual([150, 100, 75, 50, 25]);
  });

  it('has a yearly coefficient for every fungsional jenjang', () => {
    expect(FUNGSIONAL_LEVELS.map((l) => FUNCTIONAL_COEFFICIENTS[l])).toEqual([
      12.5, 25, 37.5, 50, 3.75, 5, 12.5, 25,
    ]);
  });

  it('gives a year at Baik the whole coefficient and at Sangat Baik one and a half', () => {
    expect(annualCreditPoints(FUNCTIONAL_COEFFICIENTS.ahli_muda, 'baik')).toBe(25);
    expect(annualCreditPoints(FUNCTIONAL_COEFFICIENTS.ahli_pertama, 'sangat_baik')).toBe(18.75);
    expect(annualCreditPoints(FUNCTIONAL_COEFFICIENTS.ahli_utama, 'sangat_kurang')).toBe(12.5);
  });

  it('prorates by months and rounds half up to three decimals', () => {
    expect(annualCreditPoints(12.5, 'baik', 6)).toBe(6.25);
    expect(annualCreditPoints(3.75, 'butuh_perbaikan')).toBe(2.813);
    expect(annualCreditPoints(5, 'butuh_perbaikan', 5)).toBe(1.563);
    expect(annualCreditPoints(37.5, 'kurang', 1)).toBe(1.563);
    expect(annualCreditPoints(25, 'baik', 0)).toBe(0);
  });

  it('adds up twelve months at one predikat to about a year', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FUNGSIONAL_LEVELS), predikat, (level, p) => {
        const c = FUNCTIONAL_COEFFICIENTS[level];
        // Each month rounds by at most half a thousandth.
        const monthly = annualCreditPoints(c, p, 1) * 12;
        expect(Math.abs(monthly - annualCreditPoints(c, p))).toBeLessThanOrEqual(12 * 0.0005 + 1e-9);
      }),
    );
  });

  it('never gives a worse predikat more credit', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), predikat, predikat, (c, a, b) => {
        fc.pre(predikatRank(a) <= predikatRank(b));
        expect(annualCreditPoints(c, a)).toBeGreaterThanOrEqual(annualCreditPoints(c, b));
      }),
    );
  });

  it.each([
    [-1, 12],
    [Number.NaN, 12],
    [12.5, 13],
    [12.5, -1],
    [12.5, 6.5],
  ])('refuses coefficient %d over %d months', (coefficient, months) => {
    expect(() => annualCreditPoints(coefficient, 'baik', months)).toThrow(RangeError);
  });
});

describe('check-in periods (PermenPANRB 6/2022)', () => {
  it('splits a year into 12 months, 4 quarters or 2 semesters', () => {
    expect(checkInPeriods(2025, 'monthly')).toHaveLength(12);
    expect(checkInPeriods(2025, 'quarterly').map((p) => [p.index, p.fromMonth, p.toMonth])).toEqual([
      [1, 1, 3],
      [2, 4, 6],
      [3, 7, 9],
      [4, 10, 12],
    ]);
    expect(checkInPeriods(2025, 'semester')).toEqual([
      { index: 1, fromMonth: 1, toMonth: 6, from: '2025-01-01', to: '2025-06-30' },
      { index: 2, fromMonth: 7, toMonth: 12, from: '2025-07-01', to: '2025-12-31' },
    ]);
  });

  it('ends February on the 29th in a leap year', () => {
    expect(checkInPeriods(2024, 'monthly')[1]).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(checkInPeriods(2025, 'monthly')[1]).toMatchObject({ to: '2025-02-28' });
  });

  it('places every month in exactly the period periodOfMonth names', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2019, max: 2100 }),
        fc.constantFrom(...CHECK_IN_FREQUENCIES),
        fc.integer({ min: 1, max: 12 }),
        (year, frequency, month) => {
          const holding = checkInPeriods(year, frequency).filter(
            (p) => p.fromMonth <= month && month <= p.toMonth,
          );
          expect(holding.map((p) => p.index)).toEqual([periodOfMonth(month, frequency)]);
        },
      ),
    );
  });

  it('numbers triwulan from I and refuses a month 13', () => {
    expect(periodOfMonth(3, 'quarterly')).toBe(1);
    expect(periodOfMonth(4, 'quarterly')).toBe(2);
    expect(periodOfMonth(12, 'semester')).toBe(2);
    expect(periodOfMonth(7, 'monthly')).toBe(7);
    expect(() => periodOfMonth(13, 'monthly')).toThrow(RangeError);
    expect(() => periodOfMonth(0, 'quarterly')).toThrow(RangeError);
  });
});
