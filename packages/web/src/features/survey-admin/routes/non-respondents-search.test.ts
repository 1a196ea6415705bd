import { describe, expect, it } from 'vitest';
import { nonRespondentsQuery, validateNonRespondentsSearch } from './non-respondents-search';

describe('validateNonRespondentsSearch', () => {
  it('keeps a search, a unit and a page beyond the first', () => {
    expect(validateNonRespondentsSearch({ q: 'budi', unitId: '12', page: '3' })).toEqual({
      q: 'budi',
      unitId: 12,
      page: 3,
    });
  });

  it('drops page 1, empty text and values that are not positive whole numbers', () => {
    expect(validateNonRespondentsSearch({ q: '  ', unitId: '-4', page: '1' })).toEqual({});
    expect(validateNonRespondentsSearch({ unitId: 'x', page: '2.5' })).toEqual({});
  });
});

describe('nonRespondentsQuery', () => {
  it('asks for the first page of 25 by default', () => {
    expect(nonRespondentsQuery({})).toEqual({ q: undefined, unitId: undefined, page: 1, pageSize: 25 });
  });
});
