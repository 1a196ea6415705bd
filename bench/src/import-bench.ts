import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { SIASN_COLUMNS } from '@jenjang/domain/people/employee-import.rules';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { bootstrapDatabase, type DatabaseUrls } from '../../packages/server/src/db/bootstrap';
import { createDb, createPool, type Db, withTenant } from '../../packages/server/src/db/database';
import {
  clusterUrl,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../../packages/server/src/db/embedded-postgres';
import { migrate } from '../../packages/server/src/db/migrate';
import { withOwner } from '../../packages/server/src/db/owner';
import {
  EMPLOYEE_IMPORT_JOB,
  registerImportJob,
} from '../../packages/server/src/features/imports/import.service';
import { JobRunner } from '../../packages/server/src/features/jobs/job-runner';
import { writeSyntheticSiasnCsv } from './synthetic-siasn';

export const IMPORT_HELP = `Usage: npm run bench -- import [--rows N] [--seed N] [--keep]

Generates a deterministic SIASN-shaped CSV (about 2% invalid rows, 0.1% repeated employees),
starts a fresh embedded PostgreSQL in a temporary directory, and measures:
  1. Jenjang's employee import of the file, through the same job handler the server runs, with
     peak RSS sampled every 50 ms and the process's maxRSS;
  2. the baseline: the employees it stored, written out in employee's own columns, loaded by a
     plain COPY into an empty table equivalent to employee (same columns, checks, indexes and
     foreign keys);
  3. for reference: a plain COPY of the CSV itself into ${SIASN_COLUMNS.length} text columns (no types,
     no indexes), the import of the same file again (nothing changes), and the database floor
     (the imported employees inserted again into an emptied employee table by SQL, rolled back).
Prints the times with both ratios, the import against the 3x limit (of the baseline) and the RSS
against 500 MB. Always exits 0.

Options:
  --rows N   data rows to generate (default 1000000)
  --seed N   generator seed (default 20240601)
  --keep     keep the temporary directory (CSV and database) for inspection
`;

const RATIO_LIMIT = 3;
const RSS_LIMIT_MB = 500;
const MB = 1024 * 1024;

/** Samples the resident set size every 50 ms; the peak is what a small server must have free. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

/** The baseline, as the cluster's superuser: a COPY with nothing in its way, then a checkpoint. */
async function plainCopy(superuserUrl: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const columns = SIASN_COLUMNS.map((c) => `${c.key} text`).join(', ');
    await client.query(`create table bench_plain_copy (${columns})`);
    const { seconds } = await timed(() =>
      pipeline(
        createReadStream(file, { highWaterMark: MB }),
        client.query(copyFrom('copy bench_plain_copy from stdin (format csv, header true)')),
      ),
    );
    // The import that follows should not pay for this COPY's dirty pages.
    await client.query('checkpoint');
    return seconds;
  } finally {
    await client.end();
  }
}

async function createBenchTenant(urls: DatabaseUrls): Promise<number> {
  const tenant = await withOwner(urls, (db) =>
    db
      .insertInto('tenant')
      .values({ code: '21.72', slug: 'kota-tanjungpinang', name: 'Kota Tanjungpinang', kind: 'kota' })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return tenant.id;
}

interface ImportRun {
  seconds: number;
  peakRss: number;
  result: unknown;
}

/** Runs the import job exactly as the server does (JobRunner + the registered handler). */
async function jenjangImport(jobs: JobRunner, db: Db, tenantId: number, file: string): Promise<ImportRun> {
  const sampler = rssSampler();
  const { value: jobId, seconds } = await timed(() =>
    jobs.runNow(tenantId, null, EMPLOYEE_IMPORT_JOB, { file, name: path.basename(file) }),
  );
  const peakRss = sampler.stop();
  const job = await withTenant(db, tenantId, (tx) =>
    tx
      .selectFrom('job')
      .select(['status', 'result', 'error'])
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow(),
  );
  if (job.status !== 'succeeded') throw new Error(`import failed: ${JSON.stringify(job.error)}`);
  return { seconds, peakRss, result: job.result };
}

/**
 * The baseline the target is set against: the same employees, as a COPY file in the table's own
 * columns, loaded by plain COPY into an empty table equivalent to employee (its columns, checks,
 * indexes and foreign keys), as the superuser. This is what PostgreSQL needs to store these rows
 * the way Jenjang stores them, without reading, validating or merging anything.
 */
async function equivalentCopy(superuserUrl: string, dir: string): Promise<number> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  const file = path.join(dir, 'employee-columns.copy');
  try {
    const list = (await employeeColumns(client)).join(', ');
    await pipeline(
      client.query(copyTo(`copy (select ${list} from employee) to stdout`)),
      createWriteStream(file, { highWaterMark: MB }),
    );
    await client.query('create table bench_equivalent (like employee including all)');
    const foreignKeys = await client.query<{ definition: string }>(
      `select pg_get_constraintdef(oid) as definition from pg_constraint
        where conrelid = 'employee'::regclass and contype = 'f'`,
    );
    for (const { definition } of foreignKeys.rows) {
      await client.query(`alter table bench_equivalent add ${definition}`);
    }
    await client.query('checkpoint');
    const { seconds } = await timed(() =>
      pipeline(
        createReadStream(file, { highWaterMark: MB }),
        client.query(copyFrom(`copy bench_equivalent (${list}) from stdin`)),
      ),
    );
    await client.query('drop table bench_equivalent');
    await client.query('checkpoint');
    return seconds;
  } finally {
    await client.end();
    await rm(file, { force: true });
  }
}

