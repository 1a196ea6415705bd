// The zone is set before any Date is made; each block below switches it and checks it took effect.
process.env.TZ = 'America/Los_Angeles';

import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDeadline,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  formatTimestamp,
} from './format';

// Minutes behind UTC on 1 January, as Date#getTimezoneOffset reports them.
const ZONES = [
  { zone: 'America/Los_Angeles', januaryOffset: 480 },
  { zone: 'Asia/Jakarta', januaryOffset: -420 },
] as const;

describe.each(ZONES)('in the $zone time zone', ({ zone, januaryOffset }) => {
  beforeAll(() => {
    process.env.TZ = zone;
    expect(new Date(2000, 0, 1).getTimezoneOffset()).toBe(januaryOffset);
  });

  it('writes a birth date in Indonesian on the day it was given', () => {
    expect(formatCalendarDate('1985-03-12', 'id')).toBe('12 Maret 1985');
  });

  it('writes a birth date in English on the day it was given', () => {
    expect(formatCalendarDate('1985-03-12', 'en')).toBe('March 12, 1985');
  });

  it('keeps New Year’s Day in the year it belongs to', () => {
    expect(formatCalendarDate('2000-01-01', 'id')).toBe('1 Januari 2000');
    expect(formatCalendarDate('1999-12-31', 'en')).toBe('December 31, 1999');
  });

  it('keeps 29 February of a leap year', () => {
    expect(formatCalendarDate('2024-02-29', 'id')).toBe('29 Februari 2024');
  });
});

describe('formatCalendarDate', () => {
  it('gives nothing for a missing date', () => {
    expect(formatCalendarDate(null, 'id')).toBeNull();
    expect(formatCalendarDate(undefined, 'en')).toBeNull();
    expect(formatCalendarDate('', 'id')).toBeNull();
  });

  it('shows a value that is not a calendar date as it came', () => {
    expect(formatCalendarDate('12-03-1985', 'id')).toBe('12-03-1985');
  });
});

describe('formatTimestamp', () => {
  it('shows an instant on the government’s clock, not the browser’s, and names the zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 17:30 UTC is half past midnight of the next day in Jakarta (UTC+7).
    const text = formatTimestamp('2024-01-15T17:30:00Z', 'id');
    expect(text).toContain('16 Jan 2024');
    expect(text).toContain('00.30');
    expect(text).toMatch(/WIB$/);
  });

  it('shows the same instant an hour and two hours later in WITA and WIT', () => {
    expect(formatTimestamp('2024-01-15T17:30:00Z', 'id', 'Asia/Makassar')).toMatch(/01\.30.*WITA$/);
    expect(formatTimestamp('2024-01-15T17:30:00Z', 'en', 'Asia/Jayapura')).toMatch(/2:30.*WIT$/);
  });

  it('shows a value that is not a timestamp as it came, and nothing for a missing one', () => {
    expect(formatTimestamp('kemarin', 'id')).toBe('kemarin');
    expect(formatTimestamp(null, 'id')).toBeNull();
  });
});

describe('formatDeadline', () => {
  it('gives the date and the time in the viewer’s language, on the government’s clock', () => {
    process.env.TZ = 'America/Los_Angeles';
    const value = '2026-03-12T10:00:00.000Z';
    expect(formatDeadline(value, 'id', 'Asia/Jakarta')).toBe('12 Maret 2026 pukul 17.00 WIB');
    expect(formatDeadline(value, 'id', 'Asia/Makassar')).toBe('12 Maret 2026 pukul 18.00 WITA');
    expect(formatDeadline(value, 'en', 'Asia/Jakarta')).toMatch(/^March 12, 2026 at 5:00\sPM WIB$/);
  });

  it('reads 23:00 UTC as 08:00 the next day in WIT and 07:00 in WITA, whatever the browser’s zone', () => {
    const value = '2026-03-11T23:00:00.000Z';
    expect(formatDeadline(value, 'id', 'Asia/Jayapura')).toBe('12 Maret 2026 pukul 08.00 WIT');
    expect(formatDeadline(value, 'id', 'Asia/Makassar')).toBe('12 Maret 2026 pukul 07.00 WITA');
  });

  it('shows what it got when that is not a timestamp', () => {
    expect(formatDeadline('soon', 'id', 'Asia/Jakarta')).toBe('soon');
  });
});

describe('number formatting', () => {
  it('groups thousands with dots and decimals with a comma in Indonesian', () => {
    expect(formatNumber(1_234_567.5, 'id')).toBe('1.234.567,5');
  });

  it('groups thousands with commas in English', () => {
    expect(formatNumber(1_234_567.5, 'en')).toBe('1,234,567.5');
  });

  it('rounds a share to a whole percent', () => {
    expect(formatPercent(0.256, 'id')).toBe('26%');
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2026-03-12T10:00:00Z');

  it('says minutes, hours and days ago in the viewer’s language', () => {
    expect(formatRelativeTime('2026-03-12T09:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime('2026-03-12T07:00:00Z', now, 'id')).toBe('3 jam yang lalu');
    expect(formatRelativeTime('2026-03-11T09:00:00Z', now, 'en')).toBe('yesterday');
    expect(formatRelativeTime('2026-02-19T10:00:00Z', now, 'en')).toBe('3 weeks ago');
  });

  it('says now for anything under a minute', () => {
    expect(formatRelativeTime('2026-03-12T09:59:30Z', now, 'en')).toBe('this minute');
  });
});
