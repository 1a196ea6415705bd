import { readNipCell } from '../people/nip-cell';
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
  readDateCell,
  readTextCell,
  unwrapCell,
} from '../shared/import-cells';
import { type DevelopmentPath, parseDevelopmentPath } from './development-paths';

// Rows of an employee's development history (riwayat pengembangan kompetensi): SIASN's "riwayat
// diklat" and "riwayat kursus" as they are downloaded, or Jenjang's own template. Each row is one
// completed activity with its JP; the JP year is the year it ended (PP 17/2020 art. 203(4): JP are
// counted per year). Whether the NIP belongs to the government is the merge's to say.

export type DevelopmentLayout = 'jenjang' | 'siasnDiklat' | 'siasnKursus';

export const DEVELOPMENT_COLUMNS: readonly ImportColumn[] = [
  { key: 'nip', required: true, example: '198503122010011003' },
  { key: 'nama_kegiatan', required: true, example: 'Pelatihan Analisis Kebijakan Publik' },
  { key: 'jenis', required: false, example: 'Kursus' },
  { key: 'kategori', required: false, example: 'Teknis' },
  { key: 'jalur', required: false, example: 'KL03' },
  { key: 'penyelenggara', required: false, example: 'BPSDM Provinsi' },
  { key: 'nomor_sertifikat', required: false, example: '800/123/BPSDM/2026' },
  { key: 'tanggal_mulai', required: false, example: '03-08-2026' },
  { key: 'tanggal_selesai', required: true, example: '05-08-2026' },
  { key: 'jp', required: true, example: '24' },
];

/** SIASN "riwayat diklat" (struktural, fungsional, teknis), by its column names. */
export const SIASN_DIKLAT_COLUMNS: readonly ImportColumn[] = [
  { key: 'nip', required: true, or: 'nip_baru', example: '198503122010011003' },
  { key: 'nip_baru', required: false, example: '198503122010011003' },
  { key: 'nama_diklat', required: true, example: 'Pelatihan Kepemimpinan Pengawas' },
  { key: 'jenis_diklat', required: false, example: 'Struktural' },
  { key: 'institusi_penyelenggara', required: false, example: 'BPSDM Provinsi' },
  { key: 'nomor_sertifikat', required: false, example: '800/123/BPSDM/2026' },
  { key: 'tanggal', required: false, example: '01-03-2026' },
  { key: 'tanggal_selesai', required: true, or: 'tahun', example: '30-06-2026' },
  { key: 'tahun', required: false, example: '2026' },
  { key: 'jumlah_jam', required: true, example: '120' },
];

/** SIASN "riwayat kursus", by its column names. */
export const SIASN_KURSUS_COLUMNS: readonly ImportColumn[] = [
  { key: 'nip', required: true, or: 'nip_baru', example: '198503122010011003' },
  { key: 'nip_baru', required: false, example: '198503122010011003' },
  { key: 'nama_kursus', required: true, example: 'Kursus Bahasa Inggris' },
  { key: 'jenis_kursus', required: false, example: 'Kursus' },
  { key: 'institusi_penyelenggara', required: false, example: 'LAN RI' },
  { key: 'nomor_sertipikat', required: false, example: 'LAN/2026/0456' },
  { key: 'tanggal_kursus', required: false, example: '10-02-2026' },
  { key: 'tanggal_selesai_kursus', required: true, or: 'tahun_kursus', example: '12-02-2026' },
  { key: 'tahun_kursus', required: false, example: '2026' },
  { key: 'jumlah_jam', required: true, example: '16' },
];

export interface DevelopmentImportRecord {
  nip: string;
  kind: 'diklat' | 'kursus';
  category: string | null;
  name: string;
  pathCode: DevelopmentPath | null;
  institution: string | null;
  certificateNumber: string | null;
  startedOn: string | null;
  endedOn: string;
  jp: number;
}

export function detectDevelopmentLayout(headerCells: readonly unknown[]): HeaderMatch<DevelopmentLayout> {
  return matchHeader(headerCells, [
    ['jenjang', DEVELOPMENT_COLUMNS],
    ['siasnDiklat', SIASN_DIKLAT_COLUMNS],
    ['siasnKursus', SIASN_KURSUS_COLUMNS],
  ]);
}

/** Which cell of a layout holds each field. */
const FIELDS: Record<DevelopmentLayout, Record<string, string>> = {
  jenjang: {
    name: 'nama_kegiatan',
    category: 'kategori',
    institution: 'penyelenggara',
    certificate: 'nomor_sertifikat',
    start: 'tanggal_mulai',
    end: 'tanggal_selesai',
    year: '',
    jp: 'jp',
  },
  siasnDiklat: {
    name: 'nama_diklat',
    category: 'jenis_diklat',
    institution: 'institusi_penyelenggara',
    certificate: 'nomor_sertifikat',
    start: 'tanggal',
    end: 'tanggal_selesai',
    year: 'tahun',
    jp: 'jumlah_jam',
  },
  siasnKursus: {
    name: 'nama_kursus',
    category: 'jenis_kursus',
    institution: 'institusi_penyelenggara',
    certificate: 'nomor_sertipikat',
    start: 'tanggal_kursus',
    end: 'tanggal_selesai_kursus',
    year: 'tahun_kursus',
    jp: 'jumlah_jam',
  },
};

