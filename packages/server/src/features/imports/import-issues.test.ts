import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EmployeeRecord } from '@jenjang/domain/people/employee-import.rules';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import { craftXlsx, sheetRow } from '../../../test/crafted-zip';
import type { LoggedIn } from '../../../test/factories/account.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { JobRunner } from '../jobs/job-runner';
import { employeeImport } from './import.service';
import { type ImportKind, type ImportOptions, registerImportKind } from './import-pipeline';

// What an import keeps of its issues, and how its report is read back: issue 7 §2.7's second bomb,
// a 103 KB workbook whose 20,000 rows all name one 32,767-character text, took the server to
// 1.5 GB while importing and 3 GB while writing the report, because every issue quoted the whole
// cell and every issue was held until the end.

const LONGEST_CELL = 'X'.repeat(32_767);

let ctx: TestContext;
let tenantId: number;
let admin: LoggedIn;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  await mkdir(ctx.config.dataDir, { recursive: true });
});
afterAll(async () => {
  await ctx.close();
  await rm(ctx.config.dataDir, { recursive: true, force: true });
});

/** A workbook of `rows` rows whose NIP cell names one shared text of Excel's longest cell. */
function longNipWorkbook(rows: number): Promise<Buffer> {
  const header = sheetRow(1, ['nip', 'nama', 'unit_kerja']);
  const body = Array.from({ length: rows }, (_, i) =>
    sheetRow(i + 2, [LONGEST_CELL, `Pegawai ${i}`, 'Dinas Pendidikan'], (text) =>
      text === LONGEST_CELL ? 0 : undefined,
    ),
  );
  return craftXlsx({ rows: header + body.join(''), sharedStrings: `<si><t>${LONGEST_CELL}</t></si>` });
}

/** Runs an import of `content` to its end in a runner of its own, with the pipeline's options. */
async function runImport(
  fileName: string,
  content: Buffer | string,
  options: ImportOptions = {},
  kind: ImportKind<EmployeeRecord> = employeeImport,
) {
  const file = path.join(ctx.config.dataDir, fileName);
  await writeFile(file, content);
  const jobs = new JobRunner(ctx.db);
  registerImportKind(jobs, kind, { db: ctx.db, config: ctx.config }, options);
  const jobId = await jobs.runNow(tenantId, null, kind.job, { file, name: fileName });
  const job = await withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('job')
      .select(['status', 'result', 'error'])
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow(),
  );
  expect(job.error).toBeNull();
  return { jobId, result: job.result as Record<string, number> };
}

async function storedIssues(jobId: string) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('import_issue')
      .select(['row_number', 'value', sql<string>`params::text`.as('params')])
      .where('job_id', '=', jobId)
      .orderBy('row_number')
      .execute(),
  );
}

