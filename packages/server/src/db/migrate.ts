import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ADVISORY_LOCK } from './advisory-locks';
import { installJobQueue } from './job-queue-schema';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export interface MigrationFile {
  name: string;
  sql: string;
  /** SHA-256 of the file's bytes: what schema_migration and migrations/checksums.json hold. */
  checksum: string;
}

export async function migrationFiles(): Promise<MigrationFile[]> {
  const names = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(MIGRATIONS_DIR, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies pending SQL migrations in order, each in its own transaction. Forward-only:
 * an applied migration that was edited or removed stops the start, because the database
 * would no longer match the code.
 */
export async function migrate(
  ownerUrl: string,
  log: (m: string) => void = () => {},
  options: { only?: string[] } = {},
): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [ADVISORY_LOCK.migrate]);
    await client.query(`create table if not exists schema_migration (
      name text primary key, checksum text not null, applied_at timestamptz not null default now())`);
    const applied = new Map(
      (
        await client.query<{ name: string; checksum: string }>('select name, checksum from schema_migration')
      ).rows.map((r) => [r.name, r.checksum]),
    );
    const files = await migrationFiles();
    for (const [name, checksum] of applied) {
      const file = files.find((f) => f.name === name);
      if (!file) throw new Error(`Migration ${name} was applied but its file is missing.`);
      if (file.checksum !== checksum) throw new Error(`Migration ${name} was changed after it was applied.`);
    }
    const result: MigrationResult = { applied: [], alreadyApplied: applied.size };
    const wanted = (name: string) => !applied.has(name) && (!options.only || options.only.includes(name));
    if (options.only?.some((name) => !files.some((f) => f.name === name))) {
      throw new Error('The backup needs a migration this version of Jenjang does not have.');
    }
    for (const file of files.filter((f) => wanted(f.name))) {
      log(`applying migration ${file.name}`);
      await client.query('begin');
      try {
        await client.query(file.sql);
        await client.query('insert into schema_migration (name, checksum) values ($1, $2)', [
          file.name,
          file.checksum,
        ]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`);
      }
      result.applied.push(file.name);
    }
    // The job library's schema follows Jenjang's (it has migrations of its own); a restore that
    // applies only some of Jenjang's leaves it to the next start.
    if (!options.only) await installJobQueue(ownerUrl);
    return result;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [ADVISORY_LOCK.migrate]).catch(() => {});
    await client.end();
  }
}
