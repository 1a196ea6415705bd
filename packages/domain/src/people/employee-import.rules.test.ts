import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../shared/access';
import { DATE_ERROR_CODES } from '../shared/calendar-date';
import {
  detectLayout,
  EMPLOYEE_TEMPLATE_COLUMNS,
  IMPORT_ERROR_CODES,
  isBlankRow,
  ROW_ERROR_CODES,
  ROW_WARNING_CODES,
  type RowIssue,
  rowCells,
  SIASN_COLUMNS,
  validateEmployeeRow,
} from './employee-import.rules';
import { GOLONGAN_ERROR_CODES } from './golongan';
import { NIK_ERROR_CODES, NIP_ERROR_CODES, NIP_WARNING_CODES } from './nip.rules';
import { FUNGSIONAL_LEVELS, POSITION_ERROR_CODES, POSITION_KINDS, POSITION_WARNING_CODES } from './position';

const TODAY = '2025-06-30';
const options = { today: TODAY };

function templateRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nip: '198503122010011003',
    nama: 'Budi Santoso',
    gelar_depan: '',
    gelar_belakang: 'S.E., M.Si.',
    tanggal_lahir: '12-03-1985',
    jenis_kelamin: 'L',
    jenis_pegawai: 'PNS',
    golongan: 'III/c',
    jenis_jabatan: 'Fungsional',
    jabatan: 'Analis SDM Aparatur Ahli Muda',
    unit_kerja: 'Badan Kepegawaian dan Pengembangan SDM / Bidang Pengembangan Kompetensi',
    tingkat_pendidikan: 'S-2',
    pendidikan: 'Magister Administrasi Publik',
    tmt_cpns: '01-01-2010',
    tmt_golongan: '01-04-2018',
    tmt_jabatan: '03-01-2022',
    nik: '3172011203850001',
    ...overrides,
  };
}

function siasnRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...Object.fromEntries(SIASN_COLUMNS.map((c) => [c.key, c.example])),
    ...overrides,
  };
}

const codes = (issues: RowIssue[]) => issues.map((i) => `${i.column}:${i.code}`);

describe('detectLayout', () => {
  it('recognises a SIASN header with a BOM, other case, spaces and another order', () => {
    const header = ['\uFEFFPNS_ID', 'Nama', 'NIP Baru', ' tanggal lahir ', 'UNOR', 'Gol Akhir', 'Kolom Lain'];
    expect(detectLayout(header)).toEqual({
      ok: true,
      layout: 'siasn',
      columnIndex: { pns_id: 0, nama: 1, nip_baru: 2, tanggal_lahir: 3, unor: 4, gol_akhir: 5 },
    });
  });

  it('accepts satuan_kerja in place of unor', () => {
    expect(detectLayout(['nip_baru', 'nama', 'satuan_kerja'])).toMatchObject({ ok: true, layout: 'siasn' });
  });

  it('recognises the Jenjang template, with required columns marked by an asterisk', () => {
    const header = ['\uFEFFnip*', 'nama*', 'unit-kerja*', 'golongan'];
    expect(detectLayout(header)).toEqual({
      ok: true,
      layout: 'jenjang',
      columnIndex: { nip: 0, nama: 1, unit_kerja: 2, golongan: 3 },
    });
  });

  it('recognises the template from its own column list', () => {
    expect(detectLayout(EMPLOYEE_TEMPLATE_COLUMNS.map((c) => c.key))).toMatchObject({
      ok: true,
      layout: 'jenjang',
    });
    expect(detectLayout(SIASN_COLUMNS.map((c) => c.key))).toMatchObject({ ok: true, layout: 'siasn' });
  });

  it('reports a missing header when the first row is data or lacks a required column', () => {
    expect(detectLayout(['198503122010011003', 'Budi Santoso', 'Dinas Pendidikan'])).toEqual({
      ok: false,
      code: 'import.noHeader',
    });
    expect(detectLayout(['nip', 'nama'])).toEqual({ ok: false, code: 'import.noHeader' });
    expect(detectLayout([])).toEqual({ ok: false, code: 'import.noHeader' });
  });
});

