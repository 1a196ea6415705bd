import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { isBlankRow } from '@jenjang/domain/people/employee-import.rules';
import { type Parser, parse } from 'csv-parse';
import { JobProblem } from '../jobs/job-outcome';
import { CSV_MAX_RECORD_CHARS, DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits';
import { type SheetRow, XlsxReader } from './xlsx-reader';

export type { SheetRow } from './xlsx-reader';

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

/**
 * csv-parse bounds a record's characters (max_record_size) but not its cells: a line of 100
 * million semicolons is 100 million empty cells in one array. Its state is public, so after each
 * chunk (1 MB at most) the record being built is measured.
 */
function boundRecordWidth(parser: Parser, maxColumns: number): void {
  const transform = parser._transform.bind(parser);
  parser._transform = (chunk, encoding, callback) =>
    transform(chunk, encoding, (error?: Error | null) => {
      const building = (parser as unknown as { state: { record: unknown[] } }).state.record.length;
      const row = parser.info.records + 1;
      callback(error ?? (building > maxColumns ? tooManyColumns(row, maxColumns) : undefined));
    });
}

function tooManyColumns(row: number, limit: number): JobProblem {
  return new JobProblem('import.tooManyColumns', { row, limit });
}

async function* csvRows(
  input: ReadStream,
  encoding: CsvEncoding,
  delimiter: string,
  limits: ImportLimits,
): AsyncGenerator<SheetRow> {
  const parser = parse({
    delimiter,
    encoding,
    bom: true,
    // Messy files: ragged rows, a stray quote in "5" disk", spaces around quoted values.
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
    skip_empty_lines: false,
    max_record_size: CSV_MAX_RECORD_CHARS,
  });
  boundRecordWidth(parser, limits.maxColumns);
  input.pipe(parser);
  input.on('error', (error) => parser.destroy(error));
  // Blank lines are records too (['']), so counting records gives Excel's row numbers.
  let rowNumber = 0;
  try {
    for await (const values of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (values.length > limits.maxColumns) throw tooManyColumns(rowNumber, limits.maxColumns);
      yield { rowNumber, values };
    }
  } catch (error) {
    // csv-parse's own codes (CSV_QUOTE_NOT_CLOSED…): a broken file, said where, in the user's language.
    const csvError = error as { code?: unknown; records?: unknown };
    // `records` counts the records completed before the broken one.
    const row = Number(csvError.records ?? rowNumber) + 1;
    if (csvError.code === 'CSV_MAX_RECORD_SIZE') {
      throw new JobProblem('import.rowTooLong', { row, limit: CSV_MAX_RECORD_CHARS });
    }
    if (String(csvError.code).startsWith('CSV_')) throw new JobProblem('import.csvBroken', { row });
    throw error;
  } finally {
    input.destroy();
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
 * One XLSX text table held at a time in this process: each may take up to the strings limit, so two
 * imports reading workbooks at once would double the peak. The next waits here (its job shows no
 * progress yet) until the reader before it is closed. Holders of a turn take the tenant's import
 * lock only after it and CSV imports never wait for one, so no two jobs can wait on each other.
 */
let xlsxTurns: Promise<void> = Promise.resolve();

function xlsxTurn(): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const previous = xlsxTurns;
  xlsxTurns = previous.then(() => held);
  return previous.then(() => release);
}

async function* listed(rows: readonly SheetRow[]): AsyncGenerator<SheetRow> {
  yield* rows;
}

/** Rows with any value an upload's first look reads of an XLSX: a header and a row are in them. */
const PEEK_ROWS = 64;

/**
 * An open employee file: `header()` finds the header row, then `rows()` yields the data rows
 * after it, keyed by column, skipping rows that are blank in every imported column.
 */
export class SheetReader {
  /** False when only the first rows were read (an upload's first look at an XLSX). */
  private complete = true;
  private ended = false;

  private constructor(
    private readonly source: AsyncGenerator<SheetRow>,
    readonly size: number,
    private readonly position: () => number,
    private readonly release: () => void,
  ) {}

  static async open(
    file: string,
    type: { kind: 'csv'; encoding: CsvEncoding } | { kind: 'xlsx' },
    limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  ): Promise<SheetReader> {
    const { size } = await stat(file);
    if (type.kind === 'xlsx') {
      const release = await xlsxTurn();
      let xlsx: XlsxReader | undefined;
      try {
        xlsx = await XlsxReader.open(file, limits);
        await xlsx.loadStrings();
      } catch (error) {
        xlsx?.close();
        release();
        throw error;
      }
      const reader = xlsx;
      const done = () => {
        reader.close();
        release();
      };
      return new SheetReader(reader.rows(), size, () => Math.round(reader.progress * size), done);
    }
    const input = createReadStream(file, { highWaterMark: 1024 * 1024 });
    const sample = (await readAt(file, 0, Math.min(size, SAMPLE_BYTES))).toString(type.encoding);
    const rows = csvRows(input, type.encoding, detectDelimiter(sample), limits);
    return new SheetReader(
      rows,
      size,
      () => input.bytesRead,
      () => input.destroy(),
    );
  }

  /**
   * The same reader over only the first rows, for the upload's first look: a CSV streams as far as
   * asked anyway; an XLSX reads its first PEEK_ROWS rows and just the texts they name.
   */
  static async openFirstRows(
    file: string,
    type: { kind: 'csv'; encoding: CsvEncoding } | { kind: 'xlsx' },
    limits: ImportLimits,
  ): Promise<SheetReader> {
    if (type.kind === 'csv') return SheetReader.open(file, type, limits);
    const { size } = await stat(file);
    const xlsx = await XlsxReader.open(file, limits, { styles: false });
    try {
      const { rows, complete } = await xlsx.peekRows(PEEK_ROWS);
      const reader = new SheetReader(
        listed(rows),
        size,
        () => 0,
        () => {},
      );
      reader.complete = complete;
      return reader;
    } finally {
      xlsx.close();
    }
  }

  /** Bytes of the file consumed so far, for a progress bar. */
  get bytesRead(): number {
    return this.position();
  }

  /** Whether a first look ran out of the rows it read while the file goes on. */
  get stoppedShort(): boolean {
    return this.ended && !this.complete;
  }

  private async next(): Promise<IteratorResult<SheetRow>> {
    const next = await this.source.next();
    if (next.done) this.ended = true;
    return next;
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
      const next = await this.next();
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
    this.ended = true;
  }

  async close(): Promise<void> {
    await this.source.return(undefined).catch(() => {});
    this.release();
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