async function reportSheet(jobId: string) {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/imports/${jobId}/issues.xlsx`,
    headers: admin.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('the issues of an import', () => {
  let bombJob: string;

  it('quote at most 200 characters of a 32,767-character cell, in the database, the page and the report', async () => {
    const rows = 1_200;
    const { jobId, result } = await runImport('panjang.xlsx', await longNipWorkbook(rows));
    bombJob = jobId;
    expect(result).toMatchObject({ rows, invalid: rows, inserted: 0 });
    const stored = await storedIssues(jobId);
    expect(stored.length).toBeGreaterThanOrEqual(rows);
    for (const issue of stored) {
      expect(issue.value).toBe(`${'X'.repeat(199)}…`);
      expect(issue.params.length).toBeLessThan(400);
    }
    const page = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/imports/${jobId}/issues?pageSize=5`,
      headers: admin.headers,
    });
    for (const item of page.json().items) {
      expect(item.value).toHaveLength(200);
      expect(item.message.length).toBeLessThan(600);
    }
  });

  it('come back whole and in order in a report longer than one page, which says values are cut', async () => {
    const sheet = await reportSheet(bombJob);
    const stored = await storedIssues(bombJob);
    expect(sheet.getRow(1).getCell(4).value).toBe('Nilai (200 karakter pertama)');
    expect(sheet.rowCount).toBe(stored.length + 1);
    const rowNumbers = sheet.getColumn(1).values.slice(2);
    expect(rowNumbers).toEqual(stored.map((issue) => issue.row_number));
    for (const value of sheet.getColumn(4).values.slice(2)) expect(value).toBe(`${'X'.repeat(199)}…`);
  });

  it('are cut on the way out when an older import stored a whole cell', async () => {
    const { jobId } = await runImport('satu.csv', 'nip;nama;unit_kerja\n12345;Budi;Dinas Pendidikan\n');
    // As such an import left it: the row's issue quoting the whole cell (issues are never updated).
    await withTenant(ctx.db, tenantId, async (tx) => {
      await tx.deleteFrom('import_issue').where('job_id', '=', jobId).execute();
      await tx
        .insertInto('import_issue')
        .values({
          tenant_id: tenantId,
          job_id: jobId,
          row_number: 2,
          severity: 'error',
          column_name: 'nip',
          value: LONGEST_CELL,
          code: 'nip.length',
          params: JSON.stringify({ length: 32_767, value: LONGEST_CELL }),
        })
        .execute();
    });
    const sheet = await reportSheet(jobId);
    expect(sheet.getRow(2).getCell(4).value).toBe(`${'X'.repeat(199)}…`);
    expect(String(sheet.getRow(2).getCell(5).value).length).toBeLessThan(600);
  });

  it('are written to the database batch by batch, not held until the end of the file', async () => {
    const seenAtMerge: number[] = [];
    // The employee import, watching what the transaction holds each time a batch is merged.
    const watching: ImportKind<EmployeeRecord> = {
      ...employeeImport,
      async open(tx, target, file) {
        const merge = await employeeImport.open(tx, target, file);
        return {
          push: (rowNumber, record) => merge.push(rowNumber, record),
          get pending() {
            return merge.pending;
          },
          async flush() {
            const { rows } = await sql<{
              n: number;
            }>`select count(*)::int as n from import_issue_row`.execute(tx);
            seenAtMerge.push(rows[0]!.n);
            return merge.flush();
          },
          finish: (room) => merge.finish(room),
        };
      },
    };
    const bad = Array.from({ length: 7 }, (_, i) => `1234${i};Salah ${i};Dinas Pendidikan`);
    const good = [
      '198503122010011003;Budi Santoso;Dinas Pendidikan',
      '199001152015032001;Siti Rahmawati;Dinas Pendidikan',
      '198707202012121002;Rudi Hartono;Dinas Pendidikan',
    ];
    const csv = ['nip;nama;unit_kerja', ...bad, ...good, ''].join('\n');
    const { jobId, result } = await runImport('berkala.csv', csv, { batchRows: 3 }, watching);
    expect(result).toMatchObject({ rows: 10, invalid: 7, inserted: 3 });
    // The seven issues came before the first batch of valid rows: six of them were written by then.
    expect(seenAtMerge[0]).toBeGreaterThanOrEqual(6);
    expect(await storedIssues(jobId)).toHaveLength(7);
  });

  it('are kept up to a size in bytes and counted beyond it', async () => {
    const bad = Array.from(
      { length: 50 },
      (_, i) => `9${String(i).padStart(4, '0')};Salah ${i};Dinas Pendidikan`,
    );
    const csv = ['nip;nama;unit_kerja', ...bad, ''].join('\n');
    const { jobId, result } = await runImport('ukuran.csv', csv, { maxIssueBytes: 1_000 });
    expect(result).toMatchObject({ rows: 50, invalid: 50 });
    const stored = await storedIssues(jobId);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(50);
    // The first rows' issues are the ones kept.
    expect(stored.map((issue) => issue.row_number)).toEqual(stored.map((_, i) => i + 2));
  });
});
