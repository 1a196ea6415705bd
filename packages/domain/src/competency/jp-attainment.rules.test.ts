import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  behindBelow,
  DEFAULT_JP_TARGETS,
  jpAttainment,
  jpOfMinutes,
  yearElapsed,
} from './jp-attainment.rules';

describe('the year’s JP (PP 17/2020 art. 203(4), PP 49/2018 art. 40)', () => {
  it('asks at least 20 JP of a PNS: met at 20, behind at 19 once the year is over', () => {
    expect(jpAttainment(20, DEFAULT_JP_TARGETS.PNS, 2026, '2026-12-31')).toMatchObject({
      status: 'met',
      share: 1,
    });
    expect(jpAttainment(19, DEFAULT_JP_TARGETS.PNS, 2026, '2026-12-31')).toMatchObject({
      status: 'behind',
      share: 0.95,
    });
    expect(jpAttainment(19, DEFAULT_JP_TARGETS.PNS, 2026, '2027-02-01').status).toBe('behind');
    expect(jpAttainment(32, DEFAULT_JP_TARGETS.PNS, 2026, '2026-12-31').status).toBe('met');
  });

  it('gives a PPPK up to 24 JP: beyond it the hours are above the ceiling', () => {
    expect(jpAttainment(24, DEFAULT_JP_TARGETS.PPPK, 2026, '2026-12-31').status).toBe('met');
    expect(jpAttainment(25, DEFAULT_JP_TARGETS.PPPK, 2026, '2026-12-31').status).toBe('aboveCeiling');
  });

  it('keeps pace with the year: 10 JP by the end of June is on track, 5 is behind, nothing in January is on track', () => {
    expect(jpAttainment(10, DEFAULT_JP_TARGETS.PNS, 2026, '2026-06-30').status).toBe('onTrack');
    expect(jpAttainment(5, DEFAULT_JP_TARGETS.PNS, 2026, '2026-06-30').status).toBe('behind');
    expect(jpAttainment(0, DEFAULT_JP_TARGETS.PNS, 2026, '2025-12-31').status).toBe('onTrack');
    expect(yearElapsed(2026, '2026-06-30')).toBeCloseTo(181 / 365, 10);
    expect(yearElapsed(2026, '2026-12-31')).toBe(1);
  });

  it('counts 45 minutes as one JP unless configured', () => {
    expect(jpOfMinutes(90)).toBe(2);
    expect(jpOfMinutes(60, 60)).toBe(1);
    expect(() => jpOfMinutes(-1)).toThrow(RangeError);
    expect(() => jpOfMinutes(45, 0)).toThrow(RangeError);
  });

  it('never ranks more JP worse than fewer on the same day', () => {
    const rank = { behind: 0, onTrack: 1, met: 2, aboveCeiling: 2 } as const;
    const day = fc
      .integer({ min: 0, max: 364 })
      .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 24, noNaN: true }),
        fc.double({ min: 0, max: 24, noNaN: true }),
        day,
        (a, b, asOf) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(rank[jpAttainment(high, DEFAULT_JP_TARGETS.PNS, 2026, asOf).status]).toBeGreaterThanOrEqual(
            rank[jpAttainment(low, DEFAULT_JP_TARGETS.PNS, 2026, asOf).status],
          );
        },
      ),
    );
  });
});

describe('behindBelow', () => {
  it('is behind exactly when jpAttainment says so', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.constantFrom(DEFAULT_JP_TARGETS.PNS, DEFAULT_JP_TARGETS.PPPK),
        fc.integer({ min: 0, max: 500 }),
        (earned, target, days) => {
          const asOf = new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
          const behind = jpAttainment(earned, target, 2026, asOf).status === 'behind';
          expect(earned < behindBelow(target, 2026, asOf)).toBe(behind);
        },
      ),
    );
  });

  it('asks 10 JP of a PNS at the end of June and the whole 20 after the year', () => {
    expect(behindBelow(DEFAULT_JP_TARGETS.PNS, 2026, '2026-07-01')).toBeCloseTo(10, 0);
    expect(behindBelow(DEFAULT_JP_TARGETS.PNS, 2026, '2027-01-15')).toBe(20);
  });
});
