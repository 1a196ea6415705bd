import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraiserSpread, type ScoredPredikat } from './appraiser-spread.rules';

const counts = (c: Partial<Record<ScoredPredikat, number>>) => ({
  sangat_baik: 0,
  baik: 0,
  butuh_perbaikan: 0,
  kurang: 0,
  sangat_kurang: 0,
  ...c,
});

describe('the spread of appraisers', () => {
  it('flags the one who rates everyone Sangat Baik among peers who mostly give Baik', () => {
    const peers = Array.from({ length: 6 }, (_, i) => ({
      key: `peer${i}`,
      counts: counts({ sangat_baik: 1, baik: 8, butuh_perbaikan: 1 }),
    }));
    const { peerMean, appraisers } = appraiserSpread([
      ...peers,
      { key: 'lenient', counts: counts({ sangat_baik: 10 }) },
    ]);
    expect(peerMean).toBeCloseTo((6 * 40 + 50) / 70, 2);
    const lenient = appraisers.find((a) => a.key === 'lenient')!;
    expect(lenient).toMatchObject({ appraised: 10, meanScore: 5, flagged: true });
    expect(lenient.deviation).toBeGreaterThan(2);
    expect(appraisers.filter((a) => a.flagged).map((a) => a.key)).toEqual(['lenient']);
  });

  it('does not flag an appraiser of fewer than five, however far', () => {
    const { appraisers } = appraiserSpread([
      { key: 'a', counts: counts({ baik: 30, butuh_perbaikan: 5 }) },
      { key: 'b', counts: counts({ sangat_kurang: 4 }) },
    ]);
    expect(appraisers.find((a) => a.key === 'b')).toMatchObject({ appraised: 4, flagged: false });
  });

  it('tells nothing when the peers all rate alike or there are none', () => {
    expect(appraiserSpread([{ key: 'only', counts: counts({ baik: 9 }) }]).appraisers[0]).toMatchObject({
      deviation: 0,
      flagged: false,
    });
    expect(appraiserSpread([]).peerMean).toBeNull();
  });

  it('has a sign that follows the mean and keeps every appraiser', () => {
    const tally = fc.record({
      sangat_baik: fc.nat(20),
      baik: fc.nat(20),
      butuh_perbaikan: fc.nat(20),
      kurang: fc.nat(20),
      sangat_kurang: fc.nat(20),
    });
    fc.assert(
      fc.property(fc.array(tally, { minLength: 1, maxLength: 8 }), (tallies) => {
        const result = appraiserSpread(tallies.map((c, key) => ({ key, counts: c })));
        expect(result.appraisers.map((a) => a.key)).toEqual(tallies.map((_, i) => i));
        const score = { sangat_baik: 5, baik: 4, butuh_perbaikan: 3, kurang: 2, sangat_kurang: 1 };
        const sumOf = (c: (typeof tallies)[number]) =>
          Object.entries(c).reduce((s, [p, n]) => s + score[p as ScoredPredikat] * n, 0);
        const nOf = (c: (typeof tallies)[number]) => Object.values(c).reduce((s, n) => s + n, 0);
        const [allSum, allN] = [
          tallies.reduce((s, c) => s + sumOf(c), 0),
          tallies.reduce((s, c) => s + nOf(c), 0),
        ];
        for (const [i, a] of result.appraisers.entries()) {
          const own = tallies[i]!;
          const othersMean = (allSum - sumOf(own)) / (allN - nOf(own));
          const gap = sumOf(own) / nOf(own) - othersMean;
          // The z statistic leans the way the appraiser's mean leans from the others'.
          if (a.deviation !== 0) expect(Math.sign(a.deviation)).toBe(Math.sign(gap));
          if (a.flagged) expect(a.appraised).toBeGreaterThanOrEqual(5);
        }
      }),
    );
  });
});
