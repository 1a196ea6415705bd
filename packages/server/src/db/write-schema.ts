import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../config';
import { bootstrapDatabase } from './bootstrap';
import { clusterUrl, startEmbeddedPostgres, stopEmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrate';
import { readCatalogue } from './schema-catalogue';
import { SCHEMA_NOTES } from './schema-notes';
import { renderSchema } from './schema-render';

/**
 * Writes db/schema.ts from a database migrated from zero (`npm run schema:gen -w @jenjang/server`);
 * with --check only compares (the drift gate of `npm run check`). Uses a throwaway embedded
 * PostgreSQL, or a scratch database on TEST_DATABASE_URL's server.
 */
const TARGET = path.join(REPO_ROOT, 'packages/server/src/db/schema.ts');

async function withMigratedDatabase<T>(work: (ownerUrl: string) => Promise<T>): Promise<T> {
  let adminUrl = process.env.TEST_DATABASE_URL ?? '';
  const scratch = adminUrl ? null : await mkdtemp(path.join(tmpdir(), 'jenjang-schema-'));
  if (scratch)
    adminUrl = clusterUrl(
      await startEmbeddedPostgres({ dataDir: path.join(scratch, 'pg'), port: 0, scratch: true }),
    );
  const database = `jenjang_schema_${process.pid}`;
  try {
    const urls = await bootstrapDatabase(adminUrl, { database, secret: randomBytes(16).toString('hex') });
    await migrate(urls.ownerUrl);
    return await work(urls.ownerUrl);
  } finally {
    if (scratch) {
      await stopEmbeddedPostgres(path.join(scratch, 'pg'), { scratch: true });
      await rm(scratch, { recursive: true, force: true });
    } else {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
      await admin.end();
    }
  }
}

const source = await withMigratedDatabase(async (ownerUrl) => {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return renderSchema(await readCatalogue(client), SCHEMA_NOTES);
  } finally {
    await client.end();
  }
});
// Biome's formatting, so the file passes `biome check` as written.
const formatted = execFileSync(
  path.join(REPO_ROOT, 'node_modules/.bin/biome'),
  ['format', `--stdin-file-path=${TARGET}`],
  { cwd: REPO_ROOT, input: source, encoding: 'utf8' },
);
const relative = path.relative(REPO_ROOT, TARGET);
if (process.argv.includes('--check')) {
  if ((await readFile(TARGET, 'utf8').catch(() => '')) !== formatted) {
    console.error(
      `${relative} differs from the migrated database. Run: npm run schema:gen -w @jenjang/server`,
    );
    process.exit(1);
  }
  console.log(`${relative} matches the migrated database.`);
} else {
  await writeFile(TARGET, formatted);
  console.log(`wrote ${relative}`);
}
