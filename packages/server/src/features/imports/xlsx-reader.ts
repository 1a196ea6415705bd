import { JobProblem } from '../jobs/job-outcome';
import type { ImportLimits } from './import-limits';
import { loadSharedStrings, type SharedStrings, unescapeOoxml } from './shared-strings';
import { parseXml, type XmlHandlers } from './xml-events';
import { brokenWorkbook, ZipParts } from './zip-parts';

// Reads the first worksheet of an XLSX row by row. The zip is read by its directory, so the parts
// come in the order needed — workbook, styles, texts, then the sheet streamed — whatever order the
// program that saved it wrote them in (Excel writes the sheets first). What is held: the text
// table (bounded, see shared-strings.ts), one flag per cell style, and the rows of one 16 KB chunk.

export interface SheetRow {
  /** The row number Excel shows for this row; the header is row 1 in a typical file. */
  rowNumber: number;
  values: unknown[];
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
/** Workbook, relationships and styles are kilobytes in real files; this is far past any of them. */
const SMALL_PART_BYTES = 64 * 1024 * 1024;
/** Cell styles kept (Excel's own maximum is 64,000); later ones read as not dates. */
const MAX_STYLES = 65_536;
const MAX_RELATIONSHIPS = 100_000;
/**
 * Excel's own sheet size: no real worksheet has more rows or cells in a row. Past them a sheet is
 * crafted, and would keep a core busy with millions of empty rows that the budget alone allows.
 */
const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLUMNS = 16_384;
const DAY_MS = 86_400_000;
/** Excel's serial 25569 is 1970-01-01; the 1904 date system counts 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1462;

/** A shared-string cell before the text table is read (the upload's first look). */
class SharedRef {
  constructor(readonly index: number) {}
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, plus the East Asian ones). */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A custom format is a date when, outside quoted text and [brackets], it has date or time letters. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare);
}

