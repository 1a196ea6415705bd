import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config';
import { runningServerUrl } from './db/data-dir-registry';
import { clusterUrl, startEmbeddedPostgres, stopEmbeddedPostgres } from './db/embedded-postgres';

const SERVER_DIR = path.resolve(import.meta.dirname, '..');
/** The server as production runs it: compiled by `npm run build` (scripts/build-server.mjs), no tsx. */
const COMPILED_SERVER = ['--enable-source-maps', 'dist/main.js'];
let dataDir = '';
const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function serverEnv(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    JENJANG_DATA_DIR: dataDir,
    JENJANG_DEMO_SCALE: '0.02',
    JENJANG_LANG: 'en',
    LOG_LEVEL: 'warn',
  };
}

/** Starts the compiled server in one Node process (no npm wrapper), so kill -9 hits the server itself. */
async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, COMPILED_SERVER, {
    cwd: SERVER_DIR,
    env: serverEnv(port),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready: http://')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return child;
}

/** Runs a command to its end (bounded), for the processes that must refuse at once. */
async function runToEnd(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, output };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise<number | null>((resolve) => child.once('exit', resolve));

/**
 * The postmasters of the test's cluster. A backend PostgreSQL has just forked carries its parent's
 * command line until it sets its own title, so a process whose parent is one of them is not counted.
 */
async function postmasters(): Promise<number> {
  const ofCluster = new Map<string, string>();
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const parts = cmdline.split('\0');
    if (!parts[0]?.endsWith('/postgres') || !parts.includes(path.join(dataDir, 'postgres'))) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // The parent pid is the second field after the command name, which ends with the last ')'.
    ofCluster.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '');
  }
  return [...ofCluster.values()].filter((parent) => !ofCluster.has(parent)).length;
}

async function signIn(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin.tanjungpinang', password: 'jenjang-demo' }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** A valid Jenjang-template CSV big enough that its import runs for a few seconds. */
function bigEmployeeFile(rows: number): Blob {
  const lines = ['nip;nama;unit_kerja'];
  const start = Date.UTC(1965, 0, 1);
  for (let i = 0; i < rows; i++) {
    const birth = new Date(start + Math.floor(i / 9) * 86_400_000).toISOString().slice(0, 10);
    const nip = `${birth.replaceAll('-', '')}2010011${String((i % 9) + 1).padStart(3, '0')}`;
    lines.push(`${nip};Pegawai Uji ${i};Dinas Uji Ketahanan`);
  }
  return new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' });
}

/** Uploads the file and waits until its job is running with progress made. */
async function importRunning(port: number, headers: Record<string, string>): Promise<string> {
  const form = new FormData();
  form.append('file', bigEmployeeFile(300_000), 'pegawai-besar.csv');
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/imports/employees`, {
    method: 'POST',
    headers,
    body: form,
  });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  await expect
    .poll(
      async () => {
        const job = await (await fetch(`http://127.0.0.1:${port}/api/v1/jobs/${id}`, { headers })).json();
        return job.status === 'running' && job.progress.done > 0;
      },
      { timeout: 30_000, interval: 100 },
    )
    .toBe(true);
  return id;
}

const uploads = () => readdir(path.join(dataDir, 'uploads')).catch(() => [] as string[]);

beforeAll(async () => {
  await promisify(execFile)(process.execPath, ['scripts/build-server.mjs'], { cwd: REPO_ROOT });
}, 120_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) {
    await stopEmbeddedPostgres(path.join(dataDir, 'postgres')).catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  }
});

