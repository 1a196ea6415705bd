import {
  cellIssue,
  cellText,
  type HeaderMatch,
  type ImportColumn,
  matchHeader,
  missingRequired,
  type RowIssue,
  type RowResult,
  splitUnitPath,
  unitPathOf,
} from '../shared/import-cells';
import { forbiddenCharacter } from '../shared/text.rules';
import {
  type FungsionalLevel,
  inferFungsionalLevel,
  normalizePositionKind,
  POSITION_NAME_MAX,
  type PositionKind,
} from './position';
import { isUnitKind, normalizeUnitName, UNIT_NAME_MAX, type UnitKind } from './unit-tree.rules';

// Rows of the unit and position files an admin imports to set up the organisation. Like the
// employee rows, every problem of a row is reported at once, by column.

export type UnitImportLayout = 'path' | 'parent';

/** A unit by its path of names from the OPD down: 'Dinas Pendidikan > Bidang Pembinaan SD'. */
export const UNIT_PATH_COLUMNS: readonly ImportColumn[] = [
  { key: 'unit_kerja', required: true, example: 'Dinas Pendidikan > Bidang Pembinaan SD' },
  { key: 'jenis_unit', required: false, example: 'bidang' },
];

/** A unit by its name and its parent's name, for lists exported from other systems. */
export const UNIT_PARENT_COLUMNS: readonly ImportColumn[] = [
  { key: 'nama_unit', required: true, example: 'Bidang Pembinaan SD' },
  { key: 'induk_unit', required: false, example: 'Dinas Pendidikan' },
  { key: 'jenis_unit', required: false, example: 'bidang' },
];

export const POSITION_COLUMNS: readonly ImportColumn[] = [
  { key: 'jabatan', required: true, example: 'Analis SDM Aparatur Ahli Muda' },
  { key: 'jenis_jabatan', required: true, example: 'Fungsional' },
  { key: 'jenjang', required: false, example: 'Ahli Muda' },
  { key: 'eselon', required: false, example: '' },
];

export interface UnitImportRecord {
  /** Names from the top down; the last one is the unit the row is about. */
  path: string[];
  /** true: path[0] is a unit at the top; false: path[0] is a parent found anywhere by its name. */
  anchored: boolean;
  kind: UnitKind | null;
}

export interface PositionImportRecord {
  name: string;
  kind: PositionKind;
  level: FungsionalLevel | null;
}

export function detectUnitLayout(headerCells: readonly unknown[]): HeaderMatch<UnitImportLayout> {
  return matchHeader(headerCells, [
    ['path', UNIT_PATH_COLUMNS],
    ['parent', UNIT_PARENT_COLUMNS],
  ]);
}

export function detectPositionLayout(headerCells: readonly unknown[]): HeaderMatch<'jenjang'> {
  return matchHeader(headerCells, [['jenjang', POSITION_COLUMNS]]);
}

// How files name kinds of units ('Dinas', 'UPTD', 'Sub Bagian', 'Suku Dinas'), by cleaned text.
const UNIT_KIND_ALIASES: Record<string, UnitKind> = {
  perangkat_daerah: 'opd',
  sekretariat_daerah: 'sekretariat',
  sekretariat_dprd: 'sekretariat',
  setda: 'sekretariat',
  inspektorat_daerah: 'inspektorat',
  uptd: 'upt',
  unit_pelaksana_teknis: 'upt',
  unit_pelaksana_teknis_daerah: 'upt',
  sub_bagian: 'subbagian',
  subbag: 'subbagian',
  suku_dinas: 'sudin',
  rumah_sakit: 'rsud',
  rumah_sakit_umum_daerah: 'rsud',
  bag: 'bagian',
  sie: 'seksi',
  kota_adm: 'kota_administrasi',
  kabupaten_adm: 'kabupaten_administrasi',
};

/** A kind of unit as a file writes it, or null when it names none of UNIT_KINDS. */
export function parseUnitKind(text: string): UnitKind | null {
  const key = text
    .toLowerCase()
    .replace(/[.\-/]+/g, ' ')
    .trim()
    .replace(/\s+/g, '_');
  if (isUnitKind(key)) return key;
  return Object.hasOwn(UNIT_KIND_ALIASES, key) ? UNIT_KIND_ALIASES[key]! : null;
}

