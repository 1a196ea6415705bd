import { rm } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import { type Action, type Actor, can } from '@jenjang/domain/shared/access';
import {
  boundedIssue,
  type ImportColumn,
  type RowIssue,
  type RowOptions,
  type RowResult,
} from '@jenjang/domain/shared/import-cells';
import type { ImportResult as ImportResultContract } from '@jenjang/domain/shared/job.contract';
import { z } from 'zod';
import type { Config } from '../../config';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { type JobContext, JobProblem } from '../jobs/job-outcome';
import type { JobRunner } from '../jobs/job-runner';
import { lockUnitTree } from '../organisation/unit-placement';
import { SheetReader, sniffFileType } from './file-reader';
import { lockTenantImports } from './import.repository';
import { auditImportFailed } from './import-audit';
import { IMPORT_MAX_ISSUE_BYTES, type ImportLimits, ISSUE_FLUSH_BYTES } from './import-limits';
import * as staging from './import-staging.repository';

// One pipeline for every import kind (employees, units, positions): open the file by its bytes,
// find the header, validate each row with the kind's pure rules, hand valid rows to the kind's
// merge in batches, keep issues for the report (written to the database as they come, up to a
// count and a size), all in one transaction with progress. A kind brings only its columns, its
// row rules and its merge.

export type ImportResult = z.infer<typeof ImportResultContract>;

export const ImportInput = z.object({
  file: z.string(),
  name: z.string(),
  /** Uploads are deleted once imported: they hold personal data nobody needs twice. */
  removeWhenDone: z.boolean().default(false),
});
export type ImportInput = z.input<typeof ImportInput>;

export interface ImportDeps {
  db: Db;
  /** importLimits: what a file may make the reader inflate and hold (defaults when absent). */
  config: Pick<Config, 'importMaxIssues'> & Partial<Pick<Config, 'importLimits'>>;
}

export type ProgressListener = (done: number, total: number) => void;

export interface ImportOptions {
  /** Called with every progress report (the CLI draws its bar with it). */
  onProgress?: ProgressListener;
  /** Valid rows per batch handed to the merge (and issues per write); tests make it small. */
  batchRows?: number;
  /** Bytes of issues kept for the report (default IMPORT_MAX_ISSUE_BYTES); tests make it small. */
  maxIssueBytes?: number;
}

export interface FileLayout {
  layout: string;
  columnIndex: Record<string, number>;
}

/** Who and what an import works for; the merge checks reach and dates with it. */
export interface ImportTarget {
  tenantId: number;
  jobId: string;
  accountId: number | null;
  /** The import date in the government's time zone. */
  today: string;
}

/** A row the merge refused (e.g. a unit closed since), reported like a validation error. */
export interface MergeRejection {
  rowNumber: number;
  issue: RowIssue;
}

export interface MergeTotals {
  /** Rows that created a record. */
  inserted: number;
  /** Rows that changed an existing record. */
  updated: number;
  /** Rows a later row of the same record replaced (warned about by the merge). */
  superseded: number;
  /** Warnings the merge raised: those in `issues` and those it stored itself within `room`. */
  warnings: number;
  /** Issues for the report found across the whole file: warnings, or errors that refused a row. */
  issues: { rowNumber: number; severity: 'error' | 'warning'; issue: RowIssue }[];
}

/** The merge side of one import, opened inside its transaction. */
export interface ImportMerge<R> {
  push(rowNumber: number, record: R): void;
  /** Rows pushed since the last flush. */
  readonly pending: number;
  /** Merges the pushed rows; runs while the pipeline reads the next batch. */
  flush(): Promise<MergeRejection[]>;
  /** After the last flush: totals over the file. `room`: issues the report may still hold. */
  finish(room: number): Promise<MergeTotals>;
}

export interface ImportTemplate {
  columns: readonly ImportColumn[];
  /** Base of the downloaded file's name, per language. */
  fileName: Record<'id' | 'en', string>;
  /** i18n key of the data sheet's name. */
  sheetKey: string;
  /** Columns Excel must keep as text (long digit strings). */
  textColumns?: readonly string[];
}

export interface ImportKind<R> {
  /** The job's kind, e.g. 'employee-import'. */
  job: string;
  /** The action that lets an actor start this import and read its report. */
  permission: Action;
  /**
   * 'tenant': the file may touch anything in the government, so only an actor without a unit
   * scope may import it. 'unit': a scoped actor may import too; the merge checks each row's reach.
   */
  reach: 'tenant' | 'unit';
  /** Published when an import of this kind commits, with its tally. */
  completedEvent:
    | 'employee.imported'
    | 'unit.imported'
    | 'position.imported'
    | 'competency.standardsImported'
    | 'competency.assessmentsImported'
    | 'development.imported'
    | 'performance.imported';
  /** The message when no header row is recognised: it names this kind's columns. */
  noHeaderKey: string;
  header(values: unknown[]): FileLayout | null;
  validate(cells: Record<string, unknown>, layout: string, options: RowOptions): RowResult<R>;
  open(tx: Tx, target: ImportTarget, file: FileLayout): Promise<ImportMerge<R>>;
  template: ImportTemplate;
}