/** At most 2,000 JP for one activity (a year of full-time study is about 1,500). */
export const JP_PER_ACTIVITY_MAX = 2000;

/** JP as a positive number of at most two decimals ('24', 24, '2,5'). */
function readJp(cells: Record<string, unknown>, column: string, errors: RowIssue[]): number | null {
  const raw = unwrapCell(cells[column]);
  const text = cellText(raw);
  if (text === null) return null;
  const jp =
    typeof raw === 'number'
      ? raw
      : /^\d+([.,]\d{1,2})?$/.test(text)
        ? Number(text.replace(',', '.'))
        : Number.NaN;
  if (Number.isFinite(jp) && jp > 0 && jp <= JP_PER_ACTIVITY_MAX && Math.round(jp * 100) === jp * 100)
    return jp;
  errors.push(cellIssue(cells, column, 'development.jp', { value: text, max: JP_PER_ACTIVITY_MAX }));
  return null;
}

/** 'Diklat', 'Pelatihan', 'Kursus': which of SIASN's two histories a template row belongs to. */
function readKind(cells: Record<string, unknown>, layout: DevelopmentLayout, errors: RowIssue[]) {
  if (layout === 'siasnDiklat') return 'diklat';
  if (layout === 'siasnKursus') return 'kursus';
  const text = cellText(cells.jenis)?.toLowerCase() ?? 'kursus';
  if (/^(diklat|pelatihan)$/.test(text)) return 'diklat';
  if (/^kursus$/.test(text)) return 'kursus';
  errors.push(cellIssue(cells, 'jenis', 'development.kind', { value: text }));
  return null;
}

/**
 * One completed activity. Its end day decides its JP year; without one, SIASN's year column
 * stands for its last day (with a warning). Refused: no JP or more than JP_PER_ACTIVITY_MAX, an end
 * after today (not completed), a start after the end, an unknown path code.
 */
export function validateDevelopmentRow(
  cells: Record<string, unknown>,
  layout: DevelopmentLayout,
  options: RowOptions,
): RowResult<DevelopmentImportRecord> {
  const columns =
    layout === 'jenjang'
      ? DEVELOPMENT_COLUMNS
      : layout === 'siasnDiklat'
        ? SIASN_DIKLAT_COLUMNS
        : SIASN_KURSUS_COLUMNS;
  const errors = missingRequired(cells, columns);
  const warnings: RowIssue[] = [];
  const f = FIELDS[layout];
  const nip = readNipCell(cells, cellText(cells.nip) !== null ? 'nip' : 'nip_baru', errors);
  const kind = readKind(cells, layout, errors);
  const name = readTextCell(cells, f.name!, 300, errors);
  const category = readTextCell(cells, f.category!, 100, errors);
  const institution = readTextCell(cells, f.institution!, 200, errors);
  const certificateNumber = readTextCell(cells, f.certificate!, 100, errors);
  const pathText = layout === 'jenjang' ? cellText(cells.jalur) : null;
  const pathCode = pathText === null ? null : parseDevelopmentPath(pathText);
  if (pathText !== null && pathCode === null)
    errors.push(cellIssue(cells, 'jalur', 'development.path', { value: pathText }));
  const startedOn = readDateCell(cells, f.start!, errors);
  let endedOn = readDateCell(cells, f.end!, errors);
  if (endedOn === null && f.year && cellText(cells[f.end!]) === null) {
    const year = cellText(cells[f.year]);
    if (year !== null && /^(19|20)\d{2}$/.test(year)) {
      endedOn = `${year}-12-31` > options.today ? options.today : `${year}-12-31`;
      warnings.push(cellIssue(cells, f.year, 'development.yearOnly', { year }));
    } else if (year !== null) errors.push(cellIssue(cells, f.year, 'development.year', { value: year }));
  }
  if (endedOn !== null && endedOn > options.today) {
    errors.push(cellIssue(cells, f.end!, 'development.notCompleted', { value: endedOn }));
  }
  if (startedOn !== null && endedOn !== null && startedOn > endedOn) {
    errors.push(cellIssue(cells, f.start!, 'development.startAfterEnd', { start: startedOn, end: endedOn }));
  }
  const jp = readJp(cells, f.jp!, errors);
  if (
    errors.length > 0 ||
    nip === null ||
    kind === null ||
    name === null ||
    endedOn === null ||
    jp === null
  ) {
    return { ok: false, errors, warnings };
  }
  return {
    ok: true,
    record: { nip, kind, category, name, pathCode, institution, certificateNumber, startedOn, endedOn, jp },
    warnings,
  };
}
