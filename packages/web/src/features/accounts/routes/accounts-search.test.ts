import { describe, expect, it } from 'vitest';
import { accountsQuery, validateAccountsSearch } from './accounts-search';

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

  it('keeps known filters and drops unknown values', () => {
    expect(
      validateAccountsSearch({ role: 'atasan', status: 'disabled', unitId: '12', password: 'waiting' }),
    ).toEqual({ role: 'atasan', status: 'disabled', unitId: 12, password: 'waiting' });
    expect(validateAccountsSearch({ role: 'raja', status: 'hapus', unitId: 'x', password: 'ya' })).toEqual(
      {},
    );
  });
});

describe('accountsQuery', () => {
  it('asks the server for a password state as hasPassword', () => {
    expect(accountsQuery({ password: 'set' })).toMatchObject({ hasPassword: 'true', page: 1 });
    expect(accountsQuery({ password: 'waiting', page: 2 })).toMatchObject({ hasPassword: 'false', page: 2 });
    expect(accountsQuery({}).hasPassword).toBeUndefined();
  });
});
