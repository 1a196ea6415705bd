import { describe, expect, it } from 'vitest';
import { validateCompareSearch } from './compare-search';

describe('validateCompareSearch', () => {
  it('keeps two positive version ids and drops anything else', () => {
    expect(validateCompareSearch({ from: '3', to: 7 })).toEqual({ from: 3, to: 7 });
    expect(validateCompareSearch({ from: '-1', to: 'x', other: 1 })).toEqual({});
  });
});
