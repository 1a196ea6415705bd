#!/usr/bin/env node
// `npm test`: unit and integration tests, then the browser tests when Chromium is installed.
// Each run also writes a JSON report; the failures of both are summed up at the very end, so the
// last lines of a long CI log say what failed even when the unit tests' own report scrolled away.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(tmpdir(), 'jenjang-test-'));
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;
const vitest = (name, projects) =>
  run('npx', [
    'vitest',
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(reports, `${name}.json`)}`,
  ]);

const outcomes = [
  { name: 'unit and integration', report: 'unit', status: vitest('unit', ['domain', 'server', 'web']) },
];

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(
    `Browser tests skipped: Chromium not found at ${chromium} (install it: apt-get install -y chromium).`,
  );
} else {
  // Browser tests run even when a unit test failed: both reports are worth having.
  const built = run('npm', ['run', 'build', '--workspace', '@jenjang/web']);
  if (built !== 0) outcomes.push({ name: 'web build', report: null, status: built });
  else outcomes.push({ name: 'browser', report: 'e2e', status: vitest('e2e', ['e2e']) });
}

for (const { name, report: reportName, status } of outcomes) {
  if (status === 0) continue;
  console.log(`\n${name}: exit ${status}`);
  if (!reportName) continue;
  const file = path.join(reports, `${reportName}.json`);
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
rmSync(reports, { recursive: true, force: true });
process.exit(outcomes.some(({ status }) => status !== 0) ? 1 : 0);
