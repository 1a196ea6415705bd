#!/usr/bin/env node
// `npm start`: refuses at once when a server already runs on the data directory (before building
// anything), builds the web app beside the one being served and swaps it in, compiles the server
// (scripts/build-server.mjs), then runs the compiled server: what production runs, built on the fly.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(import.meta.dirname, '..');
const { startRefusal } = await tsImport('../packages/server/src/cli/start-check.ts', import.meta.url);
const refusal = await startRefusal();
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const workspace of ['@jenjang/web', '@jenjang/server']) {
  const built = spawnSync(npm, ['run', 'build', '--workspace', workspace], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// One Node process for the server, so signals reach it directly. Ctrl-C reaches both of us (the
// terminal signals the whole group): we only wait for the server to finish stopping.
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
  cwd: path.join(root, 'packages/server'),
  stdio: 'inherit',
});
process.on('SIGINT', () => {});
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