describe('rowCells and isBlankRow', () => {
  it('picks cells by column and unwraps exceljs rich text and formulas', () => {
    const detected = detectLayout(['nip', 'nama', 'unit_kerja']);
    if (!detected.ok) throw new Error('header not detected');
    const cells = rowCells(
      [
        '198503122010011003',
        { richText: [{ text: 'Budi ' }, { text: 'Santoso' }] },
        { formula: 'A1', result: 'Dinas Pendidikan' },
      ],
      detected.columnIndex,
    );
    const result = validateEmployeeRow(cells, 'jenjang', options);
    expect(result).toMatchObject({
      ok: true,
      record: { name: 'Budi Santoso', unitPath: ['Dinas Pendidikan'] },
    });
  });

  it('treats a row of blanks, spaces and dashes as blank', () => {
    expect(isBlankRow({ nip: '', nama: '   ', unit_kerja: null, nik: '-' })).toBe(true);
    expect(isBlankRow({ nip: '', nama: 'Budi' })).toBe(false);
  });
});

describe('validateEmployeeRow, Jenjang template', () => {
  it('reads a clean row into a record', () => {
    expect(validateEmployeeRow(templateRow(), 'jenjang', options)).toEqual({
      ok: true,
      warnings: [],
      record: {
        nip: '198503122010011003',
        employeeType: 'PNS',
        pnsId: null,
        nipLama: null,
        name: 'Budi Santoso',
        frontTitle: null,
        backTitle: 'S.E., M.Si.',
        birthDate: '1985-03-12',
        sex: 'M',
        nik: '3172011203850001',
        legalStatus: null,
        golongan: 'III/c',
        golonganInitial: null,
        tmtCpns: '2010-01-01',
        tmtPns: null,
        tmtGolongan: '2018-04-01',
        tmtJabatan: '2022-01-03',
        serviceYears: null,
        serviceMonths: null,
        positionKind: 'fungsional',
        positionName: 'Analis SDM Aparatur Ahli Muda',
        positionLevel: 'ahli_muda',
        educationLevel: 'S-2',
        education: 'Magister Administrasi Publik',
        unitPath: ['Badan Kepegawaian dan Pengembangan SDM', 'Bidang Pengembangan Kompetensi'],
      },
    });
  });

  it('cleans a messy row: spaced NIP, Excel serial and Date cells, III/A, extra spaces, dashes', () => {
    const row = templateRow({
      nip: ' 19850312 201001 1 003 ',
      nama: '  Budi    Santoso ',
      gelar_depan: '-',
      tanggal_lahir: 31118,
      jenis_kelamin: 'Laki-laki',
      jenis_pegawai: 'Pegawai Negeri Sipil',
      golongan: 'III/A',
      unit_kerja: ' Dinas Pendidikan >Bidang SMP > Seksi Kurikulum ',
      tmt_cpns: new Date(Date.UTC(2010, 0, 1)),
      tmt_golongan: '2018-04-01',
    });
    const result = validateEmployeeRow(row, 'jenjang', options);
    expect(result).toMatchObject({
      ok: true,
      record: {
        nip: '198503122010011003',
        name: 'Budi Santoso',
        frontTitle: null,
        birthDate: '1985-03-12',
        golongan: 'III/a',
        tmtCpns: '2010-01-01',
        tmtGolongan: '2018-04-01',
        unitPath: ['Dinas Pendidikan', 'Bidang SMP', 'Seksi Kurikulum'],
      },
    });
  });

  it('reports every problem of the row, not just the first', () => {
    const row = templateRow({
      nip: '1.98503E+17',
      nama: '',
      tanggal_lahir: '31-02-1985',
      jenis_kelamin: 'X',
      golongan: 'III/f',
      unit_kerja: '  ',
      tmt_jabatan: 'kemarin',
      nik: '31720112038500',
    });
    const result = validateEmployeeRow(row, 'jenjang', options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codes(result.errors).sort()).toEqual(
      [
        'nama:row.required',
        'unit_kerja:row.required',
        'nip:nip.scientific',
        'tanggal_lahir:date.invalid',
        'jenis_kelamin:row.sex',
        'golongan:golongan.unknown',
        'tmt_jabatan:date.format',
        'nik:nik.length',
      ].sort(),
    );
    expect(result.errors.find((e) => e.column === 'nip')).toEqual({
      column: 'nip',
      value: '1.98503E+17',
      code: 'nip.scientific',
      params: { value: '1.98503E+17' },
    });
  });

  it('rejects a NIP that arrives as a number from a numeric Excel cell', () => {
    const result = validateEmployeeRow(templateRow({ nip: 198503122010011000 }), 'jenjang', options);
    expect(result).toMatchObject({ ok: false, errors: [{ column: 'nip', code: 'nip.notExact' }] });
  });

  it('requires the NIP', () => {
    const result = validateEmployeeRow(templateRow({ nip: ' ' }), 'jenjang', options);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ column: 'nip', code: 'row.required', params: { column: 'nip' } }],
    });
  });

  it('rejects a birth date that disagrees with the NIP', () => {
    const result = validateEmployeeRow(templateRow({ tanggal_lahir: '13-03-1985' }), 'jenjang', options);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          column: 'tanggal_lahir',
          code: 'row.birthDateMismatch',
          params: { value: '1985-03-13', nipBirthDate: '1985-03-12' },
        },
      ],
    });
  });

  it.each(['P', 'Perempuan', 'wanita', 'F', '2', 2])('rejects the sex %j against a NIP of a man', (sex) => {
    const result = validateEmployeeRow(templateRow({ jenis_kelamin: sex }), 'jenjang', options);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ column: 'jenis_kelamin', code: 'row.sexMismatch', params: { digit: '1' } }],
    });
  });

  it.each(['L', 'Laki-laki', 'LAKI LAKI', 'Pria', 'M', '1', 1])('accepts the sex %j for a man', (sex) => {
    expect(validateEmployeeRow(templateRow({ jenis_kelamin: sex }), 'jenjang', options).ok).toBe(true);
  });

  it('infers PPPK from a NI PPPK when jenis_pegawai is empty', () => {
    const row = templateRow({
      nip: '198703152021212001',
      jenis_pegawai: '',
      tanggal_lahir: '',
      jenis_kelamin: 'P',
      golongan: '9',
      tmt_cpns: '',
      nik: '',
    });
    expect(validateEmployeeRow(row, 'jenjang', options)).toMatchObject({
      ok: true,
      record: { employeeType: 'PPPK', birthDate: '1987-03-15', sex: 'F', golongan: 'IX' },
    });
  });

  it('validates a NI PPPK as a PNS NIP when the row says PNS', () => {
    const row = templateRow({
      nip: '198703152021212001',
      jenis_pegawai: 'PNS',
      tanggal_lahir: '',
      jenis_kelamin: '',
      nik: '',
      tmt_cpns: '',
    });
    expect(validateEmployeeRow(row, 'jenjang', options)).toMatchObject({
      ok: false,
      errors: [{ column: 'nip', code: 'nip.tmtMonth' }],
    });
  });

  it('reports an unknown jenis pegawai and still checks the NIP', () => {
    const result = validateEmployeeRow(
      templateRow({ jenis_pegawai: 'Honorer', nip: '198513122010011003' }),
      'jenjang',
      options,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(codes(result.errors)).toEqual(['jenis_pegawai:row.employeeType', 'nip:nip.birthDate']);
    }
  });

  it('rejects an appointment date before birth and warns about one in the future', () => {
    const before = validateEmployeeRow(templateRow({ tmt_golongan: '01-04-1980' }), 'jenjang', options);
    expect(before).toMatchObject({
      ok: false,
      errors: [{ column: 'tmt_golongan', code: 'row.dateBeforeBirth' }],
    });
    const future = validateEmployeeRow(templateRow({ tmt_jabatan: '01-01-2026' }), 'jenjang', options);
    expect(future).toMatchObject({ ok: true, warnings: [{ column: 'tmt_jabatan', code: 'row.futureDate' }] });
  });

  it('warns when TMT CPNS disagrees with the NIP', () => {
    const result = validateEmployeeRow(templateRow({ tmt_cpns: '01-03-2010' }), 'jenjang', options);
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        {
          column: 'tmt_cpns',
          code: 'row.tmtCpnsMismatch',
          params: { value: '2010-03-01', nipTmt: '2010-01' },
        },
      ],
    });
  });

  it('rejects an invalid NIK and warns about a NIK of someone else', () => {
    const invalid = validateEmployeeRow(templateRow({ nik: '3172013503850001' }), 'jenjang', options);
    expect(invalid).toMatchObject({ ok: false, errors: [{ column: 'nik', code: 'nik.birthDate' }] });
    const woman = validateEmployeeRow(templateRow({ nik: '3172015203850001' }), 'jenjang', options);
    expect(woman).toMatchObject({ ok: true, warnings: [{ column: 'nik', code: 'row.nikMismatch' }] });
  });

  it('warns, with the age, when the NIP says the employee was appointed young', () => {
    const row = templateRow({
      nip: '199501012010011001',
      tanggal_lahir: '',
      nik: '',
      tmt_golongan: '',
      tmt_jabatan: '',
    });
    const result = validateEmployeeRow(row, 'jenjang', options);
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ column: 'nip', code: 'nip.youngAtAppointment', params: { age: 15, minAge: 18 } }],
    });
    expect(validateEmployeeRow(row, 'jenjang', { ...options, minAgeAtAppointment: 15 })).toMatchObject({
      ok: true,
      warnings: [],
    });
  });

  it('infers a fungsional position from a jenjang in the name when jenis jabatan is empty', () => {
    const result = validateEmployeeRow(
      templateRow({ jenis_jabatan: '', jabatan: 'Pranata Komputer Terampil' }),
      'jenjang',
      options,
    );
    expect(result).toMatchObject({
      ok: true,
      record: { positionKind: 'fungsional', positionLevel: 'terampil' },
    });
  });

  it('rejects an unknown jenis jabatan', () => {
    const result = validateEmployeeRow(templateRow({ jenis_jabatan: 'Honorer' }), 'jenjang', options);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ column: 'jenis_jabatan', code: 'position.unknownKind' }],
    });
  });
});

