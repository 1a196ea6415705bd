import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  compareCalendarDates,
  isCalendarDate,
  isValidCalendarDate,
  parseCalendarDate,
  toCalendarDate,
  yearsBetween,
} from './calendar-date';

const realDate = fc
  .record({
    y: fc.integer({ min: 1900, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => isValidCalendarDate(y, m, d))
  .map(({ y, m, d }) => toCalendarDate(y, m, d));

describe('isValidCalendarDate', () => {
  it('accepts 29 February in a leap year only', () => {
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2000, 2, 29)).toBe(true);
    expect(isValidCalendarDate(1900, 2, 29)).toBe(false);
  });

  it('rejects month 13, day 0 and 31 April', () => {
    expect(isValidCalendarDate(1985, 13, 1)).toBe(false);
    expect(isValidCalendarDate(1985, 3, 0)).toBe(false);
    expect(isValidCalendarDate(1985, 4, 31)).toBe(false);
  });

  it('rejects fractional parts', () => {
    expect(isValidCalendarDate(1985, 3.5, 1)).toBe(false);
  });
});

describe('parseCalendarDate', () => {
  it.each([
    ['12-03-1985', '1985-03-12'],
    ['12/03/1985', '1985-03-12'],
    ['1985-03-12', '1985-03-12'],
    ['2-3-1985', '1985-03-02'],
    ['2/3/1985', '1985-03-02'],
    ['12.03.1985', '1985-03-12'],
    ['  12-03-1985  ', '1985-03-12'],
    ['1985-03-12T00:00:00.000Z', '1985-03-12'],
    ['1985-03-12 00:00:00', '1985-03-12'],
    ['12 Maret 1985', '1985-03-12'],
    ['17 Agustus 1945', '1945-08-17'],
    ['1 Des 2020', '2020-12-01'],
    ['12-Mar-1985', '1985-03-12'],
  ])('reads the text %j as %s', (input, expected) => {
    expect(parseCalendarDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [31118, '1985-03-12'],
    [43831, '2020-01-01'],
    [45292.75, '2024-01-01'],
    [2958465, '9999-12-31'],
  ])('reads the Excel serial %d as %s', (serial, expected) => {
    expect(parseCalendarDate(serial)).toEqual({ ok: true, value: expected });
  });

  it('reads a five-digit serial stored as text', () => {
    expect(parseCalendarDate('31118')).toEqual({ ok: true, value: '1985-03-12' });
  });

  it("rejects serial 60, Excel's fictitious 29 February 1900", () => {
    expect(parseCalendarDate(60)).toMatchObject({ ok: false, code: 'date.invalid' });
  });

  it('rejects serials outside Excel range', () => {
    expect(parseCalendarDate(0)).toMatchObject({ ok: false, code: 'date.invalid' });
    expect(parseCalendarDate(-5)).toMatchObject({ ok: false, code: 'date.invalid' });
    expect(parseCalendarDate(2958466)).toMatchObject({ ok: false, code: 'date.invalid' });
    expect(parseCalendarDate(Number.NaN)).toMatchObject({ ok: false, code: 'date.invalid' });
  });

  it('does not read a bare year as a serial', () => {
    expect(parseCalendarDate('1985')).toMatchObject({ ok: false, code: 'date.format' });
  });

  it('reads the UTC fields of a Date as exceljs produces for date cells', () => {
    expect(parseCalendarDate(new Date(Date.UTC(1985, 2, 12)))).toEqual({ ok: true, value: '1985-03-12' });
    expect(parseCalendarDate(new Date(Date.UTC(1985, 2, 12, 23, 59)))).toEqual({
      ok: true,
      value: '1985-03-12',
    });
  });

  it('rejects an invalid Date object', () => {
    expect(parseCalendarDate(new Date(Number.NaN))).toMatchObject({ ok: false, code: 'date.invalid' });
  });

  it('reports empty input as date.empty', () => {
    expect(parseCalendarDate(null)).toEqual({ ok: false, code: 'date.empty' });
    expect(parseCalendarDate(undefined)).toEqual({ ok: false, code: 'date.empty' });
    expect(parseCalendarDate('   ')).toEqual({ ok: false, code: 'date.empty' });
  });

  it('rejects a day that does not exist, naming the value', () => {
    expect(parseCalendarDate('31-02-2020')).toEqual({
      ok: false,
      code: 'date.invalid',
      params: { value: '31-02-2020' },
    });
    expect(parseCalendarDate('1985-13-01')).toMatchObject({ ok: false, code: 'date.invalid' });
  });

  it.each(['12-03-85', '03/12/1985 pm', 'kemarin', '1985/03', '12 Maretz 1985'])(
    'rejects the unknown format %j',
    (input) => {
      expect(parseCalendarDate(input)).toMatchObject({ ok: false, code: 'date.format' });
    },
  );

  it('round-trips every real date through dd-mm-yyyy', () => {
    fc.assert(
      fc.property(realDate, (date) => {
        const [y, m, d] = date.split('-');
        expect(parseCalendarDate(`${d}-${m}-${y}`)).toEqual({ ok: true, value: date });
        expect(parseCalendarDate(date)).toEqual({ ok: true, value: date });
      }),
    );
  });

  it('agrees with the Excel serial of every real date after March 1900', () => {
    fc.assert(
      fc.property(
        realDate.filter((d) => d >= '1900-03-01'),
        (date) => {
          const serial = (Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
          expect(parseCalendarDate(serial)).toEqual({ ok: true, value: date });
        },
      ),
    );
  });
});

describe('isCalendarDate', () => {
  it('accepts only canonical real dates', () => {
    expect(isCalendarDate('1985-03-12')).toBe(true);
    expect(isCalendarDate('1985-3-12')).toBe(false);
    expect(isCalendarDate('1985-02-30')).toBe(false);
  });
});

describe('compareCalendarDates', () => {
  it('orders dates chronologically', () => {
    expect(['2020-01-02', '1999-12-31', '2020-01-01'].sort(compareCalendarDates)).toEqual([
      '1999-12-31',
      '2020-01-01',
      '2020-01-02',
    ]);
    expect(compareCalendarDates('2020-01-01', '2020-01-01')).toBe(0);
  });
});

describe('addYears and yearsBetween', () => {
  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2000-02-29', 1)).toBe('2001-02-28');
    expect(addYears('2000-02-29', 4)).toBe('2004-02-29');
  });

  it('counts an age in completed years', () => {
    expect(yearsBetween('1985-03-12', '2003-03-11')).toBe(17);
    expect(yearsBetween('1985-03-12', '2003-03-12')).toBe(18);
    expect(yearsBetween('1985-03-12', '1985-03-12')).toBe(0);
  });

  it('is negative when the second date comes first', () => {
    expect(yearsBetween('2003-03-12', '1985-03-12')).toBe(-18);
  });

  it('counts n years between a date and the same date n years later', () => {
    fc.assert(
      fc.property(realDate, fc.integer({ min: 0, max: 80 }), (date, n) => {
        expect(yearsBetween(date, addYears(date, n))).toBe(n);
      }),
    );
  });

  it('never counts a year before its anniversary', () => {
    fc.assert(
      fc.property(realDate, realDate, (a, b) => {
        fc.pre(a <= b);
        const years = yearsBetween(a, b);
        expect(addYears(a, years) <= b).toBe(true);
        expect(addYears(a, years + 1) > b).toBe(true);
      }),
    );
  });
});
