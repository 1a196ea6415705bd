import { parseCalendarDate } from '../shared/calendar-date';
import {
  cellIssue,
  cellText,
  type HeaderMatch,
  type ImportColumn,
  matchHeader,
  missingRequired,
  type RowIssue,
  type RowOptions,
  type RowResult,
  splitUnitPath,
  unitPathOf,
  unwrapCell,
} from '../shared/import-cells';
import { forbiddenCharacter } from '../shared/text.rules';
import { type Golongan, normalizeGolongan } from './golongan';
import {
  DEFAULT_MIN_AGE_AT_APPOINTMENT,
  type EmployeeType,
  type NipOptions,
  type Sex,
  type ValidNiPppk,
  type ValidNip,
  validateEmployeeNumber,
  validateNik,
  validateNiPppk,
  validateNip,
} from './nip.rules';
import {
  type FungsionalLevel,
  inferFungsionalLevel,
  normalizePositionKind,
  type PositionKind,
} from './position';

// Validates one row of an employee file. Every problem in the row is reported at once, so an HR
// officer can fix the file in one pass instead of uploading it again for each mistake.

export type ImportLayout = 'siasn' | 'jenjang';

export type { ImportColumn, RowIssue, RowOptions } from '../shared/import-cells';
// The shared cell helpers, still importable from here by the code that always did.
export { headerKey, isBlankRow, rowCells } from '../shared/import-cells';

/** The Jenjang template, in the order the downloadable file uses. */
export const EMPLOYEE_TEMPLATE_COLUMNS: readonly ImportColumn[] = [
  { key: 'nip', required: true, example: '198503122010011003' },
  { key: 'nama', required: true, example: 'Budi Santoso' },
  { key: 'gelar_depan', required: false, example: 'Drs.' },
  { key: 'gelar_belakang', required: false, example: 'M.Si.' },
  { key: 'tanggal_lahir', required: false, example: '12-03-1985' },
  { key: 'jenis_kelamin', required: false, example: 'L' },
  { key: 'jenis_pegawai', required: false, example: 'PNS' },
  { key: 'golongan', required: false, example: 'III/c' },
  { key: 'jenis_jabatan', required: false, example: 'Fungsional' },
  { key: 'jabatan', required: false, example: 'Analis SDM Aparatur Ahli Muda' },
  {
    key: 'unit_kerja',
    required: true,
    example: 'Badan Kepegawaian dan Pengembangan SDM / Bidang Pengembangan Kompetensi',
  },
  { key: 'tingkat_pendidikan', required: false, example: 'S-2' },
  { key: 'pendidikan', required: false, example: 'Magister Administrasi Publik' },
  { key: 'tmt_cpns', required: false, example: '01-01-2010' },
  { key: 'tmt_golongan', required: false, example: '01-04-2018' },
  { key: 'tmt_jabatan', required: false, example: '03-01-2022' },
  { key: 'nik', required: false, example: '3172011203850001' },
];