/** Whether the actor may start this kind of import (and read the reports of others' imports of it). */
export function mayImport(actor: Actor, kind: Pick<ImportKind<unknown>, 'permission' | 'reach'>): boolean {
  const unitPath = kind.reach === 'unit' && actor.scopeUnitId !== null ? [actor.scopeUnitId] : null;
  return can(actor, kind.permission, { tenantId: actor.tenantId, unitPath });
}

/** The share of the progress bar for reading the file; merging into the tables fills the rest. */
const READ_SHARE = 0.9;
/** Rows per batch: big enough for set-based statements to pay off, small enough for a short tail. */
const BATCH_ROWS = 25_000;

export function registerImportKind<R>(
  jobs: JobRunner,
  kind: ImportKind<R>,
  deps: ImportDeps,
  options: ImportOptions = {},
): void {
  jobs.register(kind.job, (ctx) => runImport(kind, deps, ctx, options));
}

async function openFile(input: z.output<typeof ImportInput>, limits?: ImportLimits): Promise<SheetReader> {
  const type = await sniffFileType(input.file);
  if (type.kind === 'empty') throw new JobProblem('import.empty');
  if (type.kind === 'unsupported') {
    throw new JobProblem(type.legacyExcel ? 'import.legacyExcel' : 'import.unsupported', {
      name: input.name,
    });
  }
  return SheetReader.open(input.file, type, limits);
}

interface OpenFile {
  reader: SheetReader;
  layout: FileLayout;
  name: string;
  progress: (done: number) => Promise<void>;
  batchRows: number;
  /** What the report may keep: issues, and their bytes as COPY lines. */
  issueLimits: IssueLimits;
}

/**
 * Runs one import job: reads the file, validates every row with the kind's rules, merges the
 * valid ones in one transaction, so a failure leaves no trace but the job.
 */
export async function runImport<R>(
  kind: ImportKind<R>,
  deps: ImportDeps,
  ctx: JobContext,
  options: ImportOptions = {},
) {
  const input = ImportInput.parse(ctx.input);
  try {
    const reader = await openFile(input, deps.config.importLimits);
    try {
      const header = await reader.header((values) => kind.header(values));
      if (header === null) throw new JobProblem('import.empty');
      if ('rejected' in header) throw new JobProblem(kind.noHeaderKey);
      const progress = async (done: number) => {
        options.onProgress?.(done, reader.size);
        await ctx.progress(done, reader.size);
      };
      const file: OpenFile = {
        reader,
        layout: header.match,
        name: input.name,
        progress,
        batchRows: options.batchRows ?? BATCH_ROWS,
        issueLimits: {
          issues: deps.config.importMaxIssues,
          bytes: options.maxIssueBytes ?? IMPORT_MAX_ISSUE_BYTES,
        },
      };
      return await withTenant(deps.db, ctx.tenantId, (tx) => importFile(tx, kind, ctx, file));
    } finally {
      await reader.close();
    }
  } catch (error) {
    await auditImportFailed(deps.db, ctx, kind.job, input.name, error);
    throw error;
  } finally {
    if (input.removeWhenDone) await rm(input.file, { force: true });
  }
}

async function importFile<R>(
  tx: Tx,
  kind: ImportKind<R>,
  ctx: JobContext,
  file: OpenFile,
): Promise<ImportResult> {
  await lockTenantImports(tx, ctx.tenantId);
  // Imports create units and place people in them: no move or closure may change the tree meanwhile.
  await lockUnitTree(tx, ctx.tenantId, 'exclusive');
  const target: ImportTarget = {
    tenantId: ctx.tenantId,
    jobId: ctx.jobId,
    accountId: ctx.accountId,
    today: await tenantToday(tx, ctx.clock.now()),
  };
  await staging.createIssueStaging(tx);
  const merge = await kind.open(tx, target, file.layout);
  const tally = await stageRows(tx, kind, merge, file, target);
  if (tally.rows === 0) throw new JobProblem('import.empty');
  const totals = await merge.finish(tally.room);
  for (const found of totals.issues) tally.keep(found.rowNumber, found.severity, [found.issue]);
  tally.refuse(totals.issues.filter((found) => found.severity === 'error'));
  await tally.flushIssues(tx);
  await staging.storeIssues(tx, ctx);
  const result: ImportResult = {
    rows: tally.rows,
    inserted: totals.inserted,
    updated: totals.updated,
    unchanged: tally.rows - tally.invalid - totals.superseded - totals.inserted - totals.updated,
    invalid: tally.invalid,
    warnings: tally.warnings + totals.warnings,
  };
  await publish(tx, ctx.tenantId, {
    type: kind.completedEvent,
    actorAccountId: ctx.accountId,
    payload: { jobId: ctx.jobId, file: file.name, layout: file.layout.layout, ...result },
  });
  await file.progress(file.reader.size);
  return result;
}

/**
 * Hands batches to the merge one at a time without waiting for them: while the database merges
 * one batch, the next is read and validated. Both sides are busy, so on two cores the import
 * takes about as long as the slower of the two instead of their sum.
 */