function partName(base: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${base}${target}`;
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** 'AB12' → 28; 0 when the reference has no column letters. */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let column = 0;
  for (let i = 0; i < ref.length && column < 0x1000000; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return column;
}

interface WorkbookInfo {
  sheet: string;
  styles: string | null;
  strings: string | null;
  date1904: boolean;
}

async function readWorkbook(parts: ZipParts): Promise<WorkbookInfo> {
  let date1904 = false;
  let sheetRel: string | null = null;
  await drain(parts, WORKBOOK, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (name === 'sheet' && sheetRel === null) {
        const key = Object.keys(attributes).find((k) => k === 'r:id' || k.endsWith(':id'));
        sheetRel = key ? (attributes[key] ?? null) : null;
      }
    },
  });
  const targets = new Map<string, string>();
  let styles: string | null = null;
  let strings: string | null = null;
  if (parts.has(WORKBOOK_RELS)) {
    await drain(parts, WORKBOOK_RELS, {
      open(name, a) {
        if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
        if (targets.size >= MAX_RELATIONSHIPS) throw brokenWorkbook();
        const target = partName('xl/', a.Target);
        targets.set(a.Id, target);
        if (a.Type?.endsWith('/styles')) styles = target;
        if (a.Type?.endsWith('/sharedStrings')) strings = target;
      },
    });
  }
  const sheet = (sheetRel && targets.get(sheetRel)) ?? 'xl/worksheets/sheet1.xml';
  if (!parts.has(sheet)) throw brokenWorkbook();
  styles ??= parts.has('xl/styles.xml') ? 'xl/styles.xml' : null;
  strings ??= parts.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : null;
  return { sheet, date1904, styles: styles && parts.has(styles) ? styles : null, strings };
}

/** Which cell styles (by index) show dates: their numbers are day serials. */
async function readDateStyles(parts: ZipParts, name: string): Promise<boolean[]> {
  const custom = new Map<number, boolean>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  await drain(parts, name, {
    open(tag, a) {
      if (tag === 'numFmt' && custom.size < MAX_STYLES) {
        custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ''));
      } else if (tag === 'cellXfs') {
        inCellXfs = true;
      } else if (tag === 'xf' && inCellXfs && dates.length < MAX_STYLES) {
        const id = Number(a.numFmtId ?? 0);
        dates.push(custom.get(id) ?? isBuiltInDate(id));
      }
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

async function drain(
  parts: ZipParts,
  name: string,
  handlers: Partial<XmlHandlers> & Pick<XmlHandlers, 'open'>,
): Promise<void> {
  const all: XmlHandlers = { text: () => {}, close: () => {}, ...handlers };
  for await (const _ of parseXml(parts.read(name, { maxBytes: SMALL_PART_BYTES }), all)) {
    // the handlers collect what is needed
  }
}

/** Turns one cell's `<v>` (or inline) text into what exceljs used to give: text, number, Date, boolean. */
type CellReader = (type: string, style: number, text: string) => unknown;

/**
 * Collects rows from the sheet's SAX events. Only cells with a value count: an empty, styled
 * cell far to the right is formatting, not data.
 */
class SheetRows implements XmlHandlers {
  readonly done: SheetRow[] = [];
  private row: unknown[] | null = null;
  private rowNumber = 0;
  private rows = 0;
  private cells = 0;
  private column = 0;
  private cellColumn = 0;
  private cellType = 'n';
  private cellStyle = 0;
  private value: string | null = null;
  private inValue = false;
  private inInline = false;
  private inText = false;
  private phonetic = false;

  constructor(
    private readonly read: CellReader,
    private readonly limits: ImportLimits,
  ) {}

  open(name: string, a: Record<string, string>): void {
    switch (name) {
      case 'row': {
        if (++this.rows > EXCEL_MAX_ROWS) throw brokenWorkbook();
        this.cells = 0;
        const number = Number(a.r);
        this.rowNumber = Number.isInteger(number) && number > 0 ? number : this.rowNumber + 1;
        this.row = [];
        this.column = 0;
        break;
      }
      case 'c':
        if (++this.cells > EXCEL_MAX_COLUMNS) throw brokenWorkbook();
        this.cellColumn = columnOf(a.r) || this.column + 1;
        this.cellType = a.t ?? 'n';
        this.cellStyle = a.s ? Number(a.s) : 0;
        this.value = null;
        break;
      case 'v':
        this.inValue = true;
        this.value = '';
        break;
      case 'is':
        this.inInline = true;
        this.value = '';
        break;
      case 't':
        this.inText = this.inInline && !this.phonetic;
        break;
      case 'rPh':
        this.phonetic = true;
        break;
    }
  }

  text(text: string): void {
    if (!(this.inValue || this.inText) || this.value === null) return;
    this.value += text;
    if (this.value.length > this.limits.maxCellChars) {
      throw new JobProblem('import.cellTooLong', {
        row: this.rowNumber,
        column: this.cellColumn,
        limit: this.limits.maxCellChars,
      });
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
        this.inValue = false;
        break;
      case 't':
        this.inText = false;
        break;
      case 'rPh':
        this.phonetic = false;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c':
        this.closeCell();
        break;
      case 'row':
        // Rows without a value are blank to every reader of them: not handed on at all.
        if (this.row && this.row.length > 0) this.done.push({ rowNumber: this.rowNumber, values: this.row });
        this.row = null;
        break;
    }
  }

  private closeCell(): void {
    const row = this.row;
    this.column = this.cellColumn;
    if (!row || this.value === null) return;
    const value = this.read(this.cellType, this.cellStyle, this.value);
    this.value = null;
    if (value === null || value === undefined) return;
    if (this.cellColumn > this.limits.maxColumns) {
      throw new JobProblem('import.tooManyColumns', { row: this.rowNumber, limit: this.limits.maxColumns });
    }
    row[this.cellColumn - 1] = value;
  }
}

/** Texts this long or longer are kept once decoded, up to LONG_TEXTS_KEPT of them (2 MB at most). */
const LONG_TEXT_CHARS = 1024;
const LONG_TEXTS_KEPT = 32;

export class XlsxReader {
  private strings: SharedStrings | null = null;
  private readonly longTexts = new Map<number, string>();
  private sheetBytesRead = 0;

  private constructor(
    private readonly parts: ZipParts,
    private readonly info: WorkbookInfo,
    private readonly dateStyles: boolean[],
    private readonly limits: ImportLimits,
  ) {}

  /**
   * Opens the workbook and reads its small parts; `styles: false` skips the date styles (the
   * upload's first look only asks whether there is a header and a row). Refuses at once what the
   * zip directory already shows to be too big.
   */
  static async open(file: string, limits: ImportLimits, options: { styles?: boolean } = {}) {
    const parts = await ZipParts.open(file, {
      maxEntries: limits.xlsxMaxEntries,
      maxInflatedBytes: limits.xlsxMaxInflatedBytes,
    });
    try {
      if (!parts.has(WORKBOOK)) throw brokenWorkbook();
      const info = await readWorkbook(parts);
      parts.checkDeclared(
        [WORKBOOK, WORKBOOK_RELS, info.sheet, info.styles ?? '', info.strings ?? ''].filter(Boolean),
      );
      const dates = options.styles !== false && info.styles ? await readDateStyles(parts, info.styles) : [];
      return new XlsxReader(parts, info, dates, limits);
    } catch (error) {
      parts.close();
      throw error;
    }
  }

  /** How far through the sheet the reading is, 0 to 1, by compressed bytes. */
  get progress(): number {
    const total = this.parts.compressedSize(this.info.sheet);
    return total === 0 ? 0 : Math.min(1, this.sheetBytesRead / total);
  }

  /** Loads the text table (all of it, or up to index `upTo`). */
  async loadStrings(upTo?: number): Promise<void> {
    if (this.info.strings === null) return;
    this.strings = await loadSharedStrings(this.parts, this.info.strings, this.limits, upTo);
  }

  /** The sheet's rows, in order; shared-string cells read as SharedRef until loadStrings ran. */
  async *rows(): AsyncGenerator<SheetRow> {
    const sheet = new SheetRows((type, style, text) => this.cellValue(type, style, text), this.limits);
    const chunks = this.parts.read(this.info.sheet, {
      onCompressed: (bytes) => {
        this.sheetBytesRead += bytes;
      },
    });
    for await (const _ of parseXml(chunks, sheet)) {
      yield* sheet.done;
      sheet.done.length = 0;
    }
    yield* sheet.done;
  }

  /**
   * The first rows with any value (at most `maxRows`), texts resolved, reading only the part of
   * the text table they name; `complete` when the sheet has no more rows.
   */
  async peekRows(maxRows: number): Promise<{ rows: SheetRow[]; complete: boolean }> {
    const rows: SheetRow[] = [];
    let complete = true;
    for await (const row of this.rows()) {
      if (rows.length === maxRows) {
        complete = false;
        break;
      }
      rows.push(row);
    }
    let highest = -1;
    for (const row of rows) {
      for (const value of row.values)
        if (value instanceof SharedRef) highest = Math.max(highest, value.index);
    }
    if (highest >= 0) await this.loadStrings(highest);
    for (const row of rows) {
      row.values = row.values.map((value) => (value instanceof SharedRef ? this.text(value.index) : value));
    }
    return { rows, complete };
  }

  close(): void {
    this.parts.close();
  }

  /**
   * A long text many cells name is handed out as one string rather than decoded anew for each:
   * 100,000 rows naming a 32,767-character text would otherwise make 6 GB of copies to collect.
   */
  private text(index: number): string | null {
    const cached = this.longTexts.get(index);
    if (cached !== undefined) return cached;
    const text = this.strings?.get(index) ?? null;
    if (text !== null && text.length >= LONG_TEXT_CHARS) {
      if (this.longTexts.size >= LONG_TEXTS_KEPT) this.longTexts.clear();
      this.longTexts.set(index, text);
    }
    return text;
  }

  private cellValue(type: string, style: number, text: string): unknown {
    switch (type) {
      case 's': {
        const index = Number(text);
        if (!Number.isInteger(index)) return null;
        return this.strings ? this.text(index) : this.info.strings ? new SharedRef(index) : null;
      }
      case 'str':
      case 'inlineStr':
        return unescapeOoxml(text);
      case 'b':
        return Number(text) !== 0;
      case 'e':
        return null;
      case 'd': {
        const date = new Date(text);
        return Number.isNaN(date.getTime()) ? text : date;
      }
      default: {
        if (text.trim() === '') return null;
        const number = Number(text);
        if (Number.isNaN(number)) return text;
        if (!this.dateStyles[style]) return number;
        const days = number - UNIX_EPOCH_SERIAL + (this.info.date1904 ? DATE_1904_OFFSET : 0);
        return new Date(Math.round(days * DAY_MS));
      }
    }
  }
}
