import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKATS } from '../performance/predikat.rules';
import { TALENT_RECOMMENDATIONS } from './nine-box.contract';
import { suggestDevelopment } from './talent-development.rules';

describe('suggestDevelopment (PP 17/2020 art. 206, PermenPANRB 3/2020)', () => {
  it('counts a predikat below Baik as a performance gap, answered by coaching', () => {
    expect(suggestDevelopment('butuh_perbaikan', null)).toEqual([
      { reason: 'performanceGap', pathCode: 'NKL01', jp: 10 },
    ]);
    expect(suggestDevelopment('sangat_kurang', null).map((s) => s.reason)).toEqual(['performanceGap']);
    expect(suggestDevelopment('baik', null)).toEqual([]);
    expect(suggestDevelopment('sangat_baik', null)).toEqual([]);
  });

  it('prepares the talent pool by mentoring and a box to rotate by a work placement', () => {
    expect(suggestDevelopment('sangat_baik', 'talentPool')).toEqual([
      { reason: 'talentPool', pathCode: 'NKL02', jp: 20 },
    ]);
    expect(suggestDevelopment('baik', 'rotate')).toEqual([{ reason: 'rotate', pathCode: 'NKL12', jp: 40 }]);
  });

  it('leaves a box to develop to the competency gaps', () => {
    expect(suggestDevelopment('baik', 'develop')).toEqual([]);
  });

  it('suggests coaching once when a performance gap and a follow-up box coincide', () => {
    expect(suggestDevelopment('kurang', 'performanceFollowUp').map((s) => s.reason)).toEqual([
      'performanceGap',
    ]);
    expect(suggestDevelopment('baik', 'performanceFollowUp').map((s) => s.reason)).toEqual([
      'performanceFollowUp',
    ]);
  });

  it('never suggests one reason twice, nor coaching twice', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, ...PREDIKATS),
        fc.constantFrom(null, ...TALENT_RECOMMENDATIONS),
        (predikat, recommendation) => {
          const suggested = suggestDevelopment(predikat, recommendation);
          const reasons = suggested.map((s) => s.reason);
          expect(new Set(reasons).size).toBe(reasons.length);
          expect(suggested.filter((s) => s.pathCode === 'NKL01').length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
