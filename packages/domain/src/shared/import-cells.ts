import { parseCalendarDate } from './calendar-date';
import { forbiddenCharacter } from './text.rules';

// What every import (employees, units, positions) shares: reading spreadsheet cells as text,
// recognising a header row among several layouts, and the shape of a row's verdict. Each import
// kind brings its own columns and row rules; the server runs them all through one pipeline.

export interface ImportColumn {
  key: string;
  required: boolean;
  example: string;
  /** Another column that satisfies the requirement instead of this one. */
  or?: string;
}

/** One problem with one cell: the code names a message in i18n (errors.* or warnings.*). */
export interface RowIssue {
  column: string;
  value: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface RowOptions {
  /** 'YYYY-MM-DD', the import date in the government's time zone: rules never read the clock. */
  today: string;
  minAgeAtAppointment?: number;
}

export type RowResult<R> =
  | { ok: true; record: R; warnings: RowIssue[] }
  | { ok: false; errors: RowIssue[]; warnings: RowIssue[] };

export type HeaderMatch<L extends string = string> =
  | { ok: true; layout: L; columnIndex: Record<string, number> }
  | { ok: false; code: 'import.noHeader' };

/** 'NIP Baru', ' nip-baru ', '\uFEFFnip_baru', 'nip_baru*' all name the column nip_baru. */
export function headerKey(cell: unknown): string {
  return String(cellText(cell) ?? '')
    .replace(/^\uFEFF/, '')
    .replace(/\*+$/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Finds which layout a header row belongs to, trying them in the given order: the first whose
 * required columns (or their alternatives) are all present wins.
 */
export function matchHeader<L extends string>(
  headerCells: readonly unknown[],
  layouts: readonly (readonly [L, readonly ImportColumn[]])[],
): HeaderMatch<L> {
  const keys = headerCells.map(headerKey);
  for (const [layout, columns] of layouts) {
    const columnIndex: Record<string, number> = {};
    for (const column of columns) {
      const index = keys.indexOf(column.key);
      if (index >= 0) columnIndex[column.key] = index;
    }
    const present = (key: string | undefined) => key !== undefined && key in columnIndex;
    if (columns.every((c) => !c.required || present(c.key) || present(c.or))) {
      return { ok: true, layout, columnIndex };
    }
  }
  return { ok: false, code: 'import.noHeader' };
}

/** Picks a data row's cells by column key, ready for a row validator. */
export function rowCells(
  row: readonly unknown[],
  columnIndex: Record<string, number>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(columnIndex).map(([key, index]) => [key, row[index]]));
}

/** Spreadsheets end with rows that only look empty; skip them instead of reporting them. */
export function isBlankRow(cells: Record<string, unknown>): boolean {
  return Object.values(cells).every((cell) => cellText(cell) === null);
}

// exceljs wraps some cells: formulas as {result}, rich text as {richText: [{text}]}, links as {text}.
export function unwrapCell(cell: unknown): unknown {
  if (cell === null || typeof cell !== 'object' || cell instanceof Date) return cell;
  const wrapped = cell as { result?: unknown; richText?: { text?: string }[]; text?: unknown };
  if ('result' in wrapped) return unwrapCell(wrapped.result);
  if (Array.isArray(wrapped.richText)) return wrapped.richText.map((part) => part.text ?? '').join('');
  if ('text' in wrapped) return unwrapCell(wrapped.text);
  return null;
}

/** Trimmed text of a cell, whitespace collapsed; empty cells and the '-' placeholder are null. */
export function cellText(cell: unknown): string | null {
  const value = unwrapCell(cell);
  if (value === null || value === undefined) return null;
  const text = (value instanceof Date ? value.toISOString().slice(0, 10) : String(value))
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' || /^[-\u2013\u2014]$/.test(text) ? null : text;
}

/**
 * Characters of a cell an issue quotes, in its value and in its message's parameters: enough to
 * find the cell in the file. A cell may hold 32,767; quoting it whole on every row of a 100 KB
 * workbook whose rows all name one such text made an import hold gigabytes.
 */
export const QUOTE_MAX_CHARS = 200;
const ELLIPSIS = '\u2026';

/** The text as an issue quotes it: at most QUOTE_MAX_CHARS characters, a cut marked with '…'. */
export function quoteCell(text: string): string {
  if (text.length <= QUOTE_MAX_CHARS) return text;
  let end = QUOTE_MAX_CHARS - ELLIPSIS.length;
  // Never half a character: a high surrogate at the cut goes with its pair.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

/** The issue with its value and every text parameter quoted (see quoteCell); numbers stay. */
export function boundedIssue(issue: RowIssue): RowIssue {
  const long = (text: unknown) => typeof text === 'string' && text.length > QUOTE_MAX_CHARS;
  const params = issue.params;
  const longParam = params !== undefined && Object.values(params).some(long);
  if (!long(issue.value) && !longParam) return issue;
  const bounded: RowIssue = { ...issue, value: quoteCell(issue.value) };
  if (params !== undefined && longParam) {
    bounded.params = Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        typeof value === 'string' ? quoteCell(value) : value,
      ]),
    );
  }
  return bounded;
}

