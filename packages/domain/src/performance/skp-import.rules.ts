import { isPnsGolongan, normalizeGolongan, type PnsGolongan } from '../people/golongan';
import { validateNiPppk, validateNip } from '../people/nip.rules';
import {
  cellIssue,
  cellText,
  type HeaderMatch,
  headerKey,
  type ImportColumn,
  matchHeader,
  missingRequired,
  type RowIssue,
  type RowOptions,
  type RowResult,
  readTextCell,
  unwrapCell,
} from '../shared/import-cells';
import {
  type CheckInFrequency,
  PERIOD_MONTHS,
  PREDIKAT_WORDS,
  type Predikat,
  predikatOf,
  RATING_WORDS,
  type Rating,
} from './predikat.rules';
import {
  type AssessorStatus,
  parseAssessorStatus,
  parsePeriodik,
  parsePredikat,
  parseRating,
} from './skp-siasn';

// An employee's appraisal history as SIASN holds it: the annual SKP record (rw-skp22) and the
// periodic one (kinerja periodik), one appraisal a row. SIASN names its fields in camelCase
// (hasilKinerja, PerilakuKerjaNilai); a file may spell them so, or hasil_kinerja, or 'Hasil
// Kinerja'. Every problem of a row is reported at once, as in the employee import. Whether the NIP
// belongs to the government is the merge's to say.

export type SkpLayout = 'annual' | 'periodic';

/** SIASN rw-skp22, in its own field order, with the employee's NIP first. */
export const SKP_ANNUAL_COLUMNS: readonly ImportColumn[] = [
  { key: 'nip', required: true, example: '198503122010011003' },
  { key: 'tahun', required: true, example: '2024' },
  { key: 'hasilKinerja', required: true, or: 'hasilKinerjaNilai', example: '2' },
  { key: 'hasilKinerjaNilai', required: false, example: 'Sesuai Ekspektasi' },
  { key: 'perilakuKerja', required: true, or: 'PerilakuKerjaNilai', example: '1' },
  { key: 'PerilakuKerjaNilai', required: false, example: 'Di Atas Ekspektasi' },
  { key: 'kuadranKinerja', required: false, example: '2' },
  { key: 'KuadranKinerjaNilai', required: false, example: 'Baik' },
  { key: 'namaPenilai', required: false, example: 'Siti Rahmawati' },
  { key: 'nipNrpPenilai', required: false, example: '197605142000032002' },
  { key: 'penilaiGolonganId', required: false, example: '41' },
  { key: 'penilaiJabatanNm', required: false, example: 'Kepala Bidang Pengembangan Kompetensi' },
  { key: 'penilaiUnorNm', required: false, example: 'Bidang Pengembangan Kompetensi' },
  { key: 'statusPenilai', required: false, example: 'ASN' },
];

/** SIASN kinerja periodik: the annual fields and the period appraised. */
export const SKP_PERIODIC_COLUMNS: readonly ImportColumn[] = [
  ...SKP_ANNUAL_COLUMNS,
  { key: 'bulanMulaiPenilaian', required: true, example: '4' },
  { key: 'bulanSelesaiPenilaian', required: true, example: '6' },
  { key: 'tahunMulaiPenilaian', required: true, example: '2024' },
  { key: 'tahunSelesaiPenilaian', required: true, example: '2024' },
  { key: 'periodik', required: true, example: 'Triwulan' },
  { key: 'koefisien', required: false, example: '25' },
];

export const SKP_IMPORT_ERROR_CODES = [
  'skp.year',
  'skp.futureYear',
  'skp.rating',
  'skp.kuadran',
  'skp.codeWordMismatch',
  'skp.predikatOutsideMatrix',
  'skp.assessorStatus',
  'skp.selfAssessed',
  'skp.periodik',
  'skp.startAfterEnd',
  'skp.periodSpan',
  'skp.periodOutsideYear',
  'skp.periodNotEnded',
  'skp.coefficient',
] as const;
export type SkpImportErrorCode = (typeof SKP_IMPORT_ERROR_CODES)[number];

/** PP 30/2019 replaced the SKP of PP 46/2011; no appraisal in this shape is older. */
export const EARLIEST_SKP_YEAR = 2019;
/** The highest yearly coefficient of a fungsional jenjang (Ahli Utama, PermenPANRB 1/2023). */
export const COEFFICIENT_MAX = 50;

