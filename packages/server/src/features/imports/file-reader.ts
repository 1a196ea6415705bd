import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { isBlankRow } from '@jenjang/domain/employee-import.rules';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { JobProblem } from '../jobs/job-runner';

// Reads employee files row by row without ever holding the whole file: a province's SIASN export
// is hundreds of megabytes. The file's type comes from its bytes, not its name, because users
// rename files ("pegawai.csv" that is really an .xlsx) and browsers send whatever extension it had.

export type CsvEncoding = 'utf8' | 'latin1';

export type FileType =
  | { kind: 'csv'; encoding: CsvEncoding }
  | { kind: 'xlsx' }
  | { kind: 'empty' }
  /** legacyExcel: an Excel 97–2003 .xls, which deserves its own advice (save as .xlsx). */
  | { kind: 'unsupported'; legacyExcel: boolean };

export interface SheetRow {
  /** The row number Excel shows for this row; the header is row 1 in a typical file. */
  rowNumber: number;
  values: unknown[];
}

export interface KeyedRow {
  rowNumber: number;
  /** Cells by column key (see detectLayout's columnIndex), ready for validateEmployeeRow. */
  cells: Record<string, unknown>;
}

const SAMPLE_BYTES = 64 * 1024;
// An xlsx keeps its zip directory (the list of entry names) at the end of the file.
const ZIP_TAIL_BYTES = 1024 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const XLSX_WORKBOOK_ENTRY = Buffer.from('xl/workbook.xml');
/** How many non-blank rows may precede the header (report titles, export dates, blank lines). */
const HEADER_SEARCH_ROWS = 10;

async function readAt(file: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decides CSV, XLSX, empty or unsupported from the first 64 KB (and, for zips, the last 1 MB). */
export async function sniffFileType(file: string): Promise<FileType> {
  const { size } = await stat(file);
  if (size === 0) return { kind: 'empty' };
  const sample = await readAt(file, 0, Math.min(size, SAMPLE_BYTES));
  if (sample.subarray(0, 4).equals(ZIP_MAGIC)) {
    const tailStart = Math.max(0, size - ZIP_TAIL_BYTES);
    const tail = await readAt(file, tailStart, size - tailStart);
    // A .docx or .zip is a zip too; only a workbook has this entry.
    return tail.includes(XLSX_WORKBOOK_ENTRY)
      ? { kind: 'xlsx' }
      : { kind: 'unsupported', legacyExcel: false };
  }
  if (sample.subarray(0, 8).equals(OLE_MAGIC)) return { kind: 'unsupported', legacyExcel: true };
  return sniffText(sample, size);
}

function sniffText(sample: Buffer, size: number): FileType {
  const text = sample.subarray(0, 3).equals(UTF8_BOM) ? sample.subarray(3) : sample;
  if (!looksLikeText(text)) return { kind: 'unsupported', legacyExcel: false };
  if (size <= SAMPLE_BYTES && text.toString('latin1').trim() === '') return { kind: 'empty' };
  return { kind: 'csv', encoding: isUtf8(text) ? 'utf8' : 'latin1' };
}

/** Text files have no NUL bytes and almost no control characters; images, PDFs and UTF-16 do. */
function looksLikeText(bytes: Buffer): boolean {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return false;
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= bytes.length / 100;
}

/** Excel on Windows saves "CSV" in the ANSI code page; those bytes are not valid UTF-8. */
function isUtf8(bytes: Buffer): boolean {
  try {
    // stream: a multi-byte character cut off at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The separator the header line uses most: ';' (Indonesian Excel), ',' or a tab. */
export function detectDelimiter(sample: string): string {
  const firstLine =
    sample
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

async function* csvRows(
  input: ReadStream,
  encoding: CsvEncoding,
  delimiter: string,
): AsyncGenerator<SheetRow> {
  const parser = input.pipe(
    parse({
      delimiter,
      encoding,
      bom: true,
      // Messy files: ragged rows, a stray quote in "5" disk", spaces around quoted values.
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      skip_empty_lines: false,
    }),
  );
  input.on('error', (error) => parser.destroy(error));
  // Blank lines are records too (['']), so counting records gives Excel's row numbers.
  let rowNumber = 0;
  try {
    for await (const values of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, values };
    }
  } catch (error) {
    // csv-parse's own codes (CSV_QUOTE_NOT_CLOSED…): a broken file, said where, in the user's language.
    const csvError = error as { code?: unknown; records?: unknown };
    if (String(csvError.code).startsWith('CSV_')) {
      // `records` counts the records completed before the broken one.
      throw new JobProblem('import.csvBroken', { row: Number(csvError.records ?? rowNumber) + 1 });
    }
    throw error;
  }
}

async function* xlsxRows(input: ReadStream): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell date cells from numbers, so dates arrive as Date rather than serials.
    styles: 'cache',
    entries: 'ignore',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      // exceljs rows are 1-based sparse arrays.
      yield { rowNumber: row.number, values: (row.values as unknown[]).slice(1) };
    }
    return; // the first worksheet only
  }
}

