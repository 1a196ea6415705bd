import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { DatabaseUrls } from '../../packages/server/src/db/bootstrap';

// The server under test runs in a process of its own (survey-server.ts), as in production, so the
// load a benchmark generates does not run on the server's event loop.

/**
 * Starts the server on the benchmark's database; `env` adds settings (pool size, data directory).
 * `script` is another server of bench/src that prints its port the same way (bare-server.ts).
 */
export async function startServer(
  urls: DatabaseUrls,
  env: Record<string, string> = {},
  script = 'survey-server.ts',
): Promise<{ child: ChildProcess; port: number }> {
  const { child, line } = await spawnServer(path.join(import.meta.dirname, script), {
    BENCH_OWNER_URL: urls.ownerUrl,
    BENCH_APP_URL: urls.appUrl ?? '',
    ...env,
  });
  return { child, port: Number(line) };
}

/** Runs a server script under tsx and waits for the first line it prints (its address). */
export function spawnServer(
  script: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; line: string }> {
  // BENCH_SERVER_NODE_ARGS passes flags to the server's Node only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, line }));
  });
}

/** Stops the server if it still runs (SIGTERM: it closes the app and its pool) and waits for it to exit. */
export async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
