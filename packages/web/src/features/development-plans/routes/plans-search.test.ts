import { describe, expect, it } from 'vitest';
import { validatePlansSearch, yearShown, yearsOffered } from './plans-search';

describe('the plans page year', () => {
  it('reads a plausible year from the address and ignores anything else', () => {
    expect(validatePlansSearch({ year: '2027' })).toEqual({ year: 2027 });
    expect(validatePlansSearch({ year: '1999' })).toEqual({});
    expect(validatePlansSearch({ year: 'next' })).toEqual({});
    expect(validatePlansSearch({})).toEqual({});
  });

  it('opens on the year asked, else the newest year with a plan, else this year', () => {
    expect(yearShown(2025, [2026, 2027], 2026)).toBe(2025);
    expect(yearShown(undefined, [2026, 2027], 2026)).toBe(2027);
    expect(yearShown(undefined, [], 2026)).toBe(2026);
  });

  it('offers the years around this one and every year with a plan, newest first', () => {
    expect(yearsOffered([2020], 2026, 2026)).toEqual([2028, 2027, 2026, 2025, 2024, 2020]);
    expect(yearsOffered([], 2026, 2031)).toEqual([2031, 2028, 2027, 2026, 2025, 2024]);
  });
});
