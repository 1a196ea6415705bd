import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SERVER_DIR = path.resolve(import.meta.dirname, '..');
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

/** Starts `main.ts` in one Node process (no tsx wrapper), so kill -9 hits the server itself. */
async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      JENJANG_DATA_DIR: dataDir,
      JENJANG_DEMO_SCALE: '0.02',
      LOG_LEVEL: 'warn',
    },
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

async function postmasters(): Promise<number> {
  let count = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const parts = cmdline.split('\0');
    if (parts[0]?.endsWith('/postgres') && parts.includes(path.join(dataDir, 'postgres'))) count++;
  }
  return count;
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
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) {
    const { stopEmbeddedPostgres } = await import('./db/embedded-postgres');
    await stopEmbeddedPostgres(path.join(dataDir, 'postgres')).catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  }
});

describe('the server process', () => {
  it('survives kill -9: the restart adopts the running PostgreSQL, loses nothing, and Ctrl-C stops both', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'jenjang-main-'));
    const port = await freePort();
    const first = await startServer(port);
    const headers = await signIn(port);
    const created = await fetch(`http://127.0.0.1:${port}/api/v1/accounts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ username: 'tahan.banting', displayName: 'Tahan Banting', role: 'pegawai' }),
    });
    expect(created.status).toBe(201);

    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(await postmasters()).toBe(1);

    const second = await startServer(port);
    expect(await postmasters()).toBe(1);
    const list = await fetch(`http://127.0.0.1:${port}/api/v1/accounts?q=tahan`, {
      headers: await signIn(port),
    });
    expect(((await list.json()) as { total: number }).total).toBe(1);

    second.kill('SIGINT');
    const code = await new Promise((resolve) => second.once('exit', resolve));
    expect(code).toBe(0);
    expect(await postmasters()).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 240_000);
});
