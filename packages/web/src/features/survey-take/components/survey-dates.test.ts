import { describe, expect, it } from 'vitest';
import { formatDeadline, formatRelativeTime } from './survey-dates';

describe('formatDeadline', () => {
  it('gives the date and the time in the viewer’s language', () => {
    const value = '2026-03-12T10:00:00.000Z';
    const id = formatDeadline(value, 'id');
    expect(id).toMatch(/Maret 2026/);
    expect(formatDeadline(value, 'en')).toMatch(/March 1[23], 2026/);
  });

  it('shows what it got when that is not a timestamp', () => {
    expect(formatDeadline('soon', 'id')).toBe('soon');
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