/** The pejabat penilai kinerja as the record names them. */
export interface SkpAssessor {
  name: string | null;
  /** An ASN's NIP; of a NON ASN assessor whatever number SIASN holds (an NRP), or null. */
  nip: string | null;
  status: AssessorStatus | null;
  golongan: PnsGolongan | null;
  position: string | null;
  unit: string | null;
}

export interface AnnualSkpRecord {
  /** The appraised employee's NIP or NI PPPK. */
  nip: string;
  year: number;
  hasilKerja: Rating;
  perilakuKerja: Rating;
  /** Always predikatOf(hasilKerja, perilakuKerja); derived when the file leaves it out. */
  predikat: Predikat;
  assessor: SkpAssessor;
}

export interface PeriodicSkpRecord extends AnnualSkpRecord {
  period: CheckInFrequency;
  fromYear: number;
  fromMonth: number;
  toYear: number;
  toMonth: number;
  coefficient: number | null;
}

/** 'hasilKinerja', 'hasil_kinerja' and 'Hasil Kinerja' all compare as 'hasilkinerja'. */
function compactKey(cell: unknown): string {
  return headerKey(cell).replace(/_/g, '');
}

function compacted(columns: readonly ImportColumn[]): ImportColumn[] {
  return columns.map((c) => ({ ...c, key: compactKey(c.key), ...(c.or ? { or: compactKey(c.or) } : {}) }));
}

const COMPACT_LAYOUTS = [
  ['periodic', compacted(SKP_PERIODIC_COLUMNS)],
  ['annual', compacted(SKP_ANNUAL_COLUMNS)],
] as const;
const KEY_BY_COMPACT = new Map(SKP_PERIODIC_COLUMNS.map((c) => [compactKey(c.key), c.key]));

/**
 * Finds the layout of a header row, periodic first (it holds every annual column). The column
 * index is keyed by SIASN's spelling, whatever spelling the file used.
 */
export function detectSkpLayout(headerCells: readonly unknown[]): HeaderMatch<SkpLayout> {
  const match = matchHeader(headerCells.map(compactKey), COMPACT_LAYOUTS);
  if (!match.ok) return match;
  const columnIndex = Object.fromEntries(
    Object.entries(match.columnIndex).map(([key, index]) => [KEY_BY_COMPACT.get(key) ?? key, index]),
  );
  return { ...match, columnIndex };
}

type Cells = Record<string, unknown>;

/** The row being read: its cells, the import date and the problems found so far. */
interface Row {
  cells: Cells;
  today: string;
  errors: RowIssue[];
}

function fail(row: Row, column: string, code: string, params: RowIssue['params']): void {
  row.errors.push(cellIssue(row.cells, column, code, params));
}

function text(row: Row, column: string): string | null {
  return cellText(row.cells[column]);
}

/**
 * A value SIASN gives twice, as a code and as a word (hasilKinerja and hasilKinerjaNilai): either
 * will do, each may hold the code or the word, and when both are filled they must agree.
 */
function readCoded<T>(
  row: Row,
  [codeColumn, wordColumn]: readonly [string, string],
  parse: (text: string) => T | null,
  code: SkpImportErrorCode,
): { value: T; column: string } | null {
  const read = (column: string) => {
    const value = text(row, column);
    const parsed = value === null ? null : parse(value);
    if (value !== null && parsed === null) fail(row, column, code, { value });
    return parsed;
  };
  const byCode = read(codeColumn);
  const byWord = read(wordColumn);
  if (byCode !== null && byWord !== null && byCode !== byWord) {
    const params = { code: text(row, codeColumn) ?? '', word: text(row, wordColumn) ?? '' };
    fail(row, wordColumn, 'skp.codeWordMismatch', params);
  }
  if (byCode !== null) return { value: byCode, column: codeColumn };
  return byWord === null ? null : { value: byWord, column: wordColumn };
}

/** PermenPANRB 6/2022: the predikat is the matrix's; a kuadran the file gives must be the same. */
function readPredikat(row: Row, hasil: Rating | null, perilaku: Rating | null): Predikat | null {
  const given = readCoded(row, ['kuadranKinerja', 'KuadranKinerjaNilai'], parsePredikat, 'skp.kuadran');
  if (hasil === null || perilaku === null) return null;
  const expected = predikatOf(hasil, perilaku);
  if (given !== null && given.value !== expected) {
    fail(row, given.column, 'skp.predikatOutsideMatrix', {
      hasil: RATING_WORDS[hasil],
      perilaku: RATING_WORDS[perilaku],
      expected: PREDIKAT_WORDS[expected],
      given: PREDIKAT_WORDS[given.value],
    });
  }
  return expected;
}

