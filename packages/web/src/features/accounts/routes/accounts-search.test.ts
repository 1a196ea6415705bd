import { describe, expect, it } from 'vitest';
import { validateAccountsSearch } from './accounts-search';

describe('validateAccountsSearch', () => {
  it('keeps a query and a page after the first', () => {
    expect(validateAccountsSearch({ q: ' budi ', page: '3' })).toEqual({ q: 'budi', page: 3 });
  });

  it('drops page 1, blank queries and nonsense pages, so the address stays short', () => {
    expect(validateAccountsSearch({ q: '', page: '1' })).toEqual({});
    expect(validateAccountsSearch({ page: '-2' })).toEqual({});
    expect(validateAccountsSearch({ page: 'dua' })).toEqual({});
  });

  it('cuts a query at 100 characters, the most the server accepts', () => {
    expect(validateAccountsSearch({ q: 'x'.repeat(150) }).q).toHaveLength(100);
  });
});
