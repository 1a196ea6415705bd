import path from 'node:path';
import type { Config } from '../config';
import { bootstrapDatabase, type DatabaseUrls } from './bootstrap';
import { createDb, createPool, type Db } from './database';
import {
  clusterUrl,
  type EmbeddedCluster,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from './embedded-postgres';
import { migrate } from './migrate';

export interface OpenDatabase {
  db: Db;
  urls: DatabaseUrls;
  embedded: EmbeddedCluster | null;
  close(options?: { stopEmbedded?: boolean }): Promise<void>;
}

/**
 * Connects to PostgreSQL (the embedded cluster when DATABASE_URL is unset), migrates,
 * and returns a pool that runs as the non-owner app role.
 */
export async function openDatabase(
  config: Config,
  log: (message: string) => void = () => {},
): Promise<OpenDatabase> {
  let urls: DatabaseUrls;
  let embedded: EmbeddedCluster | null = null;
  if (config.databaseUrl) {
    urls = { ownerUrl: config.databaseUrl, appUrl: config.databaseAppUrl };
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'postgres'),
      port: config.embeddedPgPort,
      log,
    });
    urls = await bootstrapDatabase(clusterUrl(embedded), { database: 'jenjang', secret: embedded.password });
  }
  const result = await migrate(urls.ownerUrl, log);
  if (result.applied.length > 0) log(`applied ${result.applied.length} migration(s)`);
  const pool = createPool(urls);
  const db = createDb(pool);
  return {
    db,
    urls,
    embedded,
    /** Stops the embedded cluster only if this process started it, unless told otherwise (the server). */
    async close({ stopEmbedded = embedded?.startedHere ?? false } = {}) {
      await db.destroy();
      if (embedded && stopEmbedded) await stopEmbeddedPostgres(embedded.dataDir);
    },
  };
}
