import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKATS } from '../performance/predikat.rules';
import { comparedYears, predikatChange } from './performance-change.rules';

describe('the predikat before and after a training', () => {
  it('counts only those appraised in both years, and who moved up or down', () => {
    const change = predikatChange(
      [
        { before: 'butuh_perbaikan', after: 'baik' },
        { before: 'baik', after: 'baik' },
        { before: 'baik', after: 'sangat_baik' },
        { before: 'sangat_baik', after: 'baik' },
        { before: 'baik', after: null },
        { before: null, after: 'baik' },
      ],
      4,
    );
    expect(change).toMatchObject({
      participants: 6,
      paired: 4,
      withheld: false,
      improved: 2,
      same: 1,
      worse: 1,
      atLeastBaikBefore: 75,
      atLeastBaikAfter: 100,
    });
    expect(change.before).toMatchObject({ butuh_perbaikan: 1, baik: 2, sangat_baik: 1 });
  });

  it('withholds everything but the counts under k', () => {
    const change = predikatChange([{ before: 'kurang', after: 'baik' }], 5);
    expect(change).toMatchObject({ paired: 1, withheld: true, before: null, improved: null });
    expect(predikatChange([], 5)).toMatchObject({ paired: 0, withheld: false });
  });

  it('compares the year before the first day with the first full year after the last', () => {
    expect(comparedYears('2025-03-03', '2025-03-07')).toEqual({ before: 2024, after: 2026 });
    expect(comparedYears('2025-11-03', '2026-01-20')).toEqual({ before: 2024, after: 2027 });
  });

  it('always splits the paired into improved, same and worse', () => {
    const predikat = fc.constantFrom(...PREDIKATS);
    const pair = fc.record({ before: fc.option(predikat), after: fc.option(predikat) });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), (pairs, k) => {
        const change = predikatChange(pairs, k);
        if (change.improved === null) return;
        expect(change.improved + change.same! + change.worse!).toBe(change.paired);
        expect(change.paired).toBeGreaterThanOrEqual(k);
      }),
    );
  });
});
