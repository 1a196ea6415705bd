import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, toCalendarDate, yearsBetween } from '../shared/calendar-date';
import { addMonths, monthsCompleted, recordServiceLength, serviceLengthFrom } from './service-length.rules';

const day = fc
  .record({
    y: fc.integer({ min: 1950, max: 2080 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => toCalendarDate(y, m, Math.min(d, daysInMonth(y, m))));

describe('serviceLengthFrom', () => {
  it('counts the years and months since TMT CPNS', () => {
    // NIP 19850312 201001 1 003: TMT CPNS January 2010.
    expect(serviceLengthFrom('2010-01-01', '2026-12-02')).toEqual({ years: 16, months: 11 });
    expect(serviceLengthFrom('2010-01-01', '2027-01-01')).toEqual({ years: 17, months: 0 });
    expect(serviceLengthFrom('2010-01-01', '2026-12-31')).toEqual({ years: 16, months: 11 });
  });

  it('completes a month only on the same day of a later month', () => {
    expect(serviceLengthFrom('2019-03-15', '2019-04-14')).toEqual({ years: 0, months: 0 });
    expect(serviceLengthFrom('2019-03-15', '2019-04-15')).toEqual({ years: 0, months: 1 });
  });

  it('completes a month begun on the 31st at the end of a shorter month', () => {
    expect(serviceLengthFrom('2020-01-31', '2020-02-28')).toEqual({ years: 0, months: 0 });
    expect(serviceLengthFrom('2020-01-31', '2020-02-29')).toEqual({ years: 0, months: 1 });
    expect(serviceLengthFrom('2021-01-31', '2021-02-28')).toEqual({ years: 0, months: 1 });
    expect(serviceLengthFrom('2020-01-31', '2020-03-30')).toEqual({ years: 0, months: 1 });
    expect(serviceLengthFrom('2020-01-31', '2020-03-31')).toEqual({ years: 0, months: 2 });
  });

  it('counts a year begun on 29 February complete on 28 February, as ages do', () => {
    expect(serviceLengthFrom('2020-02-29', '2021-02-28')).toEqual({ years: 1, months: 0 });
    expect(serviceLengthFrom('2020-02-29', '2021-02-27')).toEqual({ years: 0, months: 11 });
  });

  it('counts nothing for a TMT still to come, and nothing for a day that is not a date', () => {
    expect(serviceLengthFrom('2027-01-01', '2026-12-02')).toEqual({ years: 0, months: 0 });
    expect(serviceLengthFrom('2010-02-30', '2026-12-02')).toBeNull();
    expect(serviceLengthFrom('2010-01-01', '02-12-2026')).toBeNull();
  });

  it('is never negative and keeps months between 0 and 11', () => {
    fc.assert(
      fc.property(day, day, (tmt, asOf) => {
        const length = serviceLengthFrom(tmt, asOf)!;
        expect(length.years).toBeGreaterThanOrEqual(0);
        expect(length.months).toBeGreaterThanOrEqual(0);
        expect(length.months).toBeLessThanOrEqual(11);
      }),
    );
  });

  it('never goes down as the day moves on', () => {
    fc.assert(
      fc.property(day, day, day, (tmt, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const total = (l: { years: number; months: number }) => l.years * 12 + l.months;
        expect(total(serviceLengthFrom(tmt, later)!)).toBeGreaterThanOrEqual(
          total(serviceLengthFrom(tmt, earlier)!),
        );
      }),
    );
  });

  it('agrees with whole years as ages count them', () => {
    fc.assert(
      fc.property(day, day, (tmt, asOf) => {
        fc.pre(asOf >= tmt);
        expect(serviceLengthFrom(tmt, asOf)!.years).toBe(yearsBetween(tmt, asOf));
      }),
    );
  });
});

describe('monthsCompleted', () => {
  it('is exactly n on the day n months after, and n − 1 the day before', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 600 }), (from, n) => {
        const then = addMonths(from, n);
        expect(monthsCompleted(from, then)).toBe(n);
        const dayBefore = new Date(`${then}T00:00:00Z`);
        dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
        const before = dayBefore.toISOString().slice(0, 10);
        expect(monthsCompleted(from, before)).toBe(n - 1);
      }),
    );
  });
});

describe('addMonths', () => {
  it('keeps the day, or ends on the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-08-31', 1)).toBe('2023-09-30');
    expect(addMonths('2023-11-15', 2)).toBe('2024-01-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('always gives a real date after the one it started from', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 1200 }), (from, n) => {
        const then = addMonths(from, n);
        expect(then > from).toBe(true);
        const [y, m, d] = then.split('-').map(Number) as [number, number, number];
        expect(d).toBeLessThanOrEqual(daysInMonth(y, m));
      }),
    );
  });
});

describe('recordServiceLength', () => {
  const asOf = '2026-12-02';

  it('keeps the imported years and months, which may hold recognised earlier service', () => {
    expect(recordServiceLength({ serviceYears: 20, serviceMonths: 3, tmtCpns: '2010-01-01' }, asOf)).toEqual({
      years: 20,
      months: 3,
      computed: false,
    });
    expect(recordServiceLength({ serviceYears: 4, serviceMonths: null, tmtCpns: null }, asOf)).toEqual({
      years: 4,
      months: 0,
      computed: false,
    });
  });

  it('counts from TMT CPNS when nothing was imported', () => {
    expect(
      recordServiceLength({ serviceYears: null, serviceMonths: null, tmtCpns: '2010-01-01' }, asOf),
    ).toEqual({
      years: 16,
      months: 11,
      computed: true,
    });
  });

  it('knows nothing without either', () => {
    expect(recordServiceLength({ serviceYears: null, serviceMonths: null, tmtCpns: null }, asOf)).toBeNull();
  });
});