/** BKN SIASN "data utama" export, in its own column order. */
export const SIASN_COLUMNS: readonly ImportColumn[] = [
  { key: 'pns_id', required: false, example: '8AE483A8-5C1A-4B9A-B1D7-2F6C1E0A9F31' },
  { key: 'nip_baru', required: true, example: '198503122010011003' },
  { key: 'nip_lama', required: false, example: '010245678' },
  { key: 'nama', required: true, example: 'Budi Santoso' },
  { key: 'gelar_depan', required: false, example: 'Drs.' },
  { key: 'gelar_belakang', required: false, example: 'M.Si.' },
  { key: 'tanggal_lahir', required: false, example: '12-03-1985' },
  { key: 'jenis_kelamin', required: false, example: 'Pria' },
  { key: 'nik', required: false, example: '3172011203850001' },
  { key: 'jenis_pegawai', required: false, example: 'PNS Daerah' },
  { key: 'kedudukan_hukum', required: false, example: 'Aktif' },
  { key: 'tmt_cpns', required: false, example: '01-01-2010' },
  { key: 'tmt_pns', required: false, example: '01-03-2011' },
  { key: 'gol_awal', required: false, example: 'III/a' },
  { key: 'gol_akhir', required: false, example: 'III/c' },
  { key: 'tmt_golongan', required: false, example: '01-04-2018' },
  { key: 'mk_tahun', required: false, example: '14' },
  { key: 'mk_bulan', required: false, example: '2' },
  { key: 'jenis_jabatan', required: false, example: 'Jabatan Fungsional' },
  { key: 'jabatan', required: false, example: 'Analis SDM Aparatur Ahli Muda' },
  { key: 'tmt_jabatan', required: false, example: '03-01-2022' },
  { key: 'tingkat_pendidikan', required: false, example: 'S-2' },
  { key: 'pendidikan', required: false, example: 'Magister Administrasi Publik' },
  { key: 'unor', required: true, or: 'satuan_kerja', example: 'Bidang Pengembangan Kompetensi' },
  { key: 'instansi_induk', required: false, example: 'Pemerintah Kota Tanjungpinang' },
  { key: 'instansi_kerja', required: false, example: 'Pemerintah Kota Tanjungpinang' },
  { key: 'satuan_kerja', required: false, example: 'Badan Kepegawaian dan Pengembangan SDM' },
  { key: 'lokasi_kerja', required: false, example: 'Kota Tanjungpinang' },
];

const LAYOUT_COLUMNS: Record<ImportLayout, readonly ImportColumn[]> = {
  siasn: SIASN_COLUMNS,
  jenjang: EMPLOYEE_TEMPLATE_COLUMNS,
};

/** The same field under each layout's column name. */
const FIELD_COLUMN = {
  siasn: { nip: 'nip_baru', golongan: 'gol_akhir' },
  jenjang: { nip: 'nip', golongan: 'golongan' },
} as const;

export const IMPORT_ERROR_CODES = ['import.noHeader'] as const;
export const ROW_ERROR_CODES = [
  'row.required',
  'row.employeeType',
  'row.birthDateMismatch',
  'row.sex',
  'row.sexMismatch',
  'row.dateBeforeBirth',
  'row.integer',
] as const;
export const ROW_WARNING_CODES = ['row.nikMismatch', 'row.tmtCpnsMismatch', 'row.futureDate'] as const;

export interface EmployeeRecord {
  nip: string;
  employeeType: EmployeeType;
  pnsId: string | null;
  nipLama: string | null;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  birthDate: string;
  sex: Sex;
  nik: string | null;
  legalStatus: string | null;
  golongan: Golongan | null;
  golonganInitial: Golongan | null;
  tmtCpns: string | null;
  tmtPns: string | null;
  tmtGolongan: string | null;
  tmtJabatan: string | null;
  serviceYears: number | null;
  serviceMonths: number | null;
  positionKind: PositionKind | null;
  positionName: string | null;
  positionLevel: FungsionalLevel | null;
  educationLevel: string | null;
  education: string | null;
  unitPath: string[];
}

export type EmployeeRowResult = RowResult<EmployeeRecord>;
export type DetectLayoutResult = HeaderMatch<ImportLayout>;

/** Finds which layout a header row belongs to; SIASN first, as its nip_baru is the more specific. */
export function detectLayout(headerCells: readonly unknown[]): DetectLayoutResult {
  return matchHeader(headerCells, [
    ['siasn', SIASN_COLUMNS],
    ['jenjang', EMPLOYEE_TEMPLATE_COLUMNS],
  ]);
}

interface Row {
  cells: Record<string, unknown>;
  layout: ImportLayout;
  options: RowOptions;
  errors: RowIssue[];
  warnings: RowIssue[];
}

function issue(row: Row, column: string, code: string, params?: RowIssue['params']): RowIssue {
  return cellIssue(row.cells, column, code, params);
}

