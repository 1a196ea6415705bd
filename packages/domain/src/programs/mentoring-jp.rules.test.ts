import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionJp } from './mentoring-jp.rules';

describe('the JP of a mentoring session', () => {
  it('counts 45 minutes a JP by default (DOMAIN.md §3), rounded down to hundredths', () => {
    expect(sessionJp(90)).toBe(2);
    expect(sessionJp(45)).toBe(1);
    expect(sessionJp(60)).toBe(1.33);
    expect(sessionJp(0)).toBe(0);
  });

  it('follows the scheme: its minutes per JP and its ceiling per session', () => {
    expect(sessionJp(120, { minutesPerJp: 60, maxPerSession: null })).toBe(2);
    expect(sessionJp(600, { minutesPerJp: 45, maxPerSession: 4 })).toBe(4);
    expect(sessionJp(135, { minutesPerJp: 45, maxPerSession: 4 })).toBe(3);
  });

  it('refuses minutes that are not a whole number and a rule without minutes', () => {
    expect(() => sessionJp(-1)).toThrow(RangeError);
    expect(() => sessionJp(1.5)).toThrow(RangeError);
    expect(() => sessionJp(60, { minutesPerJp: 0, maxPerSession: null })).toThrow(RangeError);
  });

  it('never earns more for a shorter session, never more than the ceiling, never more than the minutes say', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 240 }),
        fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
        (a, b, minutesPerJp, maxPerSession) => {
          const rule = { minutesPerJp, maxPerSession };
          const [short, long] = a <= b ? [a, b] : [b, a];
          expect(sessionJp(short, rule)).toBeLessThanOrEqual(sessionJp(long, rule));
          expect(sessionJp(long, rule)).toBeLessThanOrEqual(maxPerSession ?? Number.POSITIVE_INFINITY);
          expect(sessionJp(long, rule) * minutesPerJp).toBeLessThanOrEqual(long + 1e-9);
        },
      ),
    );
  });
});