/** Perka BKN 22/2007 or NI PPPK: a number that is neither is reported as the NIP it fails to be. */
function readNip(row: Row, column: string): string | null {
  const raw = unwrapCell(row.cells[column]);
  const value = cellText(raw);
  if (value === null) return null;
  const input = typeof raw === 'number' ? raw : value;
  const asPns = validateNip(input, { today: row.today });
  if (asPns.ok) return asPns.nip;
  const asPppk = validateNiPppk(input, { today: row.today });
  if (asPppk.ok) return asPppk.nip;
  fail(row, column, asPns.code, asPns.params);
  return null;
}

/** A year of an appraisal: EARLIEST_SKP_YEAR up to the import's own year. */
function readYear(row: Row, column: string): number | null {
  const value = text(row, column);
  if (value === null) return null;
  const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  const max = Number(row.today.slice(0, 4));
  if (year >= EARLIEST_SKP_YEAR && year <= max) return year;
  if (year > max) fail(row, column, 'skp.futureYear', { value });
  else fail(row, column, 'skp.year', { value, min: EARLIEST_SKP_YEAR, max });
  return null;
}

function readGolongan(row: Row): PnsGolongan | null {
  const value = text(row, 'penilaiGolonganId');
  if (value === null) return null;
  const result = normalizeGolongan(value, 'PNS');
  if (!result.ok) fail(row, 'penilaiGolonganId', result.code, result.params);
  return result.ok && isPnsGolongan(result.code) ? result.code : null;
}

/**
 * PP 30/2019: the pejabat penilai kinerja. An ASN assessor (or one whose status the file leaves
 * out) is named by a valid NIP; a NON ASN one (a regional head, say) has none, so whatever number
 * the file holds is kept as written. Nobody appraises themselves.
 */
function readAssessor(row: Row, employeeNip: string | null): SkpAssessor {
  const statusText = text(row, 'statusPenilai');
  const status = statusText === null ? null : parseAssessorStatus(statusText);
  if (statusText !== null && status === null) {
    fail(row, 'statusPenilai', 'skp.assessorStatus', { value: statusText });
  }
  let nip: string | null = null;
  if (status === 'NON ASN') {
    nip = readTextCell(row.cells, 'nipNrpPenilai', 30, row.errors);
  } else if (text(row, 'nipNrpPenilai') === null) {
    fail(row, 'nipNrpPenilai', 'row.required', { column: 'nipNrpPenilai' });
  } else {
    nip = readNip(row, 'nipNrpPenilai');
  }
  if (nip !== null && nip === employeeNip) fail(row, 'nipNrpPenilai', 'skp.selfAssessed', { value: nip });
  return {
    name: readTextCell(row.cells, 'namaPenilai', 200, row.errors),
    nip,
    status,
    golongan: readGolongan(row),
    position: readTextCell(row.cells, 'penilaiJabatanNm', 200, row.errors),
    unit: readTextCell(row.cells, 'penilaiUnorNm', 300, row.errors),
  };
}

interface AnnualRead {
  record: AnnualSkpRecord | null;
  /** The year alone, so a periodic row's period is checked against it when another field fails. */
  year: number | null;
}

/** The fields both records share; no record when a required one is missing or wrong. */
function readAnnual(row: Row, columns: readonly ImportColumn[]): AnnualRead {
  row.errors.push(...missingRequired(row.cells, columns));
  const nip = readNip(row, 'nip');
  const year = readYear(row, 'tahun');
  const rating = (pair: readonly [string, string]) =>
    readCoded(row, pair, parseRating, 'skp.rating')?.value ?? null;
  const hasilKerja = rating(['hasilKinerja', 'hasilKinerjaNilai']);
  const perilakuKerja = rating(['perilakuKerja', 'PerilakuKerjaNilai']);
  const predikat = readPredikat(row, hasilKerja, perilakuKerja);
  const assessor = readAssessor(row, nip);
  if (nip === null || year === null || hasilKerja === null || perilakuKerja === null || predikat === null) {
    return { record: null, year };
  }
  return { record: { nip, year, hasilKerja, perilakuKerja, predikat, assessor }, year };
}