/** employee's columns but its generated id, in table order. */
async function employeeColumns(client: pg.Client): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `select attname as name from pg_attribute where attrelid = 'employee'::regclass and attnum > 0
       and not attisdropped and attname <> 'id' order by attnum`,
  );
  return result.rows.map((r) => r.name);
}

/**
 * What the database alone needs to write the imported employees: the same rows inserted again
 * into an emptied employee table (its indexes and foreign keys), no JavaScript involved, rolled
 * back. The import cannot be faster than this, whatever the validation costs.
 */
async function databaseFloor(superuserUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query('create temp table floor_source as select * from employee');
    await client.query('begin');
    await client.query('truncate employee cascade');
    const list = (await employeeColumns(client)).join(', ');
    const { seconds } = await timed(() =>
      client.query(`insert into employee (${list}) select ${list} from floor_source`),
    );
    await client.query('rollback');
    return seconds;
  } finally {
    await client.end();
  }
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL';
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(rows[0] ?? []));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

interface Figures {
  rows: number;
  copySeconds: number;
  first: ImportRun;
  again: ImportRun;
  floorSeconds: number;
  equivalentSeconds: number;
}

async function measure(dir: string, rows: number, seed: number): Promise<Figures> {
  const file = path.join(dir, 'siasn.csv');
  console.log(`generating ${rows.toLocaleString('en')} rows in ${file}`);
  const stats = await writeSyntheticSiasnCsv(file, rows, seed);
  const size = (await stat(file)).size / MB;
  console.log(
    `  ${size.toFixed(0)} MB, ${stats.invalidRows} invalid rows, ${stats.duplicateRows} repeated employees`,
  );
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: 0 });
  const superuserUrl = clusterUrl(cluster, 'jenjang_bench');
  const urls = await bootstrapDatabase(clusterUrl(cluster), {
    database: 'jenjang_bench',
    secret: cluster.password,
  });
  await migrate(urls.ownerUrl);
  const tenantId = await createBenchTenant(urls);

  console.log('plain COPY (baseline)…');
  const copySeconds = await plainCopy(superuserUrl, file);
  const db = createDb(createPool(urls));
  try {
    const jobs = new JobRunner(db);
    registerImportJob(jobs, { db, config: { importMaxIssues: 100_000 } });
    console.log('Jenjang import…');
    const first = await jenjangImport(jobs, db, tenantId, file);
    console.log('Jenjang import of the same file again…');
    const again = await jenjangImport(jobs, db, tenantId, file);
    console.log('database floor (INSERT of the imported employees, no JavaScript)…');
    const floorSeconds = await databaseFloor(superuserUrl);
    console.log('plain COPY of the imported employees into a table equivalent to employee…');
    const equivalentSeconds = await equivalentCopy(superuserUrl, dir);
    return { rows, copySeconds, first, again, floorSeconds, equivalentSeconds };
  } finally {
    await db.destroy();
  }
}

export async function runImportBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '20240601' },
      keep: { type: 'boolean', default: false },
    },
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'jenjang-bench-'));
  try {
    report(await measure(dir, Number(values.rows), Number(values.seed)));
  } finally {
    await stopEmbeddedPostgres(path.join(dir, 'postgres')).catch(() => {});
    if (values.keep) console.log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

function report(f: Figures): void {
  const ratio = f.first.seconds / f.equivalentSeconds;
  const peakMb = Math.max(f.first.peakRss, f.again.peakRss) / MB;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const against = (seconds: number, base: number) => `${(seconds / base).toFixed(2)}x`;
  console.log(`\nfirst import:  ${JSON.stringify(f.first.result)}`);
  console.log(`second import: ${JSON.stringify(f.again.result)}`);
  const cpu = cpus()[0]?.model ?? 'unknown';
  const date = new Date().toISOString().slice(0, 10);
  console.log(`machine: ${cpus().length} cores (${cpu}), node ${process.version}, ${date}\n`);
  const line = (label: string, seconds: number) => [
    label,
    `${seconds.toFixed(2)} s`,
    against(seconds, f.equivalentSeconds),
    against(seconds, f.copySeconds),
  ];
  printTable([
    ['measure', 'time', 'vs COPY into employee-equivalent table', 'vs COPY into text columns'],
    line('COPY into an employee-equivalent table (baseline)', f.equivalentSeconds),
    line(`COPY of the CSV into ${SIASN_COLUMNS.length} text columns (info)`, f.copySeconds),
    line('Jenjang import', f.first.seconds),
    line('same file again (info)', f.again.seconds),
    line('database floor: INSERT … SELECT into employee (info)', f.floorSeconds),
  ]);
  console.log('');
  printTable([
    ['target', 'measured', 'limit', 'verdict'],
    [
      'import time vs COPY into an employee-equivalent table',
      `${ratio.toFixed(2)}x`,
      `<= ${RATIO_LIMIT}x`,
      verdict(ratio <= RATIO_LIMIT),
    ],
    [
      'peak RSS (sampled, imports)',
      `${peakMb.toFixed(0)} MB`,
      `< ${RSS_LIMIT_MB} MB`,
      verdict(peakMb < RSS_LIMIT_MB),
    ],
    [
      'maxRSS (process)',
      `${maxRssMb.toFixed(0)} MB`,
      `< ${RSS_LIMIT_MB} MB`,
      verdict(maxRssMb < RSS_LIMIT_MB),
    ],
  ]);
}