function text(row: Row, column: string): string | null {
  return cellText(row.cells[column]);
}

/** A cell as the rules take it: numbers and dates as they came (that is what they check), else text. */
function scalar(row: Row, column: string): string | number | Date | null {
  const value = unwrapCell(row.cells[column]);
  return typeof value === 'number' || value instanceof Date ? value : cellText(value);
}

/** Validates one data row; see RowResult. Cells are keyed by column key (see rowCells). */
export function validateEmployeeRow(
  cells: Record<string, unknown>,
  layout: ImportLayout,
  options: RowOptions,
): EmployeeRowResult {
  const row: Row = { cells, layout, options, errors: [], warnings: [] };
  checkRequired(row);
  checkTexts(row);
  const number = readEmployeeNumber(row);
  const name = text(row, 'nama');
  const fields = readFields(row, number);
  if (number === null || name === null || row.errors.length > 0) {
    return { ok: false, errors: row.errors, warnings: row.warnings };
  }
  const record: EmployeeRecord = {
    nip: number.nip,
    employeeType: number.employeeType,
    name,
    birthDate: number.birthDate,
    sex: number.sex,
    ...fields,
  };
  return { ok: true, record, warnings: row.warnings };
}

function checkRequired(row: Row): void {
  row.errors.push(...missingRequired(row.cells, LAYOUT_COLUMNS[row.layout]));
}

/** The longest free text of a column, as the correction form allows it (employee-correction.contract). */
const TEXT_MAX: Record<string, number> = {
  nama: 200,
  gelar_depan: 50,
  gelar_belakang: 80,
  pendidikan: 200,
  tingkat_pendidikan: 40,
};

/**
 * What a typed name may hold holds for an imported one too (text.rules.ts): no control or bidi
 * character in any text cell, and names and titles no longer than the form takes them.
 */
function checkTexts(row: Row): void {
  for (const [column, value] of Object.entries(row.cells)) {
    const cell = cellText(value);
    if (cell === null) continue;
    // A line break typed in a spreadsheet cell (Alt+Enter) is common and harmless; the rest is not.
    const character = forbiddenCharacter(cell, { multiline: true });
    if (character) row.errors.push(issue(row, column, 'row.forbiddenCharacter', { character }));
    const max = TEXT_MAX[column];
    if (max !== undefined && cell.length > max) {
      row.errors.push(issue(row, column, 'row.nameTooLong', { max, length: cell.length }));
    }
  }
}

/** BKN jenis pegawai labels: 'PNS', 'PNS Daerah', 'CPNS', 'Pegawai Negeri Sipil', 'PPPK Penuh Waktu'… */
function parseEmployeeType(value: string): EmployeeType | null {
  const lower = value.toLowerCase();
  if (/pppk|p3k|perjanjian kerja/.test(lower)) return 'PPPK';
  if (/\bc?pns\b|pegawai negeri/.test(lower)) return 'PNS';
  return null;
}

/**
 * Perka BKN 22/2007 and NI PPPK: validates the number for the stated jenis pegawai; when the file
 * does not state it, the number itself decides (PNS first, as most rows are PNS).
 */
function readEmployeeNumber(row: Row): ValidNip | ValidNiPppk | null {
  const column = FIELD_COLUMN[row.layout].nip;
  const typeText = text(row, 'jenis_pegawai');
  const type = typeText === null ? null : parseEmployeeType(typeText);
  if (typeText !== null && type === null) {
    row.errors.push(issue(row, 'jenis_pegawai', 'row.employeeType', { value: typeText }));
  }
  const raw = scalar(row, column);
  if (raw === null) return null;

  const input = raw instanceof Date ? raw.toISOString() : raw;
  const options: NipOptions = { today: row.options.today, minAgeAtAppointment: minAge(row) };
  let result = type === null ? validateNip(input, options) : validateEmployeeNumber(input, type, options);
  if (!result.ok && type === null) {
    const asPppk = validateNiPppk(input, options);
    if (asPppk.ok) result = asPppk;
  }
  if (!result.ok) {
    row.errors.push(issue(row, column, result.code, result.params));
    return null;
  }
  for (const code of result.warnings) {
    row.warnings.push(issue(row, column, code, { age: result.ageAtAppointment, minAge: minAge(row) }));
  }
  return result;
}

