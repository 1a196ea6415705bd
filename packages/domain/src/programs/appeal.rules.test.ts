import { describe, expect, it } from 'vitest';
import { appealable, appealWindowEndsOn } from './appeal.rules';

describe('the appeal window', () => {
  it('ends the given number of days after the announcement, across months and leap days', () => {
    expect(appealWindowEndsOn('2027-01-29', 3)).toBe('2027-02-01');
    expect(appealWindowEndsOn('2028-02-27', 2)).toBe('2028-02-29');
    expect(appealWindowEndsOn('2026-12-30', 5)).toBe('2027-01-04');
  });

  it('does not exist when the program takes no appeals', () => {
    expect(appealWindowEndsOn('2027-01-29', 0)).toBeNull();
  });

  it('is open to those not selected, never to a seat holder or a withdrawn application', () => {
    expect(appealable('waitlisted')).toBe(true);
    expect(appealable('notSelected')).toBe(true);
    expect(appealable('selected')).toBe(false);
    expect(appealable('withdrawn')).toBe(false);
  });
});
