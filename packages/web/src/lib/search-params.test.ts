import { describe, expect, it } from 'vitest';
import {
  optionalEnum,
  optionalPositiveInt,
  optionalString,
  parseSearch,
  stringifySearch,
} from './search-params';

describe('parseSearch', () => {
  it('keeps every value a plain string, so a NIP prefix stays text', () => {
    expect(parseSearch('?q=198503&page=2')).toEqual({ q: '198503', page: '2' });
  });

  it('reads a query with or without its leading question mark', () => {
    expect(parseSearch('q=budi')).toEqual({ q: 'budi' });
    expect(parseSearch('')).toEqual({});
  });

  it('decodes spaces and escaped characters', () => {
    expect(parseSearch('?q=Siti+Nur%C3%A2%26i')).toEqual({ q: 'Siti Nurâ&i' });
  });
});

describe('stringifySearch', () => {
  it('writes numbers without JSON quotes', () => {
    expect(stringifySearch({ q: '1985', page: 2 })).toBe('?q=1985&page=2');
  });

  it('leaves out empty, null and undefined values', () => {
    expect(stringifySearch({ q: '', page: undefined, unitId: null, sort: 'nip' })).toBe('?sort=nip');
  });

  it('gives an empty string when nothing is left', () => {
    expect(stringifySearch({})).toBe('');
  });

  it('round-trips through parseSearch', () => {
    const search = { q: 'Dewi & Sari', golongan: 'III/a' };
    expect(parseSearch(stringifySearch(search))).toEqual(search);
  });
});

describe('optionalString', () => {
  it('trims text and turns blank text into nothing', () => {
    expect(optionalString('  budi ')).toBe('budi');
    expect(optionalString('   ')).toBeUndefined();
  });

  it('accepts a number as its digits and rejects other types', () => {
    expect(optionalString(1985)).toBe('1985');
    expect(optionalString(true)).toBeUndefined();
    expect(optionalString({})).toBeUndefined();
  });
});

describe('optionalPositiveInt', () => {
  it('reads positive whole numbers from text or numbers', () => {
    expect(optionalPositiveInt('3')).toBe(3);
    expect(optionalPositiveInt(7)).toBe(7);
  });

  it('rejects zero, negatives, fractions and words', () => {
    for (const value of ['0', '-1', '2.5', 'dua', '', null, undefined]) {
      expect(optionalPositiveInt(value)).toBeUndefined();
    }
  });
});

describe('optionalEnum', () => {
  const sorts = ['name', '-name'] as const;

  it('accepts only the listed values', () => {
    expect(optionalEnum('-name', sorts)).toBe('-name');
    expect(optionalEnum('nip', sorts)).toBeUndefined();
    expect(optionalEnum(1, sorts)).toBeUndefined();
  });
});