function minAge(row: Row): number {
  return row.options.minAgeAtAppointment ?? DEFAULT_MIN_AGE_AT_APPOINTMENT;
}

type RecordFields = Omit<EmployeeRecord, 'nip' | 'employeeType' | 'name' | 'birthDate' | 'sex'>;

function readFields(row: Row, number: ValidNip | ValidNiPppk | null): RecordFields {
  checkBirthDate(row, number);
  checkSex(row, number);
  const birthDate = number?.birthDate ?? null;
  const tmtCpns = readDate(row, 'tmt_cpns', birthDate);
  if (tmtCpns !== null && number?.employeeType === 'PNS' && tmtCpns.slice(0, 7) !== number.tmtCpns) {
    row.warnings.push(
      issue(row, 'tmt_cpns', 'row.tmtCpnsMismatch', { value: tmtCpns, nipTmt: number.tmtCpns }),
    );
  }
  const type = number?.employeeType ?? 'PNS';
  const isSiasn = row.layout === 'siasn';
  return {
    pnsId: isSiasn ? text(row, 'pns_id') : null,
    nipLama: isSiasn ? text(row, 'nip_lama') : null,
    frontTitle: text(row, 'gelar_depan'),
    backTitle: text(row, 'gelar_belakang'),
    nik: readNik(row, number),
    legalStatus: isSiasn ? text(row, 'kedudukan_hukum') : null,
    golongan: readGolongan(row, FIELD_COLUMN[row.layout].golongan, type),
    golonganInitial: isSiasn ? readGolongan(row, 'gol_awal', type) : null,
    tmtCpns,
    tmtPns: isSiasn ? readDate(row, 'tmt_pns', birthDate) : null,
    tmtGolongan: readDate(row, 'tmt_golongan', birthDate),
    tmtJabatan: readDate(row, 'tmt_jabatan', birthDate),
    serviceYears: isSiasn ? readInteger(row, 'mk_tahun', 0, 70) : null,
    serviceMonths: isSiasn ? readInteger(row, 'mk_bulan', 0, 11) : null,
    ...readPosition(row),
    educationLevel: text(row, 'tingkat_pendidikan'),
    education: text(row, 'pendidikan'),
    unitPath: readUnitPath(row),
  };
}

/** A birth date column is optional (the NIP holds it) but must agree with the NIP when present. */
function checkBirthDate(row: Row, number: ValidNip | ValidNiPppk | null): void {
  const parsed = parseDateCell(row, 'tanggal_lahir');
  if (parsed !== null && number !== null && parsed !== number.birthDate) {
    row.errors.push(
      issue(row, 'tanggal_lahir', 'row.birthDateMismatch', { value: parsed, nipBirthDate: number.birthDate }),
    );
  }
}

// L/P is the Indonesian convention; M/F and 1/2 (the NIP's sex digit) appear in other exports.
const MALE = ['l', 'laki-laki', 'laki laki', 'lakilaki', 'pria', 'm', 'male', '1'];
const FEMALE = ['p', 'perempuan', 'wanita', 'f', 'female', '2'];

function parseSex(value: string): Sex | null {
  const lower = value.toLowerCase();
  if (MALE.includes(lower)) return 'M';
  return FEMALE.includes(lower) ? 'F' : null;
}

