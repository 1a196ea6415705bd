import { setImmediate } from 'node:timers/promises';
import type { Actor } from '@jenjang/domain/shared/access';
import { boundedIssue, QUOTE_MAX_CHARS } from '@jenjang/domain/shared/import-cells';
import { spreadsheetCell, spreadsheetText } from '@jenjang/domain/shared/spreadsheet-text';
import ExcelJS from 'exceljs';
import { type Db, type Tx, withTenant } from '../../db/database';
import { notFound } from '../../http/problem';
import { headedSheet, streamingWorkbook } from '../../http/xlsx';
import { type Locale, translate } from '../../i18n/translate';
import * as repo from './import.repository';
import { IMPORT_JOBS, importKindOfJob } from './import-kinds';
import { type ImportTemplate, mayImport } from './import-pipeline';

// What a user gets back from an import: its issues as a page or as a spreadsheet to fix the file
// with, and the template to start from. All of it in the user's language.

/** Issue codes the import itself raises; all others are domain rule codes (errors.* / warnings.*). */
const IMPORT_ISSUE_CODES = new Set([
  'import.duplicateNip',
  'import.duplicateUnit',
  'import.duplicatePosition',
]);
/** Issues the report reads and writes at a time: what it holds, and how long it keeps the loop. */
const REPORT_PAGE = 1000;

export function issueMessage(
  locale: Locale,
  severity: 'error' | 'warning',
  code: string,
  params: object,
): string {
  const key = IMPORT_ISSUE_CODES.has(code) ? code : `${severity === 'error' ? 'errors' : 'warnings'}.${code}`;
  return translate(locale, key, params as Record<string, unknown>);
}

function toIssue(locale: Locale, row: repo.IssueRow) {
  // Quoted again on the way out: issues stored before values were cut may hold a whole cell.
  const issue = boundedIssue({
    column: row.column_name,
    value: row.value,
    code: row.code,
    params: row.params,
  });
  return {
    rowNumber: row.row_number,
    severity: row.severity,
    column: row.column_name,
    value: issue.value,
    message: issueMessage(locale, row.severity, row.code, issue.params ?? {}),
  };
}

/**
 * The job must be one of this tenant's imports (row-level security), and the caller may import
 * that kind: its own import, or anyone's when its reach is the whole government.
 */
async function requireImportJob(tx: Tx, actor: Actor, jobId: string) {
  const job = await repo.findImportJob(tx, jobId, IMPORT_JOBS);
  const kind = job && importKindOfJob(job.kind);
  if (!job || !kind || job.tenant_id !== actor.tenantId) throw notFound();
  const mine = job.account_id === actor.accountId;
  if (!mayImport(actor, kind) || (!mine && actor.scopeUnitId !== null)) throw notFound();
  return job;
}

export function getIssuePage(
  db: Db,
  actor: Actor,
  jobId: string,
  query: { page: number; pageSize: number },
  locale: Locale,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await requireImportJob(tx, actor, jobId);
    const offset = (query.page - 1) * query.pageSize;
    const { rows, total } = await repo.listIssues(tx, jobId, { offset, limit: query.pageSize });
    return {
      items: rows.map((row) => toIssue(locale, row)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/**
 * The error report: one line per issue, header bold and frozen, with a filter, so a user can sort
 * by column and fix the file in Excel. A large file may have 100,000 issues: they are read from a
 * cursor a page at a time and written as they come, and other requests get a turn after each page,
 * so neither memory nor the event loop grows with the report.
 */
export async function issueReport(db: Db, actor: Actor, jobId: string, locale: Locale) {
  await withTenant(db, actor.tenantId, (tx) => requireImportJob(tx, actor, jobId));
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(locale, `import.report.${key}`, params);
  const { stream, workbook } = streamingWorkbook();
  const sheet = headedSheet(workbook, t('sheet'), [
    { header: t('row'), key: 'row', width: 8 },
    { header: t('severity'), key: 'severity', width: 12 },
    { header: t('column'), key: 'column', width: 20 },
    // The header says values are cut, so nobody takes a cut value for the cell's whole content.
    { header: t('value', { max: QUOTE_MAX_CHARS }), key: 'value', width: 28 },
    { header: t('message'), key: 'message', width: 90 },
  ]);
  sheet.getRow(1).commit();
  const write = async () => {
    await withTenant(db, actor.tenantId, async (tx) => {
      await repo.openIssueCursor(tx, jobId);
      for (;;) {
        // The download was abandoned: stop reading (the transaction ends with it).
        if (stream.destroyed) throw new Error('issue report abandoned');
        const rows = await repo.fetchIssues(tx, REPORT_PAGE);
        for (const row of rows) {
          const issue = toIssue(locale, row);
          // The value column quotes the uploaded file: text a spreadsheet would run stays text.
          const cells = [issue.rowNumber, t(issue.severity), issue.column, issue.value, issue.message];
          sheet.addRow(cells.map(spreadsheetCell)).commit();
        }
        if (rows.length < REPORT_PAGE) return;
        await setImmediate();
      }
    });
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: Error) => stream.destroy(error));
  return { stream, fileName: `${t('fileName')}-${jobId.slice(0, 8)}.xlsx` };
}

function exampleRow(template: ImportTemplate): string[] {
  return template.columns.map((c) => spreadsheetText(c.example));
}

/** Required columns carry a '*', which header detection ignores. */
function templateHeader(template: ImportTemplate): string[] {
  return template.columns.map((c) => spreadsheetText(c.required ? `${c.key}*` : c.key));
}

function csvField(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The template as CSV: ';'-separated because Excel with Indonesian regional settings expects it,
 * with a BOM so that Excel reads it as UTF-8.
 */
export function templateCsv(template: ImportTemplate): string {
  const rows = [templateHeader(template), exampleRow(template)];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/** The downloaded template's file name, without extension. */
export function templateFileName(template: ImportTemplate, locale: Locale): string {
  return template.fileName[locale];
}

/** The template as XLSX: the columns with an example row, NIP and NIK typed as text, and a guide. */
export async function templateWorkbook(template: ImportTemplate, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const header = templateHeader(template);
  const sheet = headedSheet(
    workbook,
    translate(locale, template.sheetKey),
    template.columns.map((c, i) => ({
      header: header[i],
      key: c.key,
      width: Math.max(14, Math.min(60, c.example.length + 2)),
      // Text format keeps Excel from turning an 18-digit NIP into 1.98503E+17.
      ...(template.textColumns?.includes(c.key) ? { style: { numFmt: '@' } } : {}),
    })),
  );
  sheet.addRow(exampleRow(template));
  addGuide(workbook, template, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addGuide(workbook: ExcelJS.Workbook, template: ImportTemplate, locale: Locale): void {
  const t = (key: string) => translate(locale, `import.template.${key}`);
  const guide = headedSheet(workbook, translate(locale, 'template.guide'), [
    { header: t('column'), key: 'column', width: 22 },
    { header: t('required'), key: 'required', width: 10 },
    { header: t('description'), key: 'description', width: 90 },
    { header: t('example'), key: 'example', width: 45 },
  ]);
  for (const c of template.columns) {
    const description = translate(locale, `importColumn.${c.key}`);
    guide.addRow([c.key, c.required ? t('yes') : t('no'), description, c.example].map(spreadsheetText));
  }
  guide.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
}
