// How much an uploaded file may make the server hold or work through. An XLSX is a zip: 353 KB
// can inflate to hundreds of megabytes of XML, and a reader that keeps the workbook's text table
// whole grows with it. Every bound here is counted on what is really read, never on what the file
// says about itself. README ("Import limits") lists the variables that set them.

export interface ImportLimits {
  /** Zip entries an XLSX may list (a workbook has a dozen; thousands are a crafted file). */
  xlsxMaxEntries: number;
  /** Bytes the parts read (workbook, styles, text table, sheet) may inflate to, all together. */
  xlsxMaxInflatedBytes: number;
  /** Distinct texts the workbook's shared-strings table may hold. */
  xlsxMaxSharedStrings: number;
  /** UTF-8 bytes of those texts held in memory while the sheet is read. */
  xlsxMaxSharedStringBytes: number;
  /** Columns a row may fill (CSV and XLSX). */
  maxColumns: number;
  /** Characters of one XLSX cell or text; Excel itself stops at 32,767. */
  maxCellChars: number;
}

const MB = 1024 * 1024;

/**
 * Defaults that keep a server's peak RSS under 500 MB for any upload up to IMPORT_MAX_MB
 * (docs/performance.md, "XLSX bombs"), while a 200,000-row SIASN workbook (≈ 230 MB of XML,
 * 0.8 million texts, 12 MB of them) imports with room to spare.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  xlsxMaxEntries: 10_000,
  xlsxMaxInflatedBytes: 1024 * MB,
  xlsxMaxSharedStrings: 4_000_000,
  xlsxMaxSharedStringBytes: 96 * MB,
  maxColumns: 1024,
  maxCellChars: 32_767,
};

/** One CSV record (all its cells) may hold this many characters. */
export const CSV_MAX_RECORD_CHARS = MB;

/**
 * Bytes of issues an import keeps for its report (as COPY lines), beside IMPORT_MAX_ISSUES: each
 * issue quotes at most 200 characters of a cell (domain/import-cells.ts), so 100,000 issues fit
 * in about 40 MB; past this the rest are counted, not kept.
 */
export const IMPORT_MAX_ISSUE_BYTES = 64 * MB;

/** Issues held in memory before they are written to the database, in bytes of COPY lines. */
export const ISSUE_FLUSH_BYTES = MB;
