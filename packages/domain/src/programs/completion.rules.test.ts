import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionOf, sessionDays } from './completion.rules';

describe('session days', () => {
  it('are every day from the first to the last, across months and a leap day', () => {
    expect(sessionDays('2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(sessionDays('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
    expect(sessionDays('2026-05-04', '2026-05-04')).toEqual(['2026-05-04']);
  });
});

describe('completion', () => {
  const rule = { minAttendancePercent: 80, passingScore: 70 };

  it('takes 4 of 5 days as 80%, and a pass mark reached exactly', () => {
    expect(completionOf(rule, { days: 4, of: 5 }, 70)).toEqual({ completed: true });
    expect(completionOf(rule, { days: 3, of: 5 }, 90)).toEqual({ completed: false, failure: 'attendance' });
    expect(completionOf(rule, { days: 5, of: 5 }, 69.99)).toEqual({ completed: false, failure: 'score' });
    expect(completionOf(rule, { days: 0, of: 5 }, null)).toEqual({ completed: false, failure: 'both' });
  });

  it('needs no score from a program that does not test', () => {
    expect(completionOf({ minAttendancePercent: 100, passingScore: null }, { days: 2, of: 2 }, null)).toEqual(
      {
        completed: true,
      },
    );
  });

  it('never fails someone for attending more, or scoring higher', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(30),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        (min, pass, of, days, score) => {
          const attended = Math.min(days, of);
          const before = completionOf(
            { minAttendancePercent: min, passingScore: pass },
            { days: attended, of },
            score,
          );
          const more = completionOf(
            { minAttendancePercent: min, passingScore: pass },
            { days: Math.min(of, attended + 1), of },
            score === null ? 100 : Math.min(100, score + 1),
          );
          if (before.completed) expect(more.completed).toBe(true);
        },
      ),
    );
  });
});
