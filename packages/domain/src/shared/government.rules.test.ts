import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRegionCode,
  defaultAdminUsername,
  normalizeGovernmentName,
  SLUG_PATTERN,
  slugFromName,
} from './government.rules';

describe('checkRegionCode', () => {
  it('accepts a province by its two digits and a kota or kabupaten by province.own', () => {
    expect(checkRegionCode('21', 'provinsi')).toEqual({ ok: true, code: '21', warning: null });
    expect(checkRegionCode(' 21.72 ', 'kota')).toEqual({ ok: true, code: '21.72', warning: null });
    expect(checkRegionCode('21.01', 'kabupaten')).toEqual({ ok: true, code: '21.01', warning: null });
    expect(checkRegionCode('94.01', 'kabupaten')).toEqual({ ok: true, code: '94.01', warning: null });
  });

  it('refuses codes of the wrong shape for the kind', () => {
    expect(checkRegionCode('21.72', 'provinsi')).toEqual({ ok: false, reason: 'provinsiFormat' });
    expect(checkRegionCode('21', 'kota')).toEqual({ ok: false, reason: 'regencyFormat' });
    for (const bad of ['2172', '21.7', '21.720', '01.72', '21.00', 'ab.cd', '21-72', '']) {
      expect(checkRegionCode(bad, 'kota').ok, bad).toBe(false);
    }
    expect(checkRegionCode('00', 'provinsi').ok).toBe(false);
    expect(checkRegionCode('7', 'provinsi').ok).toBe(false);
  });

  it('warns when a kota is numbered below 71 or a kabupaten from 71', () => {
    expect(checkRegionCode('21.05', 'kota')).toEqual({ ok: true, code: '21.05', warning: 'kotaNumber' });
    expect(checkRegionCode('21.71', 'kabupaten')).toEqual({
      ok: true,
      code: '21.71',
      warning: 'kabupatenNumber',
    });
  });
});

describe('slugFromName', () => {
  it('keeps the kind, lowercases, drops accents and joins words with hyphens', () => {
    expect(slugFromName('Kota Tanjungpinang')).toBe('kota-tanjungpinang');
    expect(slugFromName('Provinsi DKI Jakarta')).toBe('provinsi-dki-jakarta');
    expect(slugFromName('  Kabupaten  Bogor ')).toBe('kabupaten-bogor');
    expect(slugFromName('Kabupaten Tojo Una-Una')).toBe('kabupaten-tojo-una-una');
    expect(slugFromName('Kota Bau-Bau (Baubau)')).toBe('kota-bau-bau-baubau');
    expect(slugFromName('Kabupaten Pohuwato é')).toBe('kabupaten-pohuwato-e');
  });

  it('returns null when nothing usable is left', () => {
    expect(slugFromName('—')).toBeNull();
    expect(slugFromName('   ')).toBeNull();
  });

  it('always returns a slug the database accepts, at most 48 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const slug = slugFromName(name);
        if (slug !== null) {
          expect(slug).toMatch(SLUG_PATTERN);
          expect(slug.length).toBeLessThanOrEqual(48);
        }
      }),
    );
  });
});

describe('normalizeGovernmentName', () => {
  it('tidies spaces and refuses names shorter than 3 or longer than 120 characters', () => {
    expect(normalizeGovernmentName('  Kota   Tanjungpinang ')).toBe('Kota Tanjungpinang');
    expect(normalizeGovernmentName('ab')).toBeNull();
    expect(normalizeGovernmentName('x'.repeat(121))).toBeNull();
  });
});

describe('defaultAdminUsername', () => {
  it('is admin.<slug>, within the 64 characters of a login name', () => {
    expect(defaultAdminUsername('kota-tanjungpinang')).toBe('admin.kota-tanjungpinang');
    const long = defaultAdminUsername(`${'a'.repeat(40)}-${'b'.repeat(7)}`);
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^[a-z0-9._-]{3,64}$/);
  });
});