function checkSex(row: Row, number: ValidNip | ValidNiPppk | null): void {
  const value = text(row, 'jenis_kelamin');
  if (value === null) return;
  const sex = parseSex(value);
  if (sex === null) {
    row.errors.push(issue(row, 'jenis_kelamin', 'row.sex', { value }));
  } else if (number !== null && sex !== number.sex) {
    row.errors.push(
      issue(row, 'jenis_kelamin', 'row.sexMismatch', { value, digit: number.sex === 'M' ? '1' : '2' }),
    );
  }
}

function parseDateCell(row: Row, column: string): string | null {
  const raw = scalar(row, column);
  if (raw === null) return null;
  const parsed = parseCalendarDate(raw);
  if (parsed.ok) return parsed.value;
  row.errors.push(issue(row, column, parsed.code, parsed.params));
  return null;
}

/** An appointment date cannot precede birth; one after the import date is only suspicious. */
function readDate(row: Row, column: string, birthDate: string | null): string | null {
  const value = parseDateCell(row, column);
  if (value === null) return null;
  if (birthDate !== null && value < birthDate) {
    row.errors.push(issue(row, column, 'row.dateBeforeBirth', { value, birthDate }));
  } else if (value > row.options.today) {
    row.warnings.push(issue(row, column, 'row.futureDate', { value }));
  }
  return value;
}

function readNik(row: Row, number: ValidNip | ValidNiPppk | null): string | null {
  const raw = scalar(row, 'nik');
  if (raw === null) return null;
  const result = validateNik(raw instanceof Date ? raw.toISOString() : raw);
  if (!result.ok) {
    row.errors.push(issue(row, 'nik', result.code, result.params));
    return null;
  }
  if (number !== null) {
    const [y, m, d] = number.birthDate.split('-').map(Number);
    const agrees =
      result.birthDay === d && result.birthMonth === m && result.birthYearTwoDigits === (y ?? 0) % 100;
    if (!agrees || result.sex !== number.sex) {
      row.warnings.push(issue(row, 'nik', 'row.nikMismatch', { value: result.nik }));
    }
  }
  return result.nik;
}

function readGolongan(row: Row, column: string, type: EmployeeType): Golongan | null {
  const value = text(row, column);
  if (value === null) return null;
  const result = normalizeGolongan(value, type);
  if (result.ok) return result.code;
  row.errors.push(issue(row, column, result.code, result.params));
  return null;
}

function readInteger(row: Row, column: string, min: number, max: number): number | null {
  const value = text(row, column);
  if (value === null) return null;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  row.errors.push(issue(row, column, 'row.integer', { value, min, max }));
  return null;
}

type PositionFields = Pick<EmployeeRecord, 'positionKind' | 'positionName' | 'positionLevel'>;

function readPosition(row: Row): PositionFields {
  const kindText = text(row, 'jenis_jabatan');
  const positionName = text(row, 'jabatan');
  const level = positionName === null ? null : inferFungsionalLevel(positionName);
  if (kindText === null) {
    // Only fungsional names carry a jenjang ('… Ahli Muda'), so a jenjang identifies the kind.
    return { positionKind: level === null ? null : 'fungsional', positionName, positionLevel: level };
  }
  const result = normalizePositionKind(kindText, positionName);
  if (!result.ok) {
    // A structural post without an eselon is old data, not a mistake: import it, leave the kind open.
    const target = result.code === 'position.eselonRequired' ? row.warnings : row.errors;
    target.push(issue(row, 'jenis_jabatan', result.code, result.params));
    return { positionKind: null, positionName, positionLevel: null };
  }
  return {
    positionKind: result.kind,
    positionName,
    positionLevel: result.kind === 'fungsional' ? level : null,
  };
}

/** Template: 'Dinas Pendidikan / Bidang SMP' (or '>'); SIASN: satuan kerja, then unor. */
function readUnitPath(row: Row): string[] {
  return row.layout === 'jenjang'
    ? unitPathOf(splitUnitPath(text(row, 'unit_kerja')))
    : unitPathOf([text(row, 'satuan_kerja'), text(row, 'unor')]);
}
