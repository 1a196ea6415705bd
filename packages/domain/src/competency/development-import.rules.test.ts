import { describe, expect, it } from 'vitest';
import { detectDevelopmentLayout, validateDevelopmentRow } from './development-import.rules';
import { parseDevelopmentPath } from './development-paths';

const today = '2026-12-03';

describe('the development history file', () => {
  it('recognises SIASN’s riwayat kursus and riwayat diklat and Jenjang’s template by their headers', () => {
    const layout = (cells: string[]) => {
      const match = detectDevelopmentLayout(cells);
      return match.ok ? match.layout : null;
    };
    expect(layout(['NIP Baru', 'Nama Kursus', 'Tanggal Selesai Kursus', 'Jumlah Jam'])).toBe('siasnKursus');
    expect(layout(['NIP', 'Nama Diklat', 'Tahun', 'Jumlah Jam'])).toBe('siasnDiklat');
    expect(layout(['nip', 'nama_kegiatan', 'tanggal_selesai', 'jp'])).toBe('jenjang');
    expect(layout(['nip', 'nama'])).toBeNull();
  });

  it('reads a template row with its path and JP', () => {
    const result = validateDevelopmentRow(
      {
        nip: '19850312 201001 1 003',
        nama_kegiatan: 'Coaching Kinerja',
        jenis: 'Kursus',
        jalur: 'nkl-1',
        tanggal_selesai: '05-08-2026',
        jp: '2,5',
      },
      'jenjang',
      { today },
    );
    expect(result).toMatchObject({
      ok: true,
      record: {
        nip: '198503122010011003',
        kind: 'kursus',
        pathCode: 'NKL01',
        endedOn: '2026-08-05',
        jp: 2.5,
      },
    });
  });

  it('counts a SIASN row without an end day on the last day of its year, with a warning', () => {
    const result = validateDevelopmentRow(
      { nip: '198503122010011003', nama_diklat: 'Diklat Prajabatan', tahun: '2012', jumlah_jam: 120 },
      'siasnDiklat',
      { today },
    );
    expect(result).toMatchObject({ ok: true, record: { kind: 'diklat', endedOn: '2012-12-31', jp: 120 } });
    expect(result.warnings.map((w) => w.code)).toEqual(['development.yearOnly']);
  });

  it('refuses JP of 0, too many or with three decimals, an end after today and a start after the end', () => {
    const base = { nip: '198503122010011003', nama_kegiatan: 'X', tanggal_selesai: '2026-08-05' };
    for (const jp of ['0', '2001', '1.234', 'dua', -4]) {
      const result = validateDevelopmentRow({ ...base, jp }, 'jenjang', { today });
      expect(result.ok ? null : result.errors.map((e) => e.code), String(jp)).toEqual(['development.jp']);
    }
    const future = validateDevelopmentRow({ ...base, tanggal_selesai: '2026-12-04', jp: 8 }, 'jenjang', {
      today,
    });
    expect(future.ok ? null : future.errors.map((e) => e.code)).toEqual(['development.notCompleted']);
    const reversed = validateDevelopmentRow({ ...base, tanggal_mulai: '2026-08-06', jp: 8 }, 'jenjang', {
      today,
    });
    expect(reversed.ok ? null : reversed.errors.map((e) => e.code)).toEqual(['development.startAfterEnd']);
  });
});

describe('parseDevelopmentPath (Perlan LAN 10/2018)', () => {
  it('reads KL01–KL12 and NKL01–NKL13 however they are written, and nothing else', () => {
    expect(parseDevelopmentPath('KL3')).toBe('KL03');
    expect(parseDevelopmentPath('nkl 13')).toBe('NKL13');
    expect(parseDevelopmentPath('KL13')).toBeNull();
    expect(parseDevelopmentPath('NKL14')).toBeNull();
    expect(parseDevelopmentPath('XL01')).toBeNull();
  });
});
