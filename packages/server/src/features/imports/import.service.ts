import { rm } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import type { ImportResult as ImportResultContract } from '@jenjang/domain/contracts/job.contract';
import {
  detectLayout,
  type ImportLayout,
  type RowIssue,
  validateEmployeeRow,
} from '@jenjang/domain/employee-import.rules';
import { z } from 'zod';
import type { Config } from '../../config';
import { type Db, refreshRegistryStatistics, type Tx, withTenant } from '../../db/database';
import { appendAudit } from '../audit/audit.repository';
import { type JobContext, JobProblem, type JobRunner } from '../jobs/job-runner';
import { SheetReader, sniffFileType } from './file-reader';
import * as merge from './import.repository';
import * as staging from './import-staging.repository';

export const EMPLOYEE_IMPORT_JOB = 'employee-import';

export type ImportResult = z.infer<typeof ImportResultContract>;

const ImportInput = z.object({
  file: z.string(),
  name: z.string(),
  /** Uploads are deleted once imported: they hold personal data nobody needs twice. */
  removeWhenDone: z.boolean().default(false),
});
export type ImportInput = z.input<typeof ImportInput>;

export interface ImportDeps {
  db: Db;
  config: Pick<Config, 'importMaxIssues'>;
}

export type ProgressListener = (done: number, total: number) => void;

export interface ImportOptions {
  /** Called with every progress report (the CLI draws its bar with it). */
  onProgress?: ProgressListener;
  /** Valid rows per batch handed to PostgreSQL; tests make it small to cross batch boundaries. */
  batchRows?: number;
}

/** The share of the progress bar for reading the file; merging into the tables fills the rest. */
const READ_SHARE = 0.9;
/** Rows per batch: big enough for set-based statements to pay off, small enough for a short tail. */
const BATCH_ROWS = 25_000;
/** Written rows past which the import refreshes planner statistics instead of waiting for autovacuum. */
const ANALYZE_AFTER_ROWS = 1_000;

export function registerImportJob(jobs: JobRunner, deps: ImportDeps, options: ImportOptions = {}): void {
  jobs.register(EMPLOYEE_IMPORT_JOB, (ctx) => runEmployeeImport(deps, ctx, options));
}

/** Today's date where the server runs, as 'YYYY-MM-DD'; the row rules never read the clock. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function openFile(input: z.output<typeof ImportInput>): Promise<SheetReader> {
  const type = await sniffFileType(input.file);
  if (type.kind === 'empty') throw new JobProblem('import.empty');
  if (type.kind === 'unsupported') {
    throw new JobProblem(type.legacyExcel ? 'import.legacyExcel' : 'import.unsupported', {
      name: input.name,
    });
  }
  return SheetReader.open(input.file, type);
}

function acceptHeader(values: unknown[]) {
  const layout = detectLayout(values);
  return layout.ok ? layout : null;
}

/**
 * The employee-import job: reads the file, validates every row with the domain rules, stages the
 * valid ones with COPY and merges them in one transaction, so a failure leaves no trace but the job.
 */
export async function runEmployeeImport(deps: ImportDeps, ctx: JobContext, options: ImportOptions = {}) {
  const input = ImportInput.parse(ctx.input);
  try {
    const reader = await openFile(input);
    try {
      const header = await reader.header(acceptHeader);
      if (header === null) throw new JobProblem('import.empty');
      if ('rejected' in header) throw new JobProblem('import.noHeader');
      const progress = async (done: number) => {
        options.onProgress?.(done, reader.size);
        await ctx.progress(done, reader.size);
      };
      const { layout, columnIndex } = header.match;
      const batchRows = options.batchRows ?? BATCH_ROWS;
      const file: StagedFile = { reader, layout, columnIndex, name: input.name, progress, batchRows };
      return await withTenant(deps.db, ctx.tenantId, (tx) => importFile(tx, deps, ctx, file));
    } finally {
      await reader.close();
    }
  } finally {
    if (input.removeWhenDone) await rm(input.file, { force: true });
  }
}

interface StagedFile {
  reader: SheetReader;
  layout: ImportLayout;
  columnIndex: Record<string, number>;
  name: string;
  progress: (done: number) => Promise<void>;
  batchRows: number;
}

