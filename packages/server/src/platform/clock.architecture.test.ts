import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');

/**
 * Where the wall clock is read on purpose, and why. Anything else takes the injected clock
 * (AppDeps.clock, a `now` argument, a job's context), so tests and demo stories can move time.
 */
const WALL_CLOCK_ALLOWED: Record<string, string> = {
  'platform/clock.ts': 'the system clock itself',
  'features/audit/audit.repository.ts':
    'an entry records when the server wrote it; the hash chain and its anchors are checked against that, and a moved clock must not backdate it',
  'features/jobs/job-runner.ts':
    'process liveness (heartbeats, retry deadlines) is wall time, like the database now() that writes heartbeats',
  'features/jobs/job-response.ts': 'reads a heartbeat as stale on the same wall clock that wrote it',
  'features/jobs/job-uploads.ts':
    'compares file modification times, which the file system keeps on the wall clock',
  'features/surveys/results/result-access.ts':
    'the pre-check of a close that survey_finalize decides on the database clock (migration 0017); it must agree with that clock',
  'db/data-dir-registry.ts': 'process registration and lock-file waits are about running processes',
  'db/backup.ts': 'a backup file is stamped with when it was made',
};

const DIRECTORIES = ['features', 'db', 'seed', 'platform', 'http', 'cli'];
const WALL_CLOCK = /new Date\(\)|Date\.now\(\)/;

function sources(dir: string): string[] {
  return readdirSync(path.join(SRC, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.relative(SRC, path.join(entry.parentPath, entry.name)));
}

describe('the clock', () => {
  it('is read from the system only by the clock module and the places that say why', () => {
    const offenders = DIRECTORIES.flatMap(sources)
      .filter((file) => !(file in WALL_CLOCK_ALLOWED))
      .flatMap((file) =>
        readFileSync(path.join(SRC, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ file, line: index + 1, text: line.trim() }))
          .filter(({ text }) => WALL_CLOCK.test(text) && !text.startsWith('//') && !text.startsWith('*')),
      )
      .map(({ file, line, text }) => `${file}:${line}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('lists only files that still read the wall clock', () => {
    const stale = Object.keys(WALL_CLOCK_ALLOWED).filter(
      (file) => !WALL_CLOCK.test(readFileSync(path.join(SRC, file), 'utf8')),
    );
    expect(stale).toEqual([]);
  });
});
