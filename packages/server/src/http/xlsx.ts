import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

// The workbooks Jenjang hands out (the audit export, an import's error report and its templates)
// share one look: a header row that is bold, shaded, frozen and filterable, so a reader can sort
// and filter in Excel at once.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook written to `stream` row by row as it is built, for exports too large to hold. */
export function streamingWorkbook() {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  return { stream, workbook };
}

/** A sheet whose first row holds the columns' headers, bold, shaded, frozen and with a filter. */
export function headedSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Partial<ExcelJS.Column>[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}