describe('validateEmployeeRow, free text', () => {
  it('refuses a name that reads otherwise than it is written (a bidi override)', () => {
    const result = validateEmployeeRow(templateRow({ nama: 'Budi \u202eotnas' }), 'jenjang', options);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => [e.column, e.code, e.params])).toContainEqual([
      'nama',
      'row.forbiddenCharacter',
      { character: 'U+202E' },
    ]);
  });

  it('refuses a name longer than the form takes, saying how long', () => {
    const result = validateEmployeeRow(templateRow({ nama: 'X'.repeat(32_767) }), 'jenjang', options);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toContain('row.nameTooLong');
  });

  it('keeps a line break typed into a cell', () => {
    expect(validateEmployeeRow(templateRow({ pendidikan: 'S1\nAkuntansi' }), 'jenjang', options).ok).toBe(
      true,
    );
  });
});

describe('validateEmployeeRow, SIASN data utama', () => {
  it('reads a SIASN row with numeric golongan ids and dd-mm-yyyy dates', () => {
    const row = siasnRow({ gol_awal: '31', gol_akhir: '33', mk_tahun: 14, mk_bulan: '02' });
    expect(validateEmployeeRow(row, 'siasn', options)).toMatchObject({
      ok: true,
      warnings: [],
      record: {
        pnsId: '8AE483A8-5C1A-4B9A-B1D7-2F6C1E0A9F31',
        nipLama: '010245678',
        legalStatus: 'Aktif',
        golonganInitial: 'III/a',
        golongan: 'III/c',
        tmtCpns: '2010-01-01',
        tmtPns: '2011-03-01',
        serviceYears: 14,
        serviceMonths: 2,
        positionKind: 'fungsional',
        positionLevel: 'ahli_muda',
        unitPath: ['Badan Kepegawaian dan Pengembangan SDM', 'Bidang Pengembangan Kompetensi'],
      },
    });
  });

  it('maps an old structural position with its eselon in the position name', () => {
    const row = siasnRow({ jenis_jabatan: 'Struktural', jabatan: 'Kepala Bidang Mutasi (Eselon III.b)' });
    expect(validateEmployeeRow(row, 'siasn', options)).toMatchObject({
      ok: true,
      record: { positionKind: 'administrator', positionLevel: null },
    });
  });

  it('imports a structural position without eselon, leaving the kind open with a warning', () => {
    const row = siasnRow({ jenis_jabatan: 'Struktural', jabatan: 'Kepala Seksi Mutasi' });
    expect(validateEmployeeRow(row, 'siasn', options)).toMatchObject({
      ok: true,
      record: { positionKind: null, positionName: 'Kepala Seksi Mutasi' },
      warnings: [{ column: 'jenis_jabatan', code: 'position.eselonRequired' }],
    });
  });

  it('builds the unit path from satuan kerja and unor without duplicates or blanks', () => {
    const same = siasnRow({ satuan_kerja: 'Dinas Kesehatan', unor: 'DINAS KESEHATAN ' });
    expect(validateEmployeeRow(same, 'siasn', options)).toMatchObject({
      ok: true,
      record: { unitPath: ['Dinas Kesehatan'] },
    });
    const onlyUnor = siasnRow({ satuan_kerja: '', unor: 'Puskesmas Tanjungpinang' });
    expect(validateEmployeeRow(onlyUnor, 'siasn', options)).toMatchObject({
      ok: true,
      record: { unitPath: ['Puskesmas Tanjungpinang'] },
    });
  });

  it('requires unor or satuan kerja', () => {
    const row = siasnRow({ satuan_kerja: ' ', unor: '' });
    expect(validateEmployeeRow(row, 'siasn', options)).toMatchObject({
      ok: false,
      errors: [{ column: 'unor', code: 'row.required' }],
    });
  });

  it('rejects a service length outside its range', () => {
    const result = validateEmployeeRow(siasnRow({ mk_bulan: '12', mk_tahun: 'lima' }), 'siasn', options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(codes(result.errors)).toEqual(['mk_tahun:row.integer', 'mk_bulan:row.integer']);
  });

  it('reports a golongan that does not exist in gol_akhir', () => {
    const result = validateEmployeeRow(siasnRow({ gol_akhir: '35' }), 'siasn', options);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ column: 'gol_akhir', code: 'golongan.unknown', params: { value: '35' } }],
    });
  });
});

