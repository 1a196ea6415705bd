import { describe, expect, it } from 'vitest';
import { placementsQuery, validateTalentSearch, yearShown } from './talent-search';

describe('Manajemen Talenta in the address', () => {
  it('keeps a year, a box of 1 to 9, a unit, a search and a page past the first', () => {
    expect(validateTalentSearch({ year: '2025', box: '9', unit: '4', q: ' Sari ', page: '2' })).toEqual({
      year: 2025,
      box: 9,
      unit: 4,
      q: 'Sari',
      page: 2,
    });
    expect(validateTalentSearch({ year: '1999', box: '10', page: '1' })).toEqual({});
  });

  it('keeps the succession tab with its open key position, and the map as no tab at all', () => {
    expect(validateTalentSearch({ tab: 'succession', position: '12' })).toEqual({
      tab: 'succession',
      position: 12,
    });
    expect(validateTalentSearch({ tab: 'map', position: '12' })).toEqual({});
    expect(validateTalentSearch({ tab: 'other' })).toEqual({});
  });

  it('lists those without a box only when no box is asked for', () => {
    expect(validateTalentSearch({ unplaced: 'true' })).toEqual({ unplaced: true });
    expect(validateTalentSearch({ unplaced: 'true', box: '5' })).toEqual({ box: 5 });
    expect(validateTalentSearch({ unplaced: 'yes' })).toEqual({});
  });
});

describe('the year shown', () => {
  it('is the year asked for when it is placed or may be placed', () => {
    expect(yearShown(2024, [2024, 2025], [])).toBe(2024);
    expect(yearShown(2026, [2024, 2025], [2026, 2025])).toBe(2026);
  });

  it('is otherwise the latest placed, then the latest that may be placed', () => {
    expect(yearShown(2010, [2023, 2025, 2024], [2026])).toBe(2025);
    expect(yearShown(undefined, [], [2025, 2026])).toBe(2026);
    expect(yearShown(undefined, [], [])).toBeNull();
  });
});

describe('the list asked of the API', () => {
  it('names the box, those without one, the unit and the search, a page at a time', () => {
    expect(placementsQuery({ box: 7, unit: 3, q: 'Budi', page: 2 })).toEqual({
      box: 7,
      unitId: 3,
      q: 'Budi',
      page: 2,
      pageSize: 25,
    });
    expect(placementsQuery({ unplaced: true })).toEqual({ unplaced: 'true', page: 1, pageSize: 25 });
  });
});