/** Validates one row of an annual SKP file (rw-skp22); cells are keyed as detectSkpLayout keys them. */
export function validateAnnualSkpRow(cells: Cells, options: RowOptions): RowResult<AnnualSkpRecord> {
  const row: Row = { cells, today: options.today, errors: [] };
  const { record } = readAnnual(row, SKP_ANNUAL_COLUMNS);
  return record === null || row.errors.length > 0
    ? { ok: false, errors: row.errors, warnings: [] }
    : { ok: true, record, warnings: [] };
}

function readMonth(row: Row, column: string): number | null {
  const value = text(row, column);
  if (value === null) return null;
  const month = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (month >= 1 && month <= 12) return month;
  fail(row, column, 'row.integer', { value, min: 1, max: 12 });
  return null;
}

function readPeriodik(row: Row): CheckInFrequency | null {
  const value = text(row, 'periodik');
  const period = value === null ? null : parsePeriodik(value);
  if (value !== null && period === null) fail(row, 'periodik', 'skp.periodik', { value });
  return period;
}

/** Blank, or a number from 0 (no fungsional position) to COEFFICIENT_MAX; '12,5' reads as 12.5. */
function readCoefficient(row: Row): number | null {
  const raw = unwrapCell(row.cells.koefisien);
  const value = cellText(raw);
  if (value === null) return null;
  const decimal = /^\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
  const coefficient = typeof raw === 'number' ? raw : decimal;
  if (coefficient >= 0 && coefficient <= COEFFICIENT_MAX) return coefficient;
  fail(row, 'koefisien', 'skp.coefficient', { value, max: COEFFICIENT_MAX });
  return null;
}

type PeriodFields = Omit<PeriodicSkpRecord, keyof AnnualSkpRecord>;

const yearMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/**
 * PermenPANRB 6/2022: a periodic appraisal covers one month, quarter or semester of the
 * performance year, and is made once the period has ended (its last month may be the current one).
 */
function checkPeriod(row: Row, fields: PeriodFields, year: number | null): void {
  const start = yearMonth(fields.fromYear, fields.fromMonth);
  const end = yearMonth(fields.toYear, fields.toMonth);
  const months = (fields.toYear - fields.fromYear) * 12 + fields.toMonth - fields.fromMonth + 1;
  const expected = PERIOD_MONTHS[fields.period];
  if (months < 1) fail(row, 'bulanMulaiPenilaian', 'skp.startAfterEnd', { start, end });
  else if (months !== expected) fail(row, 'periodik', 'skp.periodSpan', { start, end, months, expected });
  if (year !== null && (fields.fromYear !== year || fields.toYear !== year)) {
    fail(row, 'tahun', 'skp.periodOutsideYear', { start, end, year });
  }
  if (end > row.today.slice(0, 7)) fail(row, 'bulanSelesaiPenilaian', 'skp.periodNotEnded', { end });
}

function readPeriod(row: Row, year: number | null): PeriodFields | null {
  const fromMonth = readMonth(row, 'bulanMulaiPenilaian');
  const toMonth = readMonth(row, 'bulanSelesaiPenilaian');
  const fromYear = readYear(row, 'tahunMulaiPenilaian');
  const toYear = readYear(row, 'tahunSelesaiPenilaian');
  const period = readPeriodik(row);
  const coefficient = readCoefficient(row);
  if (fromMonth === null || toMonth === null || fromYear === null || toYear === null || period === null) {
    return null;
  }
  const fields = { period, fromYear, fromMonth, toYear, toMonth, coefficient };
  checkPeriod(row, fields, year);
  return fields;
}

/** Validates one row of a periodic appraisal file (kinerja periodik); cells as detectSkpLayout keys them. */
export function validatePeriodicSkpRow(cells: Cells, options: RowOptions): RowResult<PeriodicSkpRecord> {
  const row: Row = { cells, today: options.today, errors: [] };
  const annual = readAnnual(row, SKP_PERIODIC_COLUMNS);
  const period = readPeriod(row, annual.year);
  return annual.record === null || period === null || row.errors.length > 0
    ? { ok: false, errors: row.errors, warnings: [] }
    : { ok: true, record: { ...annual.record, ...period }, warnings: [] };
}
