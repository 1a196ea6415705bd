#!/usr/bin/env node
// `npm test`: unit and integration tests, then the browser tests when Chromium is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;

let status = run('npx', ['vitest', 'run', '--project', 'domain', '--project', 'server', '--project', 'web']);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(
    `Browser tests skipped: Chromium not found at ${chromium} (install it: apt-get install -y chromium).`,
  );
} else {
  const built = run('npm', ['run', 'build', '--workspace', '@jenjang/web']);
  status ||= built;
  if (built === 0) status ||= run('npx', ['vitest', 'run', '--project', 'e2e']);
}
process.exit(status);
