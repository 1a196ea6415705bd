#!/usr/bin/env node
// `npm test`: unit and integration tests, then the browser tests when Chromium is installed.
// Each run also writes a JSON report; the failures of both are summed up at the very end, so the
// last lines of a long CI log say what failed even when the unit tests' own report scrolled away.
//
// TEST_BESIDE_BROWSER (CI): a shell command run while the browser tests run — they keep one core
// of two mostly waiting on the browser — such as the integration tests against another
// PostgreSQL; its output is held back and printed after, and its exit status counts like a run's.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reportsDir = mkdtempSync(path.join(tmpdir(), 'jenjang-test-'));
/** Runs a command to its end; its exit status. */
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;
/** Runs a command beside this process; a promise of its exit status. */
const start = (command, args) =>
  new Promise((resolve) =>
    spawn(command, args, { stdio: 'inherit', shell: false }).on('close', (code) => resolve(code ?? 1)),
  );
/** vitest's arguments for a run of these projects, writing its JSON report as `name`. */
const vitestArgs = (name, projects) => [
  'vitest',
  'run',
  ...projects.flatMap((project) => ['--project', project]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(reportsDir, `${name}.json`)}`,
];

const outcomes = [
  {
    name: 'unit and integration',
    report: 'unit',
    status: run('npx', vitestArgs('unit', ['domain', 'server', 'web'])),
  },
];

/** Starts TEST_BESIDE_BROWSER, if set; resolves to its exit status once it has ended and its output is printed. */
function besideBrowser() {
  const command = process.env.TEST_BESIDE_BROWSER;
  if (!command) return null;
  const output = [];
  const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      console.log(`\n── beside the browser tests: ${command}\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(
    `Browser tests skipped: Chromium not found at ${chromium} (install it: apt-get install -y chromium).`,
  );
  const beside = besideBrowser();
  if (beside) outcomes.push({ name: 'beside the browser tests', report: null, status: await beside });
} else {
  // Browser tests run even when a unit test failed: both reports are worth having.
  const built = run('npm', ['run', 'build', '--workspace', '@jenjang/web']);
  const beside = besideBrowser();
  if (built !== 0) outcomes.push({ name: 'web build', report: null, status: built });
  else
    outcomes.push({ name: 'browser', report: 'e2e', status: await start('npx', vitestArgs('e2e', ['e2e'])) });
  if (beside) outcomes.push({ name: 'beside the browser tests', report: null, status: await beside });
}

for (const { name, report: reportName, status } of outcomes) {
  if (status === 0) continue;
  console.log(`\n${name}: exit ${status}`);
  if (!reportName) continue;
  const file = path.join(reportsDir, `${reportName}.json`);
  let report = null;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.log(`  (no readable report at ${file})`);
  }
  const failed = (report?.testResults ?? []).flatMap((suite) =>
    suite.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => ({ file: path.relative(process.cwd(), suite.name), test })),
  );
  for (const { file: where, test } of failed) {
    console.log(`  ✗ ${where} > ${test.fullName}`);
    const message = (test.failureMessages?.[0] ?? '').split('\n').slice(0, 6).join('\n      ');
    if (message) console.log(`      ${message}`);
  }
  if (failed.length === 0) {
    console.log('  every test passed: an error outside the tests failed the run (see "Errors" above)');
  }
}
rmSync(reportsDir, { recursive: true, force: true });
process.exit(outcomes.some(({ status }) => status !== 0) ? 1 : 0);