function isBlankValues(values: readonly unknown[]): boolean {
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' || value.trim() !== '') return false;
  }
  return true;
}

/**
 * An open employee file: `header()` finds the header row, then `rows()` yields the data rows
 * after it, keyed by column, skipping rows that are blank in every imported column.
 */
export class SheetReader {
  private readonly source: AsyncGenerator<SheetRow>;

  private constructor(
    private readonly input: ReadStream,
    source: AsyncGenerator<SheetRow>,
    readonly size: number,
  ) {
    this.source = source;
  }

  static async open(file: string, type: { kind: 'csv'; encoding: CsvEncoding } | { kind: 'xlsx' }) {
    const { size } = await stat(file);
    const input = createReadStream(file, { highWaterMark: 1024 * 1024 });
    if (type.kind === 'xlsx') return new SheetReader(input, xlsxRows(input), size);
    const sample = (await readAt(file, 0, Math.min(size, SAMPLE_BYTES))).toString(type.encoding);
    return new SheetReader(input, csvRows(input, type.encoding, detectDelimiter(sample)), size);
  }

  /** Bytes of the file consumed so far, for a progress bar. */
  get bytesRead(): number {
    return this.input.bytesRead;
  }

  /**
   * The first row `accept` recognises among the first non-blank rows, with its result; null
   * when the file has no non-blank row at all, `{ rejected }` when none was recognised.
   */
  async header<T>(
    accept: (values: unknown[]) => T | null,
  ): Promise<{ row: SheetRow; match: T } | { rejected: true } | null> {
    let seen = 0;
    while (seen < HEADER_SEARCH_ROWS) {
      const next = await this.source.next();
      if (next.done) return seen === 0 ? null : { rejected: true };
      if (isBlankValues(next.value.values)) continue;
      seen++;
      const match = accept(next.value.values);
      if (match !== null) return { row: next.value, match };
    }
    return { rejected: true };
  }

  async *rows(columnIndex: Record<string, number>): AsyncGenerator<KeyedRow> {
    const pick = cellPicker(columnIndex);
    for await (const { rowNumber, values } of this.source) {
      const cells = pick(values);
      if (!hasText(cells) && isBlankRow(cells)) continue;
      yield { rowNumber, cells };
    }
  }

  async close(): Promise<void> {
    await this.source.return(undefined).catch(() => {});
    this.input.destroy();
  }
}

/**
 * Compiles `values => ({ nip_baru: values[1], nama: values[3], … })` for the file's columns. An
 * object literal has one fixed shape, built in one step; adding keys one by one to a million
 * objects cost a microsecond a row and left them slow to read. Keys come from the domain's column
 * list and indexes are numbers, so nothing from the file enters the code.
 */
function cellPicker(columnIndex: Record<string, number>): (values: unknown[]) => Record<string, unknown> {
  const fields = Object.entries(columnIndex).map(
    ([key, index]) => `${JSON.stringify(key)}: values[${Number(index)}]`,
  );
  return new Function('values', `return { ${fields.join(', ')} };`) as (
    values: unknown[],
  ) => Record<string, unknown>;
}

/** A cheap first look: most rows start with a filled cell, so the full blank check rarely runs. */
function hasText(cells: Record<string, unknown>): boolean {
  for (const key in cells) {
    const value = cells[key];
    if (typeof value === 'string' && value.length > 1 && value.charCodeAt(0) > 32) return true;
  }
  return false;
}
