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
  // Browser tests run even when a unit test failed: both reports are worth having.
  const built = run('npm', ['run', 'build', '--workspace', '@jenjang/web']);
  const browsers = built === 0 ? run('npx', ['vitest', 'run', '--project', 'e2e']) : built;
  status = status || browsers;
}
process.exit(status);
