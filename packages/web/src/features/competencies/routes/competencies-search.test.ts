import { describe, expect, it } from 'vitest';
import { validateCompetenciesSearch } from './competencies-search';

describe('validateCompetenciesSearch', () => {
  it('keeps the standards tab and a position id from the address', () => {
    expect(validateCompetenciesSearch({ tab: 'standards', position: '12' })).toEqual({
      tab: 'standards',
      position: 12,
    });
  });

  it('drops the default tab, an unknown tab and a position that is not a positive whole number', () => {
    expect(validateCompetenciesSearch({ tab: 'dictionary' })).toEqual({});
    expect(validateCompetenciesSearch({ tab: 'gaps', position: '-3' })).toEqual({});
    expect(validateCompetenciesSearch({ position: '1.5', extra: 'x' })).toEqual({});
  });
});
