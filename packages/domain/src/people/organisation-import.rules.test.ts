import { describe, expect, it } from 'vitest';
import {
  detectPositionLayout,
  detectUnitLayout,
  parseUnitKind,
  validatePositionRow,
  validateUnitRow,
} from './organisation-import.rules';

const codes = (result: { ok: boolean; errors?: { column: string; code: string }[] }) =>
  (result.errors ?? []).map((issue) => `${issue.column}:${issue.code}`);

describe('unit files', () => {
  it('recognises a path file and a name-and-parent file by their headers', () => {
    expect(detectUnitLayout(['Unit Kerja*', 'Jenis Unit'])).toMatchObject({ ok: true, layout: 'path' });
    expect(detectUnitLayout(['nama_unit', 'induk_unit'])).toMatchObject({ ok: true, layout: 'parent' });
    expect(detectUnitLayout(['nama', 'kantor'])).toEqual({ ok: false, code: 'import.noHeader' });
  });

  it('reads a path with > or spaced / and normalises spaces in names', () => {
    const row = validateUnitRow(
      { unit_kerja: ' Dinas  Pendidikan > Bidang SD/SMP ', jenis_unit: 'Bidang' },
      'path',
    );
    expect(row).toEqual({
      ok: true,
      record: { path: ['Dinas Pendidikan', 'Bidang SD/SMP'], anchored: true, kind: 'bidang' },
      warnings: [],
    });
    const slashes = validateUnitRow({ unit_kerja: 'Dinas Pendidikan / Bidang SD' }, 'path');
    expect(slashes).toMatchObject({
      ok: true,
      record: { path: ['Dinas Pendidikan', 'Bidang SD'], kind: null },
    });
  });

  it('reads a unit by its parent name, or at the top without one', () => {
    expect(
      validateUnitRow({ nama_unit: 'Bidang SD', induk_unit: 'Dinas Pendidikan' }, 'parent'),
    ).toMatchObject({
      ok: true,
      record: { path: ['Dinas Pendidikan', 'Bidang SD'], anchored: false },
    });
    expect(validateUnitRow({ nama_unit: 'Dinas Pendidikan', jenis_unit: 'dinas' }, 'parent')).toMatchObject({
      ok: true,
      record: { path: ['Dinas Pendidikan'], anchored: true, kind: 'dinas' },
    });
  });

  it('reports an unknown kind, a missing name and a name too long, all at once', () => {
    const row = validateUnitRow(
      { unit_kerja: `Dinas > ${'x'.repeat(151)}`, jenis_unit: 'kantor pos' },
      'path',
    );
    expect(codes(row)).toEqual(['jenis_unit:row.unitKind', 'unit_kerja:row.nameTooLong']);
    expect(codes(validateUnitRow({ nama_unit: '', induk_unit: 'Dinas' }, 'parent'))).toEqual([
      'nama_unit:row.required',
    ]);
  });

  it('refuses a name with a control or bidi-control character, as a form does; a line break becomes a space', () => {
    const row = validateUnitRow({ unit_kerja: 'Dinas > Bidang\u202eSD' }, 'path');
    expect(codes(row)).toEqual(['unit_kerja:row.forbiddenCharacter']);
    expect(row.ok ? null : row.errors[0]?.params).toEqual({ character: 'U+202E' });
    expect(codes(validateUnitRow({ nama_unit: 'Bidang\u0007SD', induk_unit: 'Dinas' }, 'parent'))).toEqual([
      'nama_unit:row.forbiddenCharacter',
    ]);
    expect(validateUnitRow({ unit_kerja: 'Dinas > Bidang\nSD' }, 'path')).toMatchObject({
      ok: true,
      record: { path: ['Dinas', 'Bidang SD'] },
    });
    expect(codes(validatePositionRow({ jabatan: 'Analis\u2066SDM', jenis_jabatan: 'Pelaksana' }))).toEqual([
      'jabatan:row.forbiddenCharacter',
    ]);
  });

  it('understands the kinds as files write them', () => {
    expect(parseUnitKind('UPTD')).toBe('upt');
    expect(parseUnitKind('Sub Bagian')).toBe('subbagian');
    expect(parseUnitKind('Suku Dinas')).toBe('sudin');
    expect(parseUnitKind('kota_administrasi')).toBe('kota_administrasi');
    expect(parseUnitKind('Kantor')).toBeNull();
  });

  it('reads no kind in the names every object carries (a cell saying "constructor" or "toString")', () => {
    for (const text of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(parseUnitKind(text)).toBeNull();
    }
  });
});

describe('position files', () => {
  it('recognises the header', () => {
    expect(detectPositionLayout(['Jabatan*', 'Jenis Jabatan*', 'Jenjang'])).toMatchObject({ ok: true });
  });

  it('takes the jenjang of a fungsional position from its column or else its name', () => {
    expect(validatePositionRow({ jabatan: 'Analis SDM Aparatur Ahli Muda', jenis_jabatan: 'JFT' })).toEqual({
      ok: true,
      record: { name: 'Analis SDM Aparatur Ahli Muda', kind: 'fungsional', level: 'ahli_muda' },
      warnings: [],
    });
    expect(
      validatePositionRow({ jabatan: 'Pranata Komputer', jenis_jabatan: 'Fungsional', jenjang: 'Terampil' }),
    ).toMatchObject({ ok: true, record: { level: 'terampil' } });
  });

  it('maps a struktural post by its eselon (UU 5/2014 art. 131)', () => {
    expect(
      validatePositionRow({ jabatan: 'Kepala Bidang Mutasi', jenis_jabatan: 'Struktural', eselon: 'III.b' }),
    ).toMatchObject({ ok: true, record: { kind: 'administrator', level: null } });
  });

  it('refuses a fungsional without jenjang, a jenjang elsewhere, an unknown kind or jenjang', () => {
    expect(codes(validatePositionRow({ jabatan: 'Pranata Komputer', jenis_jabatan: 'Fungsional' }))).toEqual([
      'jenjang:position.levelRequired',
    ]);
    expect(
      codes(
        validatePositionRow({
          jabatan: 'Pengadministrasi Umum',
          jenis_jabatan: 'Pelaksana',
          jenjang: 'Mahir',
        }),
      ),
    ).toEqual(['jenjang:position.levelNotAllowed']);
    expect(codes(validatePositionRow({ jabatan: 'Kepala', jenis_jabatan: 'Struktural' }))).toEqual([
      'jenis_jabatan:position.eselonRequired',
    ]);
    expect(
      codes(validatePositionRow({ jabatan: 'Analis', jenis_jabatan: 'Fungsional', jenjang: 'Senior' })),
    ).toEqual(['jenjang:row.positionLevel']);
    expect(codes(validatePositionRow({ jabatan: 'Analis', jenis_jabatan: 'Tukang' }))).toEqual([
      'jenis_jabatan:position.unknownKind',
    ]);
  });
});