describe('the server process', () => {
  let port = 0;
  let server: ChildProcess;
  let headers: Record<string, string>;

  it('refuses a second server (and a second npm start, before building) on the same data directory', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'jenjang-main-'));
    port = await freePort();
    server = await startServer(port);
    headers = await signIn(port);
    // Where command-line tools of this data directory find it (links of tenant/account create).
    expect(await runningServerUrl(dataDir)).toBe(`http://localhost:${port}`);

    const sentence = `Jenjang is already running on the data directory ${dataDir} (process ${server.pid})`;
    const second = await runToEnd(COMPILED_SERVER, SERVER_DIR, serverEnv(await freePort()));
    expect(second.code).toBe(1);
    expect(second.output).toContain(sentence);
    const npmStart = await runToEnd(['scripts/start.mjs'], REPO_ROOT, serverEnv(await freePort()));
    expect(npmStart.code).toBe(1);
    expect(npmStart.output).toContain(sentence);
    // Refused before `npm run build` ran: nothing of the served web app was touched.
    expect(npmStart.output).not.toContain('@jenjang/web');

    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(await postmasters()).toBe(1);
    // The compiled command line beside it finds its migrations (copied beside the bundle) applied.
    const migrate = await runToEnd(['dist/jenjang.js', 'migrate'], SERVER_DIR, serverEnv(port));
    expect(migrate).toMatchObject({ code: 0 });
  }, 180_000);

  it('answers a translated 503 while PostgreSQL is down, restarts it and recovers, without crashing', async () => {
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    const postmaster = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    const statuses: number[] = [];
    let unavailable: { status: number; detail: string; type: string } | null = null;
    process.kill(postmaster, 'SIGKILL');
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/accounts?q=admin`, {
        headers: { ...headers, 'accept-language': 'id' },
      });
      statuses.push(response.status);
      if (response.status === 503) unavailable = await response.json();
      else await response.arrayBuffer();
      if (unavailable && response.status === 200) break;
      await sleep(100);
    }
    expect(server.exitCode).toBeNull();
    expect(unavailable).toMatchObject({
      status: 503,
      type: expect.stringContaining('unavailable'),
      detail: expect.stringContaining('Basis data sedang tidak dapat dijangkau'),
    });
    expect(new Set(statuses)).toEqual(new Set([200, 503]));
    expect(statuses.at(-1)).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(await postmasters()).toBe(1);
  }, 120_000);

  it('kill -9 of PostgreSQL mid-import fails the import as a lost database connection once it is back, and removes its upload', async () => {
    const job = await importRunning(port, headers);
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    process.kill(Number((await readFile(pidFile, 'utf8')).split('\n')[0]), 'SIGKILL');
    // Within the heartbeat's minute: the row itself says failed, not a read that guesses it.
    await expect
      .poll(
        async () => {
          const response = await fetch(`http://127.0.0.1:${port}/api/v1/jobs/${job}`, {
            headers: { ...headers, 'accept-language': 'en' },
          });
          return response.status === 200 ? await response.json() : { status: response.status };
        },
        { timeout: 45_000, interval: 250 },
      )
      .toMatchObject({
        status: 'failed',
        errors: [{ message: expect.stringContaining('connection to the database was lost') }],
      });
    expect(await uploads()).toEqual([]);
    expect(server.exitCode).toBeNull();
  }, 120_000);

  it('after kill -9 mid-import, the restart adopts PostgreSQL, loses nothing committed, fails the import at once and removes its upload', async () => {
    const created = await fetch(`http://127.0.0.1:${port}/api/v1/accounts`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'tahan.banting', displayName: 'Tahan Banting', role: 'pegawai' }),
    });
    expect(created.status).toBe(201);
    const job = await importRunning(port, headers);
    expect(await uploads()).toHaveLength(1);
    server.kill('SIGKILL');
    await exited(server);
    expect(await postmasters()).toBe(1);

    server = await startServer(port);
    expect(await postmasters()).toBe(1);
    headers = await signIn(port);
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/jobs/${job}`, {
      headers: { ...headers, 'accept-language': 'en' },
    });
    // Its heartbeat is seconds old: only knowing the previous server died fails it this early.
    expect(await response.json()).toMatchObject({
      status: 'failed',
      errors: [{ message: expect.stringContaining('server stopped or restarted') }],
    });
    expect(await uploads()).toEqual([]);
    const list = await fetch(`http://127.0.0.1:${port}/api/v1/accounts?q=tahan`, { headers });
    expect(((await list.json()) as { total: number }).total).toBe(1);
  }, 240_000);

  it('Ctrl-C mid-import marks it interrupted at once, removes its upload and stops PostgreSQL', async () => {
    const job = await importRunning(port, headers);
    server.kill('SIGINT');
    expect(await exited(server)).toBe(0);
    expect(await postmasters()).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(await uploads()).toEqual([]);

    // Read the row as the stopped server left it, before any start could mark it.
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: 0 });
    const client = new pg.Client({ connectionString: clusterUrl(cluster, 'jenjang') });
    await client.connect();
    try {
      const { rows } = await client.query('select status, error from job where id = $1', [job]);
      expect(rows).toEqual([{ status: 'failed', error: { key: 'import.interrupted', params: {} } }]);
      const imported = await client.query(
        "select count(*)::int as n from employee where name like 'Pegawai Uji%'",
      );
      expect(imported.rows[0].n).toBe(0);
    } finally {
      await client.end();
      await stopEmbeddedPostgres(cluster.dataDir);
    }
  }, 120_000);
});