async function importFile(
  tx: Tx,
  deps: ImportDeps,
  ctx: JobContext,
  file: StagedFile,
): Promise<ImportResult> {
  await merge.lockTenantImports(tx, ctx.tenantId);
  await staging.createStaging(tx);
  const tally = await stageRows(tx, ctx.tenantId, file, deps.config.importMaxIssues);
  if (tally.rows === 0) throw new JobProblem('import.empty');
  await staging.storeIssues(tx, ctx);
  const room = Math.max(0, deps.config.importMaxIssues - tally.storedIssues);
  const nipColumn = file.layout === 'siasn' ? 'nip_baru' : 'nip';
  const superseded = await staging.warnDuplicates(tx, ctx, nipColumn, room);
  const updated = await merge.countUpdated(tx);
  const result: ImportResult = {
    rows: tally.rows,
    inserted: tally.inserted,
    updated,
    unchanged: tally.rows - tally.invalid - superseded - tally.inserted - updated,
    invalid: tally.invalid,
    warnings: tally.warnings + superseded,
  };
  if (result.inserted + result.updated >= ANALYZE_AFTER_ROWS) await refreshRegistryStatistics(tx);
  await appendAudit(tx, ctx.tenantId, {
    actorAccountId: ctx.accountId,
    action: 'employee.import',
    entity: 'job',
    entityId: ctx.jobId,
    data: { file: file.name, layout: file.layout, ...result },
  });
  await file.progress(file.reader.size);
  return result;
}

/**
 * Hands batches of staged rows to PostgreSQL one at a time without waiting for them: while the
 * database merges one batch, the next is read and validated. Both sides are busy, so on two cores
 * the import takes about as long as the slower of the two instead of their sum.
 */
class BatchPipeline {
  inserted = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly tx: Tx,
    private readonly tenantId: number,
    private readonly fileColumns: readonly string[],
  ) {}

  /** Waits for the previous batch (and fails if it failed), then starts this one. */
  async submit(chunks: Buffer[]): Promise<void> {
    await this.pending;
    const run = this.run(chunks);
    // Awaited by the next submit() or settle(); this only keeps an early failure from going unheard.
    run.catch(() => {});
    this.pending = run;
  }

  private async run(chunks: Buffer[]): Promise<void> {
    await staging.copyText(this.tx, 'import_row', chunks);
    this.inserted += await merge.mergeBatch(this.tx, this.tenantId, this.fileColumns);
  }

  /** Waits for the batch in flight; after a failure too, so nothing runs after the rollback. */
  async settle(): Promise<void> {
    await this.pending;
  }
}

interface Tally {
  rows: number;
  invalid: number;
  warnings: number;
  storedIssues: number;
  inserted: number;
}

/**
 * The hot loop: one validation per row, valid rows appended to the batch as COPY text, issues kept
 * as ready COPY lines up to the cap. Awaits only when a batch is full.
 */
async function stageRows(tx: Tx, tenantId: number, file: StagedFile, maxIssues: number): Promise<Tally> {
  const pipeline = new BatchPipeline(tx, tenantId, Object.keys(file.columnIndex));
  const batch = new staging.CopyChunks();
  const issues = new staging.CopyChunks();
  const tally: Tally = { rows: 0, invalid: 0, warnings: 0, storedIssues: 0, inserted: 0 };
  const keep = (rowNumber: number, severity: 'error' | 'warning', found: RowIssue[]) => {
    for (const issue of found) {
      if (tally.storedIssues < maxIssues) {
        issues.push(staging.issueLine({ rowNumber, severity, ...issue }));
        tally.storedIssues++;
      }
    }
  };
  const options = { today: today() };
  try {
    for await (const { rowNumber, cells } of file.reader.rows(file.columnIndex)) {
      tally.rows++;
      // Validation runs for long stretches without giving the event loop a turn; the batch in flight
      // needs one after each statement to send the next, or the database sits idle.
      if ((tally.rows & 127) === 0) await setImmediate();
      if ((tally.rows & 4095) === 0) await file.progress(Math.floor(file.reader.bytesRead * READ_SHARE));
      const result = validateEmployeeRow(cells, file.layout, options);
      if (result.warnings.length > 0) {
        tally.warnings += result.warnings.length;
        keep(rowNumber, 'warning', result.warnings);
      }
      if (!result.ok) {
        tally.invalid++;
        keep(rowNumber, 'error', result.errors);
      } else {
        batch.push(staging.stagingLine(rowNumber, result.record));
        if (batch.lines >= file.batchRows) await pipeline.submit(batch.take());
      }
    }
    if (batch.lines > 0) await pipeline.submit(batch.take());
  } catch (error) {
    await pipeline.settle().catch(() => {});
    throw error;
  }
  await pipeline.settle();
  tally.inserted = pipeline.inserted;
  if (tally.storedIssues > 0) await staging.copyText(tx, 'import_issue_row', issues.take());
  return tally;
}
