import { describe, expect, it } from 'vitest';
import { safeRedirect, validateLoginSearch } from './login-search';

describe('safeRedirect', () => {
  it('returns to a page inside the app, with its query', () => {
    expect(safeRedirect('/employees?q=budi&page=2')).toBe('/employees?q=budi&page=2');
    expect(safeRedirect('/employees/42')).toBe('/employees/42');
  });

  it.each([
    ['a protocol-relative address', '//evil.com'],
    ['an absolute address', 'https://evil.com'],
    ['a backslash that browsers read as a slash', '/\\evil.com'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a relative path', 'employees'],
  ])('goes to Beranda instead of %s', (_, target) => {
    expect(safeRedirect(target)).toBe('/');
  });

  it('goes to Beranda instead of back to the login or set-password page', () => {
    expect(safeRedirect('/login?redirect=/audit')).toBe('/');
    expect(safeRedirect('/set-password?token=abc')).toBe('/');
  });

  it('goes to Beranda when there is no target', () => {
    expect(safeRedirect(undefined)).toBe('/');
    expect(safeRedirect('')).toBe('/');
  });
});

describe('validateLoginSearch', () => {
  it('keeps a redirect and drops a blank one', () => {
    expect(validateLoginSearch({ redirect: '/audit' })).toEqual({ redirect: '/audit' });
    expect(validateLoginSearch({ redirect: '  ' })).toEqual({});
    expect(validateLoginSearch({})).toEqual({});
  });
});
