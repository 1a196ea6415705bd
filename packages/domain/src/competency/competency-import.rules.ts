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
import { type AssessmentMethod, normaliseCompetencyCode } from './competency-dictionary';
import { COMPETENCY_LEVEL } from './competency-gap.rules';

// Rows of the two competency files an agency brings: assessment results (one level of one
// competency of one employee, from an assessment centre's report, a supervisor's or a test's) and
// position standards (one required level of one competency of one position). Like every import,
// each row's problems are reported at once, by column; whether the employee, the position and the
// competency exist is the merge's to say (it knows the government).

/** NIP, kode kompetensi, level, tanggal, metode: what an assessment report lists per person. */
export const ASSESSMENT_COLUMNS: readonly ImportColumn[] = [
  { key: 'nip', required: true, example: '198503122010011003' },
  { key: 'kode_kompetensi', required: true, example: 'M.1' },
  { key: 'level', required: true, example: '3' },
  { key: 'tanggal_penilaian', required: true, example: '15-08-2026' },
  { key: 'metode', required: true, example: 'Assessment Center' },
  { key: 'penilai', required: false, example: 'UPT Penilaian Kompetensi BKN' },
  { key: 'sumber', required: false, example: 'Laporan Asesmen No. 800/123/2026' },
];

export const STANDARD_COLUMNS: readonly ImportColumn[] = [
  { key: 'jabatan', required: true, example: 'Analis SDM Aparatur Ahli Muda' },
  { key: 'kode_kompetensi', required: true, example: 'M.1' },
  { key: 'level', required: true, example: '3' },
];

export interface AssessmentImportRecord {
  nip: string;
  code: string;
  level: number;
  assessedOn: string;
  method: AssessmentMethod;
  assessor: string | null;
  source: string | null;
}

export interface StandardImportRecord {
  positionName: string;
  code: string;
  level: number;
}

export function detectAssessmentLayout(headerCells: readonly unknown[]): HeaderMatch<'penilaian'> {
  return matchHeader(headerCells, [['penilaian', ASSESSMENT_COLUMNS]]);
}

export function detectStandardLayout(headerCells: readonly unknown[]): HeaderMatch<'skj'> {
  return matchHeader(headerCells, [['skj', STANDARD_COLUMNS]]);
}

// How reports name the methods, by cleaned text (a Map: 'constructor' is no method).
const METHOD_ALIASES = new Map<string, AssessmentMethod>(
  Object.entries({
    assessment_center: 'assessmentCentre',
    assessment_centre: 'assessmentCentre',
    ac: 'assessmentCentre',
    asesmen: 'assessmentCentre',
    assessment: 'assessmentCentre',
    pusat_penilaian: 'assessmentCentre',
    pusat_asesmen: 'assessmentCentre',
    assessmentcentre: 'assessmentCentre',
    atasan: 'supervisor',
    penilaian_atasan: 'supervisor',
    atasan_langsung: 'supervisor',
    supervisor: 'supervisor',
    mandiri: 'self',
    penilaian_mandiri: 'self',
    diri_sendiri: 'self',
    self: 'self',
    self_assessment: 'self',
    tes: 'test',
    test: 'test',
    uji: 'test',
    uji_kompetensi: 'test',
    tes_tertulis: 'test',
    cat: 'test',
  }) as [string, AssessmentMethod][],
);

/** A method as a report writes it ('Assessment Center', 'Atasan', 'Mandiri', 'Uji Kompetensi'), or null. */
export function parseAssessmentMethod(text: string): AssessmentMethod | null {
  const key = text
    .toLowerCase()
    .replace(/[.\-/()]+/g, ' ')
    .trim()
    .replace(/\s+/g, '_');
  return METHOD_ALIASES.get(key) ?? null;
}

function readCode(cells: Record<string, unknown>, errors: RowIssue[]): string | null {
  const text = cellText(cells.kode_kompetensi);
  if (text === null) return null;
  const code = normaliseCompetencyCode(text);
  if (code === null) errors.push(cellIssue(cells, 'kode_kompetensi', 'competency.code', { value: text }));
  return code;
}

/** A level is a whole number 1–5 (PermenPANRB 38/2017); '3', 3 and 3.0 are the same level. */
function readLevel(cells: Record<string, unknown>, errors: RowIssue[]): number | null {
  const raw = unwrapCell(cells.level);
  const text = cellText(raw);
  if (text === null) return null;
  const level =
    typeof raw === 'number' ? raw : /^\d+(?:[.,]0+)?$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
  if (Number.isInteger(level) && level >= COMPETENCY_LEVEL.min && level <= COMPETENCY_LEVEL.max) return level;
  errors.push(
    cellIssue(cells, 'level', 'row.integer', { min: COMPETENCY_LEVEL.min, max: COMPETENCY_LEVEL.max }),
  );
  return null;
}

export function validateAssessmentRow(
  cells: Record<string, unknown>,
  options: RowOptions,
): RowResult<AssessmentImportRecord> {
  const errors = missingRequired(cells, ASSESSMENT_COLUMNS);
  const nip = readNipCell(cells, 'nip', errors);
  const code = readCode(cells, errors);
  const level = readLevel(cells, errors);
  let assessedOn = readDateCell(cells, 'tanggal_penilaian', errors);
  if (assessedOn !== null && assessedOn > options.today) {
    errors.push(cellIssue(cells, 'tanggal_penilaian', 'competency.futureAssessment', { value: assessedOn }));
    assessedOn = null;
  }
  const methodText = cellText(cells.metode);
  const method = methodText === null ? null : parseAssessmentMethod(methodText);
  if (methodText !== null && method === null) {
    errors.push(cellIssue(cells, 'metode', 'competency.method', { value: methodText }));
  }
  const assessor = readTextCell(cells, 'penilai', 200, errors);
  const source = readTextCell(cells, 'sumber', 200, errors);
  if (
    errors.length > 0 ||
    nip === null ||
    code === null ||
    level === null ||
    assessedOn === null ||
    method === null
  ) {
    return { ok: false, errors, warnings: [] };
  }
  return { ok: true, record: { nip, code, level, assessedOn, method, assessor, source }, warnings: [] };
}

export function validateStandardRow(cells: Record<string, unknown>): RowResult<StandardImportRecord> {
  const errors = missingRequired(cells, STANDARD_COLUMNS);
  const positionName = readTextCell(cells, 'jabatan', 200, errors);
  const code = readCode(cells, errors);
  const level = readLevel(cells, errors);
  if (errors.length > 0 || positionName === null || code === null || level === null) {
    return { ok: false, errors, warnings: [] };
  }
  return { ok: true, record: { positionName, code, level }, warnings: [] };
}
