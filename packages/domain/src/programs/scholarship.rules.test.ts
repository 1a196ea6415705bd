import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../shared/calendar-date';
import {
  AWARD_STATUSES,
  bondEndsOn,
  bondMonths,
  canMove,
  monthsBetween,
  reportsOverdue,
  reportTerms,
} from './scholarship.rules';

describe('an awardee’s status', () => {
  it('goes on leave and back, and ends graduated, failed or resigned', () => {
    expect(canMove('studying', 'onLeave', false)).toBe(true);
    expect(canMove('onLeave', 'studying', false)).toBe(true);
    expect(canMove('onLeave', 'graduated', false)).toBe(false);
    expect(canMove('studying', 'graduated', false)).toBe(true);
    expect(canMove('failed', 'studying', false)).toBe(false);
  });

  it('breaks the bond only after the return to work', () => {
    expect(canMove('graduated', 'bondBroken', false)).toBe(false);
    expect(canMove('graduated', 'bondBroken', true)).toBe(true);
    for (const status of AWARD_STATUSES) expect(canMove(status, status, true)).toBe(false);
  });
});

describe('the service bond', () => {
  it('is twice the months studied by default, plus the extra months the call publishes', () => {
    // A two-year master's (24 months): 48 months of service.
    expect(bondMonths(monthsBetween('2024-09-01', '2026-08-31'))).toBe(48);
    expect(bondMonths(24, { factor: 1, extraMonths: 12 })).toBe(36);
    expect(bondMonths(7, { factor: 1.5, extraMonths: 0 })).toBe(11);
  });

  it('ends the day before its months have run from the return to work', () => {
    expect(bondEndsOn('2026-10-01', 48)).toBe('2030-09-30');
    expect(bondEndsOn('2027-01-31', 1)).toBe('2027-02-27');
    expect(bondEndsOn('2027-01-31', 0)).toBe('2027-01-31');
  });

  it('counts a month begun as a whole month', () => {
    expect(monthsBetween('2024-09-01', '2024-09-30')).toBe(1);
    expect(monthsBetween('2024-09-15', '2025-03-14')).toBe(6);
    expect(monthsBetween('2024-09-15', '2025-03-16')).toBe(7);
    expect(() => monthsBetween('2025-01-02', '2025-01-01')).toThrow(RangeError);
  });

  it('never shrinks as the study lengthens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 40 }).map((n) => n / 10),
        fc.integer({ min: 0, max: 24 }),
        (a, b, factor, extraMonths) => {
          const [short, long] = a <= b ? [a, b] : [b, a];
          const rule = { factor, extraMonths };
          expect(bondMonths(short, rule)).toBeLessThanOrEqual(bondMonths(long, rule));
          expect(bondMonths(long, rule)).toBeGreaterThanOrEqual(long * factor);
        },
      ),
    );
  });
});

describe('the reports of a study', () => {
  it('fall due at the end of each term, the last on the study’s expected end', () => {
    expect(reportTerms('2025-09-01', '2027-08-31', 6)).toEqual([
      { term: 1, endsOn: '2026-02-28' },
      { term: 2, endsOn: '2026-08-31' },
      { term: 3, endsOn: '2027-02-28' },
      { term: 4, endsOn: '2027-08-31' },
    ]);
    expect(reportTerms('2025-09-01', '2026-01-15', 6)).toEqual([{ term: 1, endsOn: '2026-01-15' }]);
  });

  it('are owed once their term is over and nothing was submitted', () => {
    const terms = reportTerms('2025-09-01', '2027-08-31', 6);
    expect(reportsOverdue(terms, new Set([1]), '2026-09-15').map((t) => t.term)).toEqual([2]);
    expect(reportsOverdue(terms, new Set(), '2026-02-28')).toEqual([]);
  });

  it('cover the study without gaps, each term at most its months long', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 84 }),
        fc.integer({ min: 1, max: 12 }),
        (start, months, every) => {
          const startsOn = start.toISOString().slice(0, 10);
          // The study's last day: the day before its months have run.
          const expected = addDays(addMonths(startsOn, months), -1);
          const terms = reportTerms(startsOn, expected, every);
          expect(terms.at(-1)!.endsOn).toBe(expected);
          for (const [i, t] of terms.entries()) {
            expect(t.term).toBe(i + 1);
            if (i > 0) expect(t.endsOn > terms[i - 1]!.endsOn).toBe(true);
          }
          expect(terms.length).toBe(Math.ceil(months / every));
        },
      ),
    );
  });
});