// Both locale files must carry every code the rules can return, with the same placeholders.
describe('i18n messages', () => {
  const load = (lang: string) =>
    JSON.parse(readFileSync(new URL(`../i18n/${lang}.json`, import.meta.url), 'utf8'));
  const id = load('id');
  const en = load('en');
  const at = (messages: unknown, path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
  const flatten = (node: unknown, prefix = ''): string[] =>
    Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
    );
  const placeholders = (text: unknown) =>
    [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it('has the same keys in id and en, with the same placeholders', () => {
    expect(flatten(en)).toEqual(flatten(id));
    for (const key of flatten(id)) expect(placeholders(at(en, key)), key).toEqual(placeholders(at(id, key)));
  });

  const errorCodes = [
    ...NIP_ERROR_CODES,
    ...NIK_ERROR_CODES,
    ...DATE_ERROR_CODES,
    ...GOLONGAN_ERROR_CODES,
    ...POSITION_ERROR_CODES,
    ...POSITION_WARNING_CODES,
    ...ROW_ERROR_CODES,
    ...IMPORT_ERROR_CODES,
  ];
  const warningCodes = [...NIP_WARNING_CODES, ...POSITION_WARNING_CODES, ...ROW_WARNING_CODES];

  it.each(errorCodes)('has a message for the error %s', (code) => {
    expect(typeof at(id, `errors.${code}`)).toBe('string');
    expect(typeof at(en, `errors.${code}`)).toBe('string');
  });

  it.each(warningCodes)('has a message for the warning %s', (code) => {
    expect(typeof at(id, `warnings.${code}`)).toBe('string');
  });

  it('labels every role, position kind, fungsional level and template column', () => {
    const keys = [
      ...ROLES.map((r) => `role.${r}`),
      ...POSITION_KINDS.map((k) => `positionKind.${k}`),
      ...FUNGSIONAL_LEVELS.map((l) => `fungsionalLevel.${l}`),
      ...EMPLOYEE_TEMPLATE_COLUMNS.map((c) => `importColumn.${c.key}`),
      'employeeType.PNS',
      'employeeType.PPPK',
      'sex.M',
      'sex.F',
      'golongan.label',
    ];
    for (const key of keys) expect(typeof at(id, key), key).toBe('string');
    expect(at(id, 'role.admin')).toBe('Admin BKPSDM');
    expect(at(id, 'positionKind.jpt_pratama')).toBe('JPT Pratama');
  });
});
