import { describe, expect, it } from 'vitest';
import {
  checkPositionLevel,
  FUNGSIONAL_LEVELS,
  fungsionalCategory,
  inferFungsionalLevel,
  normalizePositionKind,
  POSITION_KINDS,
  parseEselon,
  positionGroup,
} from './position';

describe('positionGroup', () => {
  it('groups JPT, administrator and pengawas as managerial, the rest as non-managerial', () => {
    const groups = Object.fromEntries(POSITION_KINDS.map((kind) => [kind, positionGroup(kind)]));
    expect(groups).toEqual({
      jpt_utama: 'manajerial',
      jpt_madya: 'manajerial',
      jpt_pratama: 'manajerial',
      administrator: 'manajerial',
      pengawas: 'manajerial',
      fungsional: 'nonmanajerial',
      pelaksana: 'nonmanajerial',
    });
  });
});

describe('fungsionalCategory', () => {
  it('puts the ahli levels under keahlian and the others under keterampilan', () => {
    expect(FUNGSIONAL_LEVELS.filter((level) => fungsionalCategory(level) === 'keahlian')).toEqual([
      'ahli_pertama',
      'ahli_muda',
      'ahli_madya',
      'ahli_utama',
    ]);
  });
});

describe('normalizePositionKind', () => {
  it.each([
    ['Jabatan Fungsional', 'fungsional'],
    ['Fungsional Tertentu', 'fungsional'],
    ['JFT', 'fungsional'],
    ['JF', 'fungsional'],
    ['fungsional', 'fungsional'],
    ['Jabatan Fungsional Umum', 'pelaksana'],
    ['Fungsional Umum', 'pelaksana'],
    ['JFU', 'pelaksana'],
    ['Pelaksana', 'pelaksana'],
    ['Jabatan Pelaksana', 'pelaksana'],
    ['Jabatan Pimpinan Tinggi Utama', 'jpt_utama'],
    ['Jabatan Pimpinan Tinggi Madya', 'jpt_madya'],
    ['Jabatan Pimpinan Tinggi Pratama', 'jpt_pratama'],
    ['JPT Pratama', 'jpt_pratama'],
    ['jpt_pratama', 'jpt_pratama'],
    ['Jabatan Administrator', 'administrator'],
    ['Administrator', 'administrator'],
    ['Jabatan Pengawas', 'pengawas'],
  ])('maps %j to %s', (raw, kind) => {
    expect(normalizePositionKind(raw)).toEqual({ ok: true, kind });
  });

  it.each([
    ['I.a', 'jpt_madya'],
    ['I.b', 'jpt_madya'],
    ['II.a', 'jpt_pratama'],
    ['II.b', 'jpt_pratama'],
    ['III.a', 'administrator'],
    ['III/b', 'administrator'],
    ['IV.a', 'pengawas'],
    ['IV.b', 'pengawas'],
    ['V.a', 'pelaksana'],
    ['31', 'administrator'],
    ['4a', 'pengawas'],
  ])('maps Struktural with eselon %s to %s', (eselon, kind) => {
    expect(normalizePositionKind('Struktural', eselon)).toEqual({ ok: true, kind });
  });

  it('finds the eselon inside the jenis jabatan text', () => {
    expect(normalizePositionKind('Struktural Eselon III.a')).toEqual({ ok: true, kind: 'administrator' });
    expect(normalizePositionKind('Eselon II.b')).toEqual({ ok: true, kind: 'jpt_pratama' });
    expect(normalizePositionKind('Jabatan Struktural (Eselon IVa)')).toEqual({ ok: true, kind: 'pengawas' });
  });

  it('finds the eselon in a position name passed as the eselon argument', () => {
    expect(normalizePositionKind('Struktural', 'Kepala Bidang Mutasi (Eselon III.b)')).toEqual({
      ok: true,
      kind: 'administrator',
    });
  });

  it('asks for an eselon when a structural position has none', () => {
    expect(normalizePositionKind('Struktural')).toEqual({
      ok: false,
      code: 'position.eselonRequired',
      params: { value: 'Struktural' },
    });
    expect(normalizePositionKind('Struktural', 'Kepala Seksi')).toMatchObject({
      code: 'position.eselonRequired',
    });
  });

  it.each(['Guru', 'JPT', '', 'Honorer'])('rejects the unknown kind %j', (raw) => {
    expect(normalizePositionKind(raw)).toEqual({
      ok: false,
      code: 'position.unknownKind',
      params: { value: raw },
    });
  });
});

describe('parseEselon', () => {
  it('reads the eselon level from values and texts', () => {
    expect(parseEselon('III.a')).toBe('III');
    expect(parseEselon('21')).toBe('II');
    expect(parseEselon('Eselon IV.b')).toBe('IV');
    expect(parseEselon('Kepala Seksi')).toBeNull();
    expect(parseEselon(null)).toBeNull();
  });
});

describe('inferFungsionalLevel', () => {
  it.each([
    ['Analis SDM Aparatur Ahli Pertama', 'ahli_pertama'],
    ['Analis Kebijakan Ahli Muda', 'ahli_muda'],
    ['Perencana Ahli Madya', 'ahli_madya'],
    ['Widyaiswara Ahli Utama', 'ahli_utama'],
    ['Pranata Komputer Pemula', 'pemula'],
    ['PRANATA KOMPUTER TERAMPIL', 'terampil'],
    ['Arsiparis Mahir', 'mahir'],
    ['Arsiparis Pelaksana Lanjutan', 'mahir'],
    ['Pengelola Pengadaan Barang/Jasa Penyelia', 'penyelia'],
  ])('finds the jenjang in %j', (name, level) => {
    expect(inferFungsionalLevel(name)).toBe(level);
  });

  it('finds none in a structural or pelaksana position', () => {
    expect(inferFungsionalLevel('Kepala Bidang Pengembangan Kompetensi')).toBeNull();
    expect(inferFungsionalLevel('Pengadministrasi Perkantoran')).toBeNull();
  });
});

describe('checkPositionLevel (PermenPANRB 1/2023)', () => {
  it('requires a jenjang of a fungsional position and refuses one elsewhere', () => {
    expect(checkPositionLevel('fungsional', 'ahli_muda')).toBeNull();
    expect(checkPositionLevel('fungsional', null)).toBe('position.levelRequired');
    expect(checkPositionLevel('pelaksana', null)).toBeNull();
    expect(checkPositionLevel('administrator', 'ahli_muda')).toBe('position.levelNotAllowed');
  });
});
