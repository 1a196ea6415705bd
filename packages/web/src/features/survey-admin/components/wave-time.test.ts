process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import {
  defaultWindow,
  formatWaveTime,
  fromZoneLocal,
  nextSemester,
  nextWaveWindow,
  semesterOf,
  toZoneLocal,
  windowProblem,
} from './wave-time';

const WIB = 'Asia/Jakarta';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';

describe('wall-clock times of the government’s zone', () => {
  it('shows an instant on the government’s clock whatever zone the browser is in', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480);
    // 17:30 UTC is half past midnight of the next day in Jakarta, 02:30 in Jayapura.
    expect(toZoneLocal('2026-01-15T17:30:00Z', WIB)).toBe('2026-01-16T00:30');
    expect(toZoneLocal('2026-01-15T17:30:00Z', WITA)).toBe('2026-01-16T01:30');
    expect(toZoneLocal('2026-01-15T17:30:00Z', WIT)).toBe('2026-01-16T02:30');
  });

  it('sends a typed time with the zone’s offset: 08:00 WIT is 23:00 UTC the day before', () => {
    expect(fromZoneLocal('2026-01-05T08:00', WIB)).toBe('2026-01-05T08:00:00+07:00');
    expect(fromZoneLocal('2026-01-05T08:00:30', WITA)).toBe('2026-01-05T08:00:30+08:00');
    const wit = fromZoneLocal('2026-01-05T08:00', WIT);
    expect(wit).toBe('2026-01-05T08:00:00+09:00');
    expect(new Date(wit ?? '').toISOString()).toBe('2026-01-04T23:00:00.000Z');
  });

  it('round-trips an instant through the input value in every zone', () => {
    for (const zone of [WIB, WITA, WIT] as const) {
      const iso = fromZoneLocal(toZoneLocal('2026-07-01T01:00:00Z', zone), zone);
      expect(Date.parse(iso ?? '')).toBe(Date.parse('2026-07-01T01:00:00Z'));
    }
  });

  it('refuses empty text, other formats and dates that are not on the calendar', () => {
    for (const value of ['', '05-01-2026 08:00', '2026-02-31T08:00', '2026-01-05T25:00']) {
      expect(fromZoneLocal(value, WIT)).toBeNull();
    }
  });
});

describe('windowProblem', () => {
  it('accepts a window that closes after it opens', () => {
    expect(windowProblem('2026-01-05T08:00', '2026-01-19T08:00', WITA)).toBeNull();
  });

  it('names the missing end, and a window that closes before or as it opens', () => {
    expect(windowProblem('', '2026-01-19T08:00', WIB)).toBe('opensInvalid');
    expect(windowProblem('2026-01-05T08:00', '', WIB)).toBe('closesInvalid');
    expect(windowProblem('2026-01-05T08:00', '2026-01-05T08:00', WIB)).toBe('closesBeforeOpens');
  });
});

describe('defaultWindow', () => {
  it('opens at the next full hour and closes two weeks later, on the zone’s clock', () => {
    expect(defaultWindow(new Date('2026-03-10T01:20:00Z'), WIB)).toEqual({
      opensAt: '2026-03-10T09:00',
      closesAt: '2026-03-24T09:00',
    });
    expect(defaultWindow(new Date('2026-03-10T01:20:00Z'), WIT)).toEqual({
      opensAt: '2026-03-10T11:00',
      closesAt: '2026-03-24T11:00',
    });
  });
});

describe('semesters', () => {
  it('counts the half-year on the government’s calendar', () => {
    // 30 June 16:30 UTC is still June in Jakarta (23:30) but already 1 July in Jayapura (01:30).
    const instant = new Date('2026-06-30T16:30:00Z');
    expect(semesterOf(instant, WIB)).toEqual({ semester: 1, year: 2026 });
    expect(semesterOf(instant, WITA)).toEqual({ semester: 2, year: 2026 });
    expect(semesterOf(instant, WIT)).toEqual({ semester: 2, year: 2026 });
    // New Year comes to Jayapura at 15:00 UTC on 31 December.
    expect(semesterOf(new Date('2026-12-31T15:30:00Z'), WIT)).toEqual({ semester: 1, year: 2027 });
  });

  it('follows the second half-year with the first of the next year', () => {
    expect(nextSemester({ semester: 2, year: 2026 })).toEqual({ semester: 1, year: 2027 });
    expect(nextSemester({ semester: 1, year: 2026 })).toEqual({ semester: 2, year: 2026 });
  });
});

describe('formatWaveTime', () => {
  it('writes the time on the government’s clock, named WIB, WITA or WIT', () => {
    expect(formatWaveTime('2026-01-15T01:30:00Z', 'id', WIB)).toBe('15 Jan 2026, 08.30 WIB');
    expect(formatWaveTime('2026-01-15T01:30:00Z', 'id', WITA)).toBe('15 Jan 2026, 09.30 WITA');
    expect(formatWaveTime('2026-01-14T23:00:00Z', 'id', WIT)).toBe('15 Jan 2026, 08.00 WIT');
    expect(formatWaveTime('2026-01-14T23:00:00Z', 'en', WIT)).toMatch(/^Jan 15, 2026, 08:00 (AM )?WIT$/);
  });
});

describe('nextWaveWindow', () => {
  const latest = { opensAt: '2026-01-05T01:00:00Z', closesAt: '2026-01-19T01:00:00Z' };

  it('opens six months after the latest wave and lasts as long', () => {
    expect(nextWaveWindow(latest, new Date('2026-02-01T00:00:00Z'), WIB)).toEqual({
      opensAt: '2026-07-05T08:00',
      closesAt: '2026-07-19T08:00',
    });
  });

  it('counts the six months on the zone’s calendar', () => {
    // Opened 1 January 08:00 WIT (31 December 23:00 UTC): the next opens 1 July 08:00 WIT.
    const wit = { opensAt: '2025-12-31T23:00:00Z', closesAt: '2026-01-14T23:00:00Z' };
    expect(nextWaveWindow(wit, new Date('2026-02-01T00:00:00Z'), WIT)).toEqual({
      opensAt: '2026-07-01T08:00',
      closesAt: '2026-07-15T08:00',
    });
  });

  it('keeps the end of a month when the next one is shorter', () => {
    const august = { opensAt: '2026-08-31T01:00:00Z', closesAt: '2026-09-07T01:00:00Z' };
    expect(nextWaveWindow(august, new Date('2026-09-10T00:00:00Z'), WIB).opensAt).toBe('2027-02-28T08:00');
  });

  it('starts from now when six months have already passed, or when there is no wave', () => {
    const now = new Date('2027-03-10T01:20:00Z');
    expect(nextWaveWindow(latest, now, WIB)).toEqual({
      opensAt: '2027-03-10T09:00',
      closesAt: '2027-03-24T09:00',
    });
    expect(nextWaveWindow(null, now, WITA)).toEqual({
      opensAt: '2027-03-10T10:00',
      closesAt: '2027-03-24T10:00',
    });
  });
});
