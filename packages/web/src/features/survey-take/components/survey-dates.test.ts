import { describe, expect, it } from 'vitest';
import { formatDeadline } from './survey-dates';

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
