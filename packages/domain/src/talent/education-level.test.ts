import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, educationLevelOf, educationLevelRank } from './education-level';

describe('educationLevelOf', () => {
  it.each([
    ['S-3', 'S3'],
    ['S3', 'S3'],
    ['Strata 3', 'S3'],
    ['S-3/Doktor', 'S3'],
    ['Doktor Ilmu Pemerintahan', 'S3'],
    ['S-2', 'S2'],
    ['s2', 'S2'],
    ['S2', 'S2'],
    ['Strata 2', 'S2'],
    ['Strata II', 'S2'],
    ['Magister Administrasi Publik', 'S2'],
    ['Pasca Sarjana', 'S2'],
    ['Pascasarjana', 'S2'],
    ['S-1', 'S1'],
    ['S1 Teknik Sipil', 'S1'],
    ['Strata Satu', 'S1'],
    ['Sarjana', 'S1'],
    ['S-1/Sarjana', 'S1'],
    ['Sarjana Ekonomi', 'S1'],
    ['D-IV', 'D4'],
    ['DIV', 'D4'],
    ['Diploma IV', 'D4'],
    ['D4 Kebidanan', 'D4'],
    ['Sarjana Terapan', 'D4'],
    ['D-III', 'D3'],
    ['D III', 'D3'],
    ['DIII', 'D3'],
    ['D.3', 'D3'],
    ['D3 Keperawatan', 'D3'],
    ['Diploma III', 'D3'],
    ['Diploma III/Sarjana Muda', 'D3'],
    ['Sarjana Muda', 'D3'],
    ['D-II', 'D2'],
    ['Diploma 2', 'D2'],
    ['D-I', 'D1'],
    ['D I', 'D1'],
    ['D1', 'D1'],
    ['Diploma I', 'D1'],
    ['SMA', 'SLTA'],
    ['SMU', 'SLTA'],
    ['SMK', 'SLTA'],
    ['SMK Negeri 2 Batam', 'SLTA'],
    ['SLTA', 'SLTA'],
    ['SLTA Kejuruan', 'SLTA'],
    ['SLTA/Sederajat', 'SLTA'],
    ['STM', 'SLTA'],
    ['MA', 'SLTA'],
    ['Paket C', 'SLTA'],
    ['SLTP', 'SMP'],
    ['SLTP Kejuruan', 'SMP'],
    ['SMP', 'SMP'],
    ['MTs', 'SMP'],
    ['SD', 'SD'],
    ['Sekolah Dasar', 'SD'],
    ['MI', 'SD'],
  ])('reads %s as %s', (text, level) => {
    expect(educationLevelOf(text)).toBe(level);
  });

  it('ignores case and surrounding spaces', () => {
    expect(educationLevelOf('  strata 2  ')).toBe('S2');
    expect(educationLevelOf('d-iii')).toBe('D3');
  });

  it('does not read the preposition "di" as D-I', () => {
    expect(educationLevelOf('Sarjana Hukum di Universitas Riau')).toBe('S1');
  });

  it('does not read a medical doctor (dokter) as a doctorate', () => {
    expect(educationLevelOf('Profesi Dokter')).toBeNull();
  });

  it('gives null for a text naming two different levels', () => {
    expect(educationLevelOf('SD/SMP')).toBeNull();
    expect(educationLevelOf('S1/S2')).toBeNull();
  });

  it.each([[null], [''], ['-'], ['Tidak diketahui'], ['Madrasah']])('gives null for %s', (text) => {
    expect(educationLevelOf(text)).toBeNull();
  });

  it('reads every level by its own code', () => {
    for (const level of EDUCATION_LEVELS) {
      expect(educationLevelOf(level)).toBe(level);
    }
  });

  it('returns a known level or null for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const level = educationLevelOf(text);
        expect(level === null || EDUCATION_LEVELS.includes(level)).toBe(true);
      }),
    );
  });
});

describe('educationLevelRank', () => {
  it('ranks SD lowest and S3 highest, D4 below S1', () => {
    expect(educationLevelRank('SD')).toBe(1);
    expect(educationLevelRank('S3')).toBe(10);
    expect(educationLevelRank('D4')).toBeLessThan(educationLevelRank('S1'));
    expect(educationLevelRank('SLTA')).toBeLessThan(educationLevelRank('D1'));
  });
});
