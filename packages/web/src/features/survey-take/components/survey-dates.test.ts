process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { formatDeadline } from './survey-dates';

describe('formatDeadline', () => {
  it('gives the date and the time in the viewer’s language, on the government’s clock', () => {
    const value = '2026-03-12T10:00:00.000Z';
    expect(formatDeadline(value, 'id', 'Asia/Jakarta')).toBe('12 Maret 2026 pukul 17.00 WIB');
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
