import { describe, expect, it } from 'vitest';
import { type MigrationFile, migrationFiles } from './migrate';
import { checksumProblems, readRecordedChecksums, recordChecksums } from './migration-checksums';

const file = (name: string, checksum: string): MigrationFile => ({ name, sql: '', checksum });

describe('released migrations', () => {
  it('are exactly the files whose checksums migrations/checksums.json records', async () => {
    expect(checksumProblems(await migrationFiles(), await readRecordedChecksums())).toEqual([]);
  });

  it('fail the gate naming a file edited after its release', () => {
    const problems = checksumProblems([file('0001_a.sql', 'edited')], { '0001_a.sql': 'released' });
    expect(problems).toEqual([expect.stringMatching(/^0001_a\.sql was edited after its release/)]);
  });

  it('fail the gate with the command that records a migration missing from the list', () => {
    const problems = checksumProblems([file('0001_a.sql', 'x'), file('0002_b.sql', 'y')], {
      '0001_a.sql': 'x',
    });
    expect(problems).toEqual([
      '0002_b.sql has no recorded checksum: once it is final, run `npm run migrations:record -w @jenjang/server`.',
    ]);
  });

  it('fail the gate when a released file is gone or two files share a number', () => {
    const problems = checksumProblems([file('0002_b.sql', 'y'), file('0002_c.sql', 'z')], {
      '0001_a.sql': 'x',
      '0002_b.sql': 'y',
      '0002_c.sql': 'z',
    });
    expect(problems).toEqual([
      '0002_b.sql and 0002_c.sql share the number 0002: renumber the newer one.',
      '0001_a.sql was released but its file is gone: databases that applied it cannot start.',
    ]);
  });

  it('are recorded once and never rewritten, while an unreleased one may still change', () => {
    const files = [file('0001_a.sql', 'edited'), file('0002_b.sql', 'draft 2'), file('0003_c.sql', 'new')];
    const recorded = { '0001_a.sql': 'released', '0002_b.sql': 'draft 1' };
    const { checksums, refused } = recordChecksums(files, recorded, (name) => name === '0001_a.sql');
    expect(checksums).toEqual({ '0001_a.sql': 'released', '0002_b.sql': 'draft 2', '0003_c.sql': 'new' });
    expect(refused).toEqual(['0001_a.sql']);
  });
});
