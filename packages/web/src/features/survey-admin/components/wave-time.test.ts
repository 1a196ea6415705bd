process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import {
  defaultWindow,
  formatWaveTime,
  fromJakartaLocal,
  nextSemester,
  nextWaveWindow,
  semesterOf,
  toJakartaLocal,
  windowProblem,
} from './wave-time';

describe('Jakarta wall-clock times', () => {
  it('shows an instant on a Jakarta clock whatever zone the browser is in', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480);
    // 17:30 UTC is half past midnight of the next day in Jakarta.
    expect(toJakartaLocal('2026-01-15T17:30:00Z')).toBe('2026-01-16T00:30');
  });

  it('sends a typed time with the +07:00 offset', () => {
    expect(fromJakartaLocal('2026-01-05T08:00')).toBe('2026-01-05T08:00:00+07:00');
    expect(fromJakartaLocal('2026-01-05T08:00:30')).toBe('2026-01-05T08:00:30+07:00');
  });

  it('round-trips an instant through the input value', () => {
    const iso = fromJakartaLocal(toJakartaLocal('2026-07-01T01:00:00Z'));
    expect(Date.parse(iso ?? '')).toBe(Date.parse('2026-07-01T01:00:00Z'));
  });

  it('refuses empty text, other formats and dates that are not on the calendar', () => {
    for (const value of ['', '05-01-2026 08:00', '2026-02-31T08:00', '2026-01-05T25:00']) {
      expect(fromJakartaLocal(value)).toBeNull();
    }
  });
});

describe('windowProblem', () => {
  it('accepts a window that closes after it opens', () => {
    expect(windowProblem('2026-01-05T08:00', '2026-01-19T08:00')).toBeNull();
  });

  it('names the missing end, and a window that closes before or as it opens', () => {
    expect(windowProblem('', '2026-01-19T08:00')).toBe('opensInvalid');
    expect(windowProblem('2026-01-05T08:00', '')).toBe('closesInvalid');
    expect(windowProblem('2026-01-05T08:00', '2026-01-05T08:00')).toBe('closesBeforeOpens');
  });
});

describe('defaultWindow', () => {
  it('opens at the next full hour and closes two weeks later', () => {
    expect(defaultWindow(new Date('2026-03-10T01:20:00Z'))).toEqual({
      opensAt: '2026-03-10T09:00',
      closesAt: '2026-03-24T09:00',
    });
  });
});

describe('semesters', () => {
  it('counts the half-year on a Jakarta calendar', () => {
    // 30 June 20:00 UTC is already 1 July in Jakarta.
    expect(semesterOf(new Date('2026-06-30T20:00:00Z'))).toEqual({ semester: 2, year: 2026 });
    expect(semesterOf(new Date('2026-06-30T10:00:00Z'))).toEqual({ semester: 1, year: 2026 });
  });

  it('follows the second half-year with the first of the next year', () => {
    expect(nextSemester({ semester: 2, year: 2026 })).toEqual({ semester: 1, year: 2027 });
    expect(nextSemester({ semester: 1, year: 2026 })).toEqual({ semester: 2, year: 2026 });
  });
});

describe('formatWaveTime', () => {
  it('writes the time on a Jakarta clock with its zone', () => {
    expect(formatWaveTime('2026-01-15T01:30:00Z', 'id')).toBe('15 Jan 2026, 08.30 WIB');
    expect(formatWaveTime('2026-01-15T01:30:00Z', 'en')).toContain('GMT+7');
  });
});

describe('nextWaveWindow', () => {
  const latest = { opensAt: '2026-01-05T01:00:00Z', closesAt: '2026-01-19T01:00:00Z' };

  it('opens six months after the latest wave and lasts as long', () => {
    expect(nextWaveWindow(latest, new Date('2026-02-01T00:00:00Z'))).toEqual({
      opensAt: '2026-07-05T08:00',
      closesAt: '2026-07-19T08:00',
    });
  });

  it('keeps the end of a month when the next one is shorter', () => {
    const august = { opensAt: '2026-08-31T01:00:00Z', closesAt: '2026-09-07T01:00:00Z' };
    expect(nextWaveWindow(august, new Date('2026-09-10T00:00:00Z')).opensAt).toBe('2027-02-28T08:00');
  });

  it('starts from now when six months have already passed, or when there is no wave', () => {
    const now = new Date('2027-03-10T01:20:00Z');
    expect(nextWaveWindow(latest, now)).toEqual({
      opensAt: '2027-03-10T09:00',
      closesAt: '2027-03-24T09:00',
    });
    expect(nextWaveWindow(null, now)).toEqual({ opensAt: '2027-03-10T09:00', closesAt: '2027-03-24T09:00' });
  });
});
