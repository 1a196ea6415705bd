import { existsSync } from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { type Db, withTenant } from '../db/database';
import { listTenants } from '../db/owner';
import { findImportJob, listIssues } from '../features/imports/import.repository';
import { IMPORT_KINDS, type ImportKindName } from '../features/imports/import-kinds';
import { type ImportResult, registerImportKind } from '../features/imports/import-pipeline';
import { issueMessage } from '../features/imports/import-report.service';
import { JobRunner } from '../features/jobs/job-runner';
import { type Locale, translate } from '../i18n/translate';

export interface ImportEmployeesOptions {
  /** Tenant code (e.g. 21.72) or slug (e.g. tanjungpinang). */
  tenant: string;
  /** Language of the output: id (default) or en. */
  lang?: string;
}

const SHOWN_ISSUES = 20;

/**
 * `jenjang import employees|units|positions|performance-history FILE --tenant CODE`: runs the same import job the web
 * upload runs, in this process, with a progress bar on stderr; prints the counts and the first
 * issues on stdout. Sets a non-zero exit code when the file cannot be imported.
 */
export function importCommand(kind: ImportKindName) {
  return (file: string, options: ImportEmployeesOptions) => runImportCommand(kind, file, options);
}

async function runImportCommand(
  kind: ImportKindName,
  file: string,
  options: ImportEmployeesOptions,
): Promise<void> {
  const locale: Locale = options.lang === 'en' ? 'en' : 'id';
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(locale, `import.cli.${key}`, params);
  const filePath = path.resolve(file);
  if (!existsSync(filePath)) {
    console.error(t('fileNotFound', { file }));
    process.exitCode = 1;
    return;
  }
  const config = loadConfig();
  const database = await openDatabase(config, (message) => console.error(`[jenjang] ${message}`));
  try {
    const tenant = (await listTenants(database.urls)).find(
      (x) => x.code === options.tenant || x.slug === options.tenant,
    );
    if (!tenant) {
      console.error(t('tenantNotFound', { tenant: options.tenant }));
      process.exitCode = 1;
      return;
    }
    console.error(t('start', { file: path.basename(filePath), tenant: `${tenant.name} (${tenant.code})` }));
    const jobId = await runWithProgressBar(kind, database.db, config, tenant.id, filePath, t('progress'));
    process.exitCode = await printOutcome(kind, database.db, tenant.id, jobId, locale);
  } finally {
    // A cluster the running server started must keep running for it.
    await database.close({ stopEmbedded: database.embedded?.startedHere ?? false });
  }
}

async function runWithProgressBar(
  kind: ImportKindName,
  db: Db,
  config: ReturnType<typeof loadConfig>,
  tenantId: number,
  file: string,
  label: string,
): Promise<string> {
  const bar = new SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {percentage}% | {eta_formatted}`, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  const jobs = new JobRunner(db);
  registerImportKind<unknown>(
    jobs,
    IMPORT_KINDS[kind],
    { db, config },
    {
      onProgress: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    },
  );
  try {
    return await jobs.runNow(tenantId, null, IMPORT_KINDS[kind].job, { file, name: path.basename(file) });
  } finally {
    if (started) bar.stop();
  }
}

/** Prints the result or the failure; returns the exit code. */
async function printOutcome(
  kind: ImportKindName,
  db: Db,
  tenantId: number,
  jobId: string,
  locale: Locale,
): Promise<number> {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(locale, `import.cli.${key}`, params);
  return withTenant(db, tenantId, async (tx) => {
    const job = await findImportJob(tx, jobId, IMPORT_KINDS[kind].job);
    if (job?.status !== 'succeeded') {
      const error = (job?.error ?? { key: 'import.interrupted', params: {} }) as {
        key: string;
        params: object;
      };
      console.error(
        t('failed', { message: translate(locale, error.key, error.params as Record<string, unknown>) }),
      );
      return 1;
    }
    const number = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US');
    const result = job.result as ImportResult;
    const counts = Object.fromEntries(
      Object.entries(result).map(([key, value]) => [key, number.format(value)]),
    );
    console.log(t('summary', counts));
    const { rows, total } = await listIssues(tx, jobId, { offset: 0, limit: SHOWN_ISSUES });
    if (total === 0) return 0;
    console.log(`\n${t('issues', { shown: rows.length, total: number.format(total) })}`);
    const row = translate(locale, 'import.report.row');
    for (const issue of rows) {
      const severity = translate(locale, `import.report.${issue.severity}`);
      const message = issueMessage(locale, issue.severity, issue.code, issue.params);
      console.log(
        `  ${row} ${issue.row_number} · ${severity} · ${issue.column_name} "${issue.value}": ${message}`,
      );
    }
    if (total > rows.length) console.log(t('moreIssues', { job: jobId }));
    return 0;
  });
}
