import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR, type MigrationFile } from './migrate';

/**
 * Released migrations are immutable: a database that applied one keeps it, so an edit would make
 * fresh and upgraded databases differ (and stop every upgraded server: migrate.ts compares the
 * checksums it applied). `migrations/checksums.json` holds the SHA-256 of every released file;
 * `migration-checksums.test.ts` fails on any file that differs from it or is missing from it.
 */
export const CHECKSUMS_FILE = path.join(MIGRATIONS_DIR, 'checksums.json');

export const RECORD_COMMAND = 'npm run migrations:record -w @jenjang/server';

export type RecordedChecksums = Record<string, string>;

export async function readRecordedChecksums(): Promise<RecordedChecksums> {
  return JSON.parse(await readFile(CHECKSUMS_FILE, 'utf8')) as RecordedChecksums;
}

/** Why the migration files and the recorded checksums disagree; empty when they agree. */
export function checksumProblems(files: readonly MigrationFile[], recorded: RecordedChecksums): string[] {
  const problems: string[] = [];
  const byNumber = new Map<string, string>();
  for (const file of files) {
    const number = file.name.split('_')[0] ?? file.name;
    const other = byNumber.get(number);
    if (other) problems.push(`${other} and ${file.name} share the number ${number}: renumber the newer one.`);
    byNumber.set(number, file.name);
    const checksum = recorded[file.name];
    if (checksum === undefined) {
      problems.push(`${file.name} has no recorded checksum: once it is final, run \`${RECORD_COMMAND}\`.`);
    } else if (checksum !== file.checksum) {
      problems.push(
        `${file.name} was edited after its release (its checksum differs from migrations/checksums.json): ` +
          'put the change in a new migration and restore the file.',
      );
    }
  }
  for (const name of Object.keys(recorded)) {
    if (!files.some((file) => file.name === name)) {
      problems.push(`${name} was released but its file is gone: databases that applied it cannot start.`);
    }
  }
  return problems;
}

/**
 * The checksums after recording `files`: new migrations are added; a recorded one changes only
 * while it is unreleased (`isReleased` says no: not on main yet), so its author may still edit it.
 */
export function recordChecksums(
  files: readonly MigrationFile[],
  recorded: RecordedChecksums,
  isReleased: (name: string) => boolean,
): { checksums: RecordedChecksums; refused: string[] } {
  const checksums: RecordedChecksums = {};
  const refused: string[] = [];
  for (const file of files) {
    const before = recorded[file.name];
    if (before !== undefined && before !== file.checksum && isReleased(file.name)) {
      refused.push(file.name);
      checksums[file.name] = before;
    } else {
      checksums[file.name] = file.checksum;
    }
  }
  return { checksums, refused };
}