/** An issue about one cell, quoting what the cell holds (cut as quoteCell does). */
export function cellIssue(
  cells: Record<string, unknown>,
  column: string,
  code: string,
  params?: RowIssue['params'],
): RowIssue {
  const value = cellText(cells[column]) ?? '';
  return boundedIssue(params === undefined ? { column, value, code } : { column, value, code, params });
}

/** Whether every required column (or its alternative) of the layout has a value in this row. */
export function missingRequired(
  cells: Record<string, unknown>,
  columns: readonly ImportColumn[],
): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const column of columns) {
    const filled =
      cellText(cells[column.key]) !== null ||
      (column.or !== undefined && cellText(cells[column.or]) !== null);
    if (column.required && !filled) {
      issues.push(cellIssue(cells, column.key, 'row.required', { column: column.key }));
    }
  }
  return issues;
}

/** 'Dinas Pendidikan / Bidang SMP' or 'Dinas Pendidikan > Bidang SMP'; '/' only with spaces around it ('UPT SD/SMP' is one name). */
export function splitUnitPath(text: string | null): string[] {
  return (text ?? '').split(/\s+\/\s+|\s*>\s*/);
}

/**
 * Unit names from the OPD down, blanks dropped, a name repeated (case-insensitively) kept once:
 * SIASN repeats the OPD as satuan kerja and unor. Every import resolves names to units this way.
 */
export function unitPathOf(parts: readonly (string | null)[]): string[] {
  const path: string[] = [];
  for (const part of parts.map((p) => (p ?? '').trim())) {
    if (part !== '' && !path.some((seen) => seen.toLowerCase() === part.toLowerCase())) path.push(part);
  }
  return path;
}

/**
 * A free-text cell of at most `max` characters without the characters no form accepts
 * (text.rules.ts), or null when empty; its problem is pushed to `errors`.
 */
export function readTextCell(
  cells: Record<string, unknown>,
  column: string,
  max: number,
  errors: RowIssue[],
): string | null {
  const text = column === '' ? null : cellText(cells[column]);
  if (text === null) return null;
  if (text.length > max) {
    errors.push(cellIssue(cells, column, 'row.nameTooLong', { max, length: text.length }));
    return null;
  }
  const character = forbiddenCharacter(text, { multiline: false });
  if (character) {
    errors.push(cellIssue(cells, column, 'row.forbiddenCharacter', { character }));
    return null;
  }
  return text;
}

/** A calendar day in any of the ways spreadsheets hold one (calendar-date.ts), or null when empty. */
export function readDateCell(
  cells: Record<string, unknown>,
  column: string,
  errors: RowIssue[],
): string | null {
  const raw = unwrapCell(cells[column]);
  if (cellText(raw) === null) return null;
  const parsed = parseCalendarDate(typeof raw === 'number' || raw instanceof Date ? raw : cellText(raw));
  if (parsed.ok) return parsed.value;
  errors.push(cellIssue(cells, column, parsed.code, parsed.params));
  return null;
}
