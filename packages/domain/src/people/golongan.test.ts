import { describe, expect, it } from 'vitest';
import {
  golonganFromSiasnId,
  golonganRank,
  normalizeGolongan,
  PNS_GOLONGAN,
  PPPK_GOLONGAN,
  pangkatOf,
} from './golongan';

describe('reference data', () => {
  it('lists the 17 PNS golongan/ruang from I/a to IV/e', () => {
    expect(PNS_GOLONGAN.map((g) => g.code)).toEqual([
      'I/a',
      'I/b',
      'I/c',
      'I/d',
      'II/a',
      'II/b',
      'II/c',
      'II/d',
      'III/a',
      'III/b',
      'III/c',
      'III/d',
      'IV/a',
      'IV/b',
      'IV/c',
      'IV/d',
      'IV/e',
    ]);
  });

  it('names the pangkat of each golongan as the regulation does', () => {
    expect(pangkatOf('I/a')).toBe('Juru Muda');
    expect(pangkatOf('II/d')).toBe('Pengatur Tk. I');
    expect(pangkatOf('III/a')).toBe('Penata Muda');
    expect(pangkatOf('IV/d')).toBe('Pembina Utama Madya');
    expect(pangkatOf('IV/e')).toBe('Pembina Utama');
  });

  it('lists PPPK golongan I to XVII', () => {
    expect(PPPK_GOLONGAN).toHaveLength(17);
    expect(PPPK_GOLONGAN[8]).toBe('IX');
    expect(PPPK_GOLONGAN[16]).toBe('XVII');
  });
});

describe('golonganRank', () => {
  it('sorts PNS golongan by seniority', () => {
    const shuffled = ['IV/a', 'I/a', 'III/d', 'II/b'] as const;
    expect([...shuffled].sort((a, b) => golonganRank(a) - golonganRank(b))).toEqual([
      'I/a',
      'II/b',
      'III/d',
      'IV/a',
    ]);
    expect(golonganRank('IV/e')).toBe(17);
  });

  it('ranks PPPK golongan by their number', () => {
    expect(golonganRank('I')).toBe(1);
    expect(golonganRank('IX')).toBe(9);
    expect(golonganRank('XVII')).toBe(17);
  });
});

describe('normalizeGolongan for PNS', () => {
  it.each([
    'III/a',
    'III/A',
    'iii/a',
    'III a',
    'IIIa',
    '3a',
    '3/a',
    '3 A',
    'III-a',
    'III.a',
    ' III/a ',
    'Penata Muda',
    'PENATA MUDA',
    'Penata Muda / III/a',
    'III/a - Penata Muda',
    'Penata Muda (III/a)',
    'Gol. III/a',
    'Golongan III/a',
    '31',
  ])('reads %j as III/a', (raw) => {
    expect(normalizeGolongan(raw, 'PNS')).toEqual({ ok: true, code: 'III/a' });
  });

  it.each([
    ['Penata Muda Tk. I', 'III/b'],
    ['Penata Muda Tingkat I', 'III/b'],
    ['penata muda tk.i', 'III/b'],
    ['Juru Muda Tk. I / I/b', 'I/b'],
    ['Pembina Utama Muda', 'IV/c'],
    ['Pembina Utama', 'IV/e'],
    ['Pembina', 'IV/a'],
    ['Pengatur Tk. I', 'II/d'],
    ['IV/e', 'IV/e'],
    ['2d', 'II/d'],
  ])('reads %j as %s', (raw, code) => {
    expect(normalizeGolongan(raw, 'PNS')).toEqual({ ok: true, code });
  });

  it('reads SIASN numeric golongan ids, also as numbers', () => {
    expect(normalizeGolongan('32', 'PNS')).toEqual({ ok: true, code: 'III/b' });
    expect(normalizeGolongan(45, 'PNS')).toEqual({ ok: true, code: 'IV/e' });
    expect(normalizeGolongan(11, 'PNS')).toEqual({ ok: true, code: 'I/a' });
  });

  it('reports a pangkat that contradicts the golongan beside it', () => {
    expect(normalizeGolongan('Penata / III/a', 'PNS')).toEqual({
      ok: false,
      code: 'golongan.mismatch',
      params: { value: 'Penata / III/a', golongan: 'III/a', pangkat: 'Penata' },
    });
  });

  it.each(['III/f', 'IV', 'V/a', '35', '46', 'Kepala Seksi', 'III/a Kepala Seksi', '', 'IX'])(
    'rejects %j',
    (raw) => {
      expect(normalizeGolongan(raw, 'PNS')).toMatchObject({
        ok: false,
        code: 'golongan.unknown',
        params: { employeeType: 'PNS' },
      });
    },
  );
});

describe('normalizeGolongan for PPPK', () => {
  it.each(['IX', 'ix', '9', 'IX (sembilan)', 'Golongan IX', ' 9 ', 'Gol. IX'])('reads %j as IX', (raw) => {
    expect(normalizeGolongan(raw, 'PPPK')).toEqual({ ok: true, code: 'IX' });
  });

  it('reads every golongan from 1 to 17', () => {
    for (let n = 1; n <= 17; n++) {
      expect(normalizeGolongan(String(n), 'PPPK')).toEqual({ ok: true, code: PPPK_GOLONGAN[n - 1] });
      expect(normalizeGolongan(n, 'PPPK')).toEqual({ ok: true, code: PPPK_GOLONGAN[n - 1] });
    }
  });

  it.each(['0', '18', 'XVIII', 'III/a', 'Penata Muda'])('rejects %j', (raw) => {
    expect(normalizeGolongan(raw, 'PPPK')).toEqual({
      ok: false,
      code: 'golongan.unknown',
      params: { value: raw, employeeType: 'PPPK' },
    });
  });
});

describe('golonganFromSiasnId', () => {
  it('maps every SIASN id 11..45 onto its golongan and nothing else', () => {
    const ids = [11, 12, 13, 14, 21, 22, 23, 24, 31, 32, 33, 34, 41, 42, 43, 44, 45];
    expect(ids.map((id) => golonganFromSiasnId(id))).toEqual(PNS_GOLONGAN.map((g) => g.code));
    expect(golonganFromSiasnId(15)).toBeNull();
    expect(golonganFromSiasnId('51')).toBeNull();
  });
});
