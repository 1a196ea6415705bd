import { describe, expect, it } from 'vitest';
import { validatePerformanceAdminSearch, yearShown, yearsOffered } from './performance-admin-search';

describe('validatePerformanceAdminSearch', () => {
  it('keeps a year, a unit and a page past the first', () => {
    expect(validatePerformanceAdminSearch({ year: '2026', unit: '12', page: '3' })).toEqual({
      year: 2026,
      unit: 12,
      page: 3,
    });
  });

  it('drops what is no appraisal year, no unit id, or the first page', () => {
    expect(validatePerformanceAdminSearch({ year: '2018', unit: 'abc', page: '1' })).toEqual({});
    expect(validatePerformanceAdminSearch({ year: '20261', unit: '-4', page: '0' })).toEqual({});
  });
});

describe('yearShown', () => {
  it('shows the year asked for, with an appraisal year or not', () => {
    expect(yearShown(2025, [2026], 2026)).toBe(2025);
    expect(yearShown(2022, [2026], 2026)).toBe(2022);
  });

  it('shows the newest appraisal year by default, else this year', () => {
    expect(yearShown(undefined, [2024, 2026, 2025], 2026)).toBe(2026);
    expect(yearShown(undefined, [2027], 2026)).toBe(2027);
    expect(yearShown(undefined, [], 2026)).toBe(2026);
  });
});

describe('yearsOffered', () => {
  it('offers this year and the four before it, every appraisal year and the year shown, newest first', () => {
    expect(yearsOffered([2027], 2026, 2019)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2019]);
    expect(yearsOffered([], 2026, 2026)).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
