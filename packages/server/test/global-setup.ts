import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { bootstrapDatabase } from '../src/db/bootstrap';
import { clusterUrl, startEmbeddedPostgres, stopEmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrate } from '../src/db/migrate';

export const TEST_SECRET = 'jenjang-test-secret';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL), with a migrated template
 * database; each test file clones it, so files never see each other's rows.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL ?? '';
  let dataDir: string | null = null;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'jenjang-test-'));
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: 0 });
    adminUrl = clusterUrl(cluster);
  }
  const templateDatabase = `jenjang_template_${process.pid}`;
  const urls = await bootstrapDatabase(adminUrl, { database: templateDatabase, secret: TEST_SECRET });
  await migrate(urls.ownerUrl);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    if (dataDir) {
      await stopEmbeddedPostgres(path.join(dataDir, 'postgres'));
      await rm(dataDir, { recursive: true, force: true });
    } else {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      const leftovers = await client.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`jenjang_%_${process.pid}%`],
      );
      for (const { datname } of leftovers.rows) {
        await client.query(`drop database if exists ${client.escapeIdentifier(datname)} with (force)`);
      }
      await client.end();
    }
  };
}