function checkNames(
  cells: Record<string, unknown>,
  column: string,
  names: string[],
  errors: RowIssue[],
  max = UNIT_NAME_MAX,
) {
  const long = names.find((name) => name.length > max);
  if (long !== undefined) {
    errors.push(cellIssue(cells, column, 'row.nameTooLong', { max, length: long.length }));
  }
  // The rule every name typed into a form follows (text.rules.ts); line breaks in a cell became
  // spaces already (normalizeUnitName).
  for (const name of names) {
    const character = forbiddenCharacter(name);
    if (character) {
      errors.push(cellIssue(cells, column, 'row.forbiddenCharacter', { character }));
      break;
    }
  }
}

/** Validates one row of a unit file; cells are keyed by column key (see rowCells). */
export function validateUnitRow(
  cells: Record<string, unknown>,
  layout: UnitImportLayout,
): RowResult<UnitImportRecord> {
  const errors = missingRequired(cells, layout === 'path' ? UNIT_PATH_COLUMNS : UNIT_PARENT_COLUMNS);
  const kindText = cellText(cells.jenis_unit);
  const kind = kindText === null ? null : parseUnitKind(kindText);
  if (kindText !== null && kind === null) errors.push(cellIssue(cells, 'jenis_unit', 'row.unitKind'));
  let record: UnitImportRecord;
  if (layout === 'path') {
    const path = unitPathOf(splitUnitPath(cellText(cells.unit_kerja))).map(normalizeUnitName);
    checkNames(cells, 'unit_kerja', path, errors);
    record = { path, anchored: true, kind };
  } else {
    const name = normalizeUnitName(cellText(cells.nama_unit) ?? '');
    const parent = cellText(cells.induk_unit);
    checkNames(cells, 'nama_unit', [name], errors);
    if (parent !== null) checkNames(cells, 'induk_unit', [normalizeUnitName(parent)], errors);
    record = {
      path: parent === null ? [name] : [normalizeUnitName(parent), name],
      anchored: parent === null,
      kind,
    };
  }
  if (errors.length > 0 || record.path.length === 0) return { ok: false, errors, warnings: [] };
  return { ok: true, record, warnings: [] };
}

/**
 * Validates one row of a position file. The kind is read as SIASN writes it (struktural posts
 * mapped by eselon, UU 5/2014 art. 131); a fungsional position needs its jenjang (PermenPANRB
 * 1/2023), from the jenjang column or else from its name ('… Ahli Muda').
 */
export function validatePositionRow(cells: Record<string, unknown>): RowResult<PositionImportRecord> {
  const errors = missingRequired(cells, POSITION_COLUMNS);
  const name = normalizeUnitName(cellText(cells.jabatan) ?? '');
  checkNames(cells, 'jabatan', [name], errors, POSITION_NAME_MAX);
  const kindText = cellText(cells.jenis_jabatan);
  let kind: PositionKind | null = null;
  if (kindText !== null) {
    const result = normalizePositionKind(kindText, cellText(cells.eselon));
    if (result.ok) kind = result.kind;
    else errors.push(cellIssue(cells, 'jenis_jabatan', result.code, result.params));
  }
  const levelText = cellText(cells.jenjang);
  const level = levelText === null ? inferFungsionalLevel(name) : inferFungsionalLevel(levelText);
  if (levelText !== null && level === null) errors.push(cellIssue(cells, 'jenjang', 'row.positionLevel'));
  if (kind === 'fungsional' && level === null && levelText === null) {
    errors.push(cellIssue(cells, 'jenjang', 'position.levelRequired'));
  }
  if (kind !== null && kind !== 'fungsional' && levelText !== null) {
    errors.push(cellIssue(cells, 'jenjang', 'position.levelNotAllowed'));
  }
  if (errors.length > 0 || kind === null) return { ok: false, errors, warnings: [] };
  return { ok: true, record: { name, kind, level: kind === 'fungsional' ? level : null }, warnings: [] };
}