class BatchPipeline {
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly onRejected: (rejected: MergeRejection[]) => void) {}

  /** Waits for the previous batch (and fails if it failed), then starts this one. */
  async submit(flush: () => Promise<MergeRejection[]>): Promise<void> {
    await this.pending;
    const run = flush().then(this.onRejected);
    // Awaited by the next submit() or settle(); this only keeps an early failure from going unheard.
    run.catch(() => {});
    this.pending = run;
  }

  /** Waits for the batch in flight; after a failure too, so nothing runs after the rollback. */
  async settle(): Promise<void> {
    await this.pending;
  }
}

interface IssueLimits {
  issues: number;
  bytes: number;
}

/**
 * Counts of the read side, and the issues kept for the report as COPY lines: each quoting at most
 * 200 characters of its cell, no more than the limits allow (the rest are counted), and held in
 * memory only until the next write (`due`), never for the whole file.
 */
class Tally {
  rows = 0;
  invalid = 0;
  warnings = 0;
  private storedIssues = 0;
  private storedBytes = 0;
  private unwrittenBytes = 0;
  private readonly lines = new staging.CopyChunks();

  constructor(
    private readonly limits: IssueLimits,
    private readonly writeEvery: number,
  ) {}

  /** Whether the report holds all it may: later issues are counted, not kept. */
  get full(): boolean {
    return this.storedIssues >= this.limits.issues || this.storedBytes >= this.limits.bytes;
  }

  /** How many issues the merge may still add (it stores its own). */
  get room(): number {
    return this.full ? 0 : this.limits.issues - this.storedIssues;
  }

  /** Whether enough issues wait in memory to be written now. */
  get due(): boolean {
    return this.unwrittenBytes >= ISSUE_FLUSH_BYTES || this.lines.lines >= this.writeEvery;
  }

  keep(rowNumber: number, severity: 'error' | 'warning', found: readonly RowIssue[]): void {
    for (const issue of found) {
      if (this.full) return;
      // Issues a merge raised may quote a whole cell too (a unit's path): they are cut here.
      const line = staging.issueLine({ rowNumber, severity, ...boundedIssue(issue) });
      const bytes = Buffer.byteLength(line);
      this.lines.push(line);
      this.storedIssues++;
      this.storedBytes += bytes;
      this.unwrittenBytes += bytes;
    }
  }

  /** Rows the merge refused after they passed validation: they count as invalid, once each. */
  refuse(rejected: readonly { rowNumber: number; issue: RowIssue }[]): void {
    this.invalid += new Set(rejected.map((r) => r.rowNumber)).size;
  }

  /** Writes the issues kept so far to the transaction's staging table, emptying memory. */
  async flushIssues(tx: Tx): Promise<void> {
    if (this.lines.lines === 0) return;
    const chunks = this.lines.take();
    this.unwrittenBytes = 0;
    await staging.copyText(tx, 'import_issue_row', chunks);
  }
}

/**
 * The hot loop: one validation per row, valid rows pushed to the merge, issues kept as ready COPY
 * lines up to the cap. Awaits only when a batch of rows or of issues is full; issues are written
 * between the merge's batches, on the same connection.
 */
async function stageRows<R>(
  tx: Tx,
  kind: ImportKind<R>,
  merge: ImportMerge<R>,
  file: OpenFile,
  target: ImportTarget,
): Promise<Tally> {
  const tally = new Tally(file.issueLimits, file.batchRows);
  const writeIssues = async (): Promise<MergeRejection[]> => {
    await tally.flushIssues(tx);
    return [];
  };
  const pipeline = new BatchPipeline((rejected) => {
    for (const r of rejected) tally.keep(r.rowNumber, 'error', [r.issue]);
    tally.refuse(rejected);
  });
  const options: RowOptions = { today: target.today };
  const layout = file.layout.layout;
  try {
    for await (const { rowNumber, cells } of file.reader.rows(file.layout.columnIndex)) {
      tally.rows++;
      // Validation runs for long stretches without giving the event loop a turn; the batch in flight
      // needs one after each statement to send the next, or the database sits idle.
      if ((tally.rows & 127) === 0) await setImmediate();
      if ((tally.rows & 4095) === 0) await file.progress(Math.floor(file.reader.bytesRead * READ_SHARE));
      const result = kind.validate(cells, layout, options);
      if (result.warnings.length > 0) {
        tally.warnings += result.warnings.length;
        tally.keep(rowNumber, 'warning', result.warnings);
      }
      if (!result.ok) {
        tally.invalid++;
        tally.keep(rowNumber, 'error', result.errors);
      }
      if (tally.due) await pipeline.submit(writeIssues);
      if (result.ok) {
        merge.push(rowNumber, result.record);
        if (merge.pending >= file.batchRows) await pipeline.submit(() => merge.flush());
      }
    }
    if (merge.pending > 0) await pipeline.submit(() => merge.flush());
  } catch (error) {
    await pipeline.settle().catch(() => {});
    throw error;
  }
  await pipeline.settle();
  return tally;
}
