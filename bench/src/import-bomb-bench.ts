import type { ChildProcess } from 'node:child_process';
import { createReadStream, openAsBlob } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { bootstrapDatabase, type DatabaseUrls } from '../../packages/server/src/db/bootstrap';
import { createDb, createPool, withTenant } from '../../packages/server/src/db/database';
import {
  clusterUrl,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../../packages/server/src/db/embedded-postgres';
import { migrate } from '../../packages/server/src/db/migrate';
import { withOwner } from '../../packages/server/src/db/owner';
import { hashPassword } from '../../packages/server/src/features/auth/passwords';
import { craftXlsx, repeated, sheetRow } from '../../packages/server/test/crafted-zip';
import { startServer, stopServer } from './server-process';
import { writeSyntheticSiasnCsv } from './synthetic-siasn';

export const IMPORT_BOMB_HELP = `Usage: npm run bench -- import-bomb [--rows N] [--only NAME] [--keep]

Starts a fresh embedded PostgreSQL and the Jenjang server in a process of its own, with the
default import limits, signs in as an admin and uploads, one at a time:
  strings-bomb   shared strings that inflate from about 0.4 MB to 300 MB (issue 7's bomb)
  strings-many   3.9 million distinct texts of 24 characters: 94 MB, just under both the count
                 and the size limit of the shared strings (the most an upload may make it hold)
  lying-size     a sheet whose zip entry claims 200 bytes and inflates to 500 MB
  sheet-budget   a sheet of empty rows that inflates to just under the 1 GiB budget
  csv-wide       a CSV whose second line is 100 million empty cells
  long-cell      0.2 MB: one shared text of 32,767 'X' that the NIP cell of 20,000 rows names
                 (every row an issue quoting the cell; issue 7 §2.7's second bomb)
  long-cell-cap  the same with 100,000 rows: as many issues as IMPORT_MAX_ISSUES keeps
  siasn-xlsx     a SIASN workbook of --rows rows as Excel writes it (must import)
For each: the answer (HTTP status, then the job's outcome), the time, the server's peak RSS
(VmHWM, reset before each upload) against 500 MB, and the longest a GET /readyz polled meanwhile
had to wait (other users' view of the server). An import that kept issues is followed by the
download of its error report (GET /imports/{id}/issues.xlsx), measured the same way.
Always exits 0.

Options:
  --rows N     rows of the SIASN workbook (default 200000)
  --only NAME  run one case
  --keep       keep the temporary directory (files and database)
`;

const RSS_LIMIT_MB = 500;
const MB = 1024 * 1024;

interface Case {
  name: string;
  file: string;
  fileName: string;
}

async function prepare(urls: DatabaseUrls): Promise<void> {
  const db = createDb(createPool(urls, 2));
  try {
    const tenant = await withOwner(urls, (owner) =>
      owner
        .insertInto('tenant')
        .values({ code: '61.71', slug: 'bench-bomb', name: 'Kota Uji Impor', kind: 'kota' })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    const hash = await hashPassword('bench-password-1');
    await withTenant(db, tenant.id, (tx) =>
      tx
        .insertInto('account')
        .values({
          tenant_id: tenant.id,
          username: 'admin.bench',
          display_name: 'Admin',
          role: 'admin',
          scope_unit_id: null,
          employee_id: null,
          password_hash: hash,
          password_changed_at: new Date(),
        })
        .execute(),
    );
  } finally {
    await db.destroy();
  }
}

/** The process's peak resident set since the last reset (Linux: VmHWM), in MB. */
async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function currentRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** Resets VmHWM to the current RSS, so each upload's peak is its own. */
function resetPeak(pid: number): Promise<void> {
  return writeFile(`/proc/${pid}/clear_refs`, '5');
}

async function signIn(base: string) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin.bench', password: 'bench-password-1' }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/**
 * Polls /readyz one request after another while `work` runs: the longest answer is how long any
 * user's request had to wait for the event loop meanwhile.
 */
async function watchingReadyz<T>(
  base: string,
  work: () => Promise<T>,
): Promise<{ value: T; longestMs: number }> {
  let running = true;
  let longestMs = 0;
  const poll = (async () => {
    while (running) {
      const start = performance.now();
      await (await fetch(`${base}/readyz`)).arrayBuffer();
      longestMs = Math.max(longestMs, performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    return { value: await work(), longestMs };
  } finally {
    running = false;
    await poll;
  }
}

interface Measured {
  name: string;
  size: number;
  outcome: string;
  seconds: number;
  before: number;
  peak: number;
  longestReadyMs: number;
}

async function runCase(
  base: string,
  pid: number,
  headers: Record<string, string>,
  c: Case,
): Promise<{ measured: Measured; jobId: string | null }> {
  await resetPeak(pid);
  const before = await currentRssMb(pid);
  const start = performance.now();
  const { value, longestMs } = await watchingReadyz(base, () => uploadAndWait(base, headers, c));
  const seconds = (performance.now() - start) / 1000;
  const peak = await peakRssMb(pid);
  const size = (await stat(c.file)).size;
  const measured = {
    name: c.name,
    size,
    outcome: value.outcome,
    seconds,
    before,
    peak,
    longestReadyMs: longestMs,
  };
  return { measured, jobId: value.withIssues ? value.jobId : null };
}

/** Downloads an import's error report whole, measured like an upload. */
async function runReport(
  base: string,
  pid: number,
  headers: Record<string, string>,
  name: string,
  jobId: string,
) {
  await resetPeak(pid);
  const before = await currentRssMb(pid);
  const start = performance.now();
  const { value, longestMs } = await watchingReadyz(base, async () => {
    const response = await fetch(`${base}/api/v1/imports/${jobId}/issues.xlsx`, { headers });
    const bytes = (await response.arrayBuffer()).byteLength;
    return { status: response.status, bytes };
  });
  const measured: Measured = {
    name: `${name} → report`,
    size: value.bytes,
    outcome: `${value.status}, XLSX of ${(value.bytes / MB).toFixed(2)} MB`,
    seconds: (performance.now() - start) / 1000,
    before,
    peak: await peakRssMb(pid),
    longestReadyMs: longestMs,
  };
  return measured;
}

async function uploadAndWait(base: string, headers: Record<string, string>, c: Case) {
  const form = new FormData();
  form.append('file', await openAsBlob(c.file), c.fileName);
  const response = await fetch(`${base}/api/v1/imports/employees`, { method: 'POST', headers, body: form });
  const body = (await response.json()) as {
    id?: string;
    detail?: string;
    status?: string;
    errors?: { message: string }[] | null;
    result?: Record<string, number> | null;
  };
  let outcome = `${response.status} ${body.detail ?? ''}`.trim();
  let withIssues = false;
  if (response.status === 202 && body.id) {
    for (;;) {
      const job = (await (await fetch(`${base}/api/v1/jobs/${body.id}`, { headers })).json()) as typeof body;
      if (job.status === 'succeeded') {
        outcome = `202, job succeeded: ${JSON.stringify(job.result)}`;
        withIssues = (job.result?.invalid ?? 0) + (job.result?.warnings ?? 0) > 0;
        break;
      }
      if (job.status === 'failed') {
        outcome = `202, job failed: ${job.errors?.[0]?.message ?? ''}`;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { outcome, jobId: body.id ?? null, withIssues };
}

/** The SIASN CSV of the import benchmark, written as Excel would: texts in the shared table. */
async function siasnWorkbook(dir: string, rows: number): Promise<string> {
  const csv = path.join(dir, 'siasn.csv');
  const file = path.join(dir, 'siasn.xlsx');
  await writeSyntheticSiasnCsv(csv, rows);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Data');
  for await (const record of createReadStream(csv).pipe(parse({ relax_column_count: true }))) {
    sheet.addRow(record as string[]).commit();
  }
  sheet.commit();
  await workbook.commit();
  await rm(csv);
  return file;
}

const HEADER = ['nip', 'nama', 'unit_kerja'];
/** Excel's longest cell. */
const LONGEST_CELL = 'X'.repeat(32_767);
const ROW = ['198503122010011003', 'Budi Santoso', 'Dinas Pendidikan'];

/**
 * Rows whose NIP cell names one shared text of Excel's longest cell (each distinct text once, as
 * Excel keeps them): every row is an issue quoting that cell.
 */
function longCellWorkbook(rows: number): Promise<Buffer> {
  const texts = [LONGEST_CELL, 'Budi Santoso', 'Dinas Pendidikan'];
  return craftXlsx({
    rows: [
      Buffer.from(sheetRow(1, HEADER)),
      ...(function* () {
        for (let row = 2; row <= rows + 1; row++) {
          yield Buffer.from(sheetRow(row, texts, (text) => texts.indexOf(text)));
        }
      })(),
    ],
    sharedStrings: texts.map((text) => `<si><t>${text}</t></si>`).join(''),
  });
}

async function makeCases(dir: string, rows: number, only: string | undefined): Promise<Case[]> {
  const names = [...HEADER, ...ROW];
  const index = (text: string) => names.indexOf(text);
  const head = `${sheetRow(1, HEADER, index)}${sheetRow(2, ROW, index)}`;
  const texts = Buffer.from(names.map((n) => `<si><t>${n}</t></si>`).join(''));
  const makers: Record<string, () => Promise<Buffer | string>> = {
    'strings-bomb': () =>
      craftXlsx({
        rows: head,
        sharedStrings: [texts, ...repeated(`<si><t>${'A'.repeat(1000)}</t></si>`.repeat(1000), 300)],
      }),
    'strings-many': () =>
      craftXlsx({
        rows: head,
        sharedStrings: (function* () {
          yield texts;
          for (let block = 0; block < 3900; block++) {
            let xml = '';
            for (let i = 0; i < 1000; i++)
              xml += `<si><t>${String(block * 1000 + i).padStart(24, 't')}</t></si>`;
            yield Buffer.from(xml);
          }
        })(),
      }),
    'lying-size': () =>
      craftXlsx({
        rows: [Buffer.from(head), ...repeated('<row/>'.repeat(10_000), 8_700)],
        sharedStrings: [texts],
        sheetEntry: { claimedSize: 200 },
      }),
    'sheet-budget': () =>
      craftXlsx({
        rows: [Buffer.from(head), ...repeated('<row/>'.repeat(10_000), 17_000)],
        sharedStrings: [texts],
      }),
    'long-cell': () => longCellWorkbook(20_000),
    'long-cell-cap': () => longCellWorkbook(100_000),
    'csv-wide': async () => {
      const file = path.join(dir, 'csv-wide.csv');
      await writeFile(file, `${HEADER.join(';')}\n${';'.repeat(100_000_000)}\n`);
      return file;
    },
    'siasn-xlsx': () => siasnWorkbook(dir, rows),
  };
  const cases: Case[] = [];
  for (const [name, make] of Object.entries(makers)) {
    if (only && only !== name) continue;
    const made = await make();
    const ext = name.startsWith('csv') ? 'csv' : 'xlsx';
    const file = typeof made === 'string' ? made : path.join(dir, `${name}.${ext}`);
    if (typeof made !== 'string') await writeFile(file, made);
    cases.push({ name, file, fileName: `${name}.${ext}` });
  }
  return cases;
}

export async function runImportBombBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string', default: '200000' },
      only: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'jenjang-bench-bomb-'));
  console.log(`working in ${dir}; making the files…`);
  const cases = await makeCases(dir, Number(values.rows), values.only);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: 0 });
  let server: ChildProcess | undefined;
  try {
    const urls = await bootstrapDatabase(clusterUrl(cluster), {
      database: 'bench',
      secret: cluster.password,
    });
    await migrate(urls.ownerUrl);
    await prepare(urls);
    const started = await startServer(urls, {
      BENCH_POOL: '4',
      JENJANG_DATA_DIR: path.join(dir, 'server-data'),
    });
    server = started.child;
    const base = `http://127.0.0.1:${started.port}`;
    const headers = await signIn(base);
    console.log(
      `server pid ${server.pid} on ${base}; machine: ${cpus().length} cores, node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
    );
    const rows = [
      ['case', 'size', 'answer', 'time', 'RSS before', 'peak RSS', 'limit', 'verdict', 'longest /readyz'],
    ];
    const record = (r: Measured) => {
      rows.push([
        r.name,
        `${(r.size / MB).toFixed(2)} MB`,
        r.outcome.length > 90 ? `${r.outcome.slice(0, 87)}…` : r.outcome,
        `${r.seconds.toFixed(1)} s`,
        `${r.before.toFixed(0)} MB`,
        `${r.peak.toFixed(0)} MB`,
        `${RSS_LIMIT_MB} MB`,
        r.peak < RSS_LIMIT_MB ? 'PASS' : 'FAIL',
        `${r.longestReadyMs.toFixed(0)} ms`,
      ]);
      console.log(
        `${r.name}: ${r.outcome} (${r.seconds.toFixed(1)} s, peak ${r.peak.toFixed(0)} MB, /readyz ≤ ${r.longestReadyMs.toFixed(0)} ms)`,
      );
    };
    for (const c of cases) {
      const { measured, jobId } = await runCase(base, server.pid!, headers, c);
      record(measured);
      if (jobId) record(await runReport(base, server.pid!, headers, c.name, jobId));
    }
    console.log('');
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    for (const row of rows) console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`);
  } finally {
    await stopServer(server);
    await stopEmbeddedPostgres(cluster.dataDir);
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
}
