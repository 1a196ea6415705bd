import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config';
import { bootstrapDatabase, type DatabaseUrls } from './bootstrap';
import { claimDataDir, type Registration, releaseDataDir, withDataDirMutex } from './data-dir-registry';
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
  /**
   * Closes the pool and unregisters. The embedded PostgreSQL is stopped when no other process of
   * the data directory still uses it, unless `stopEmbedded: false` keeps it running regardless.
   */
  close(options?: { stopEmbedded?: boolean }): Promise<void>;
}

/** How long a close waits for queries still running (an interrupted import) before going on. */
const DRAIN_MS = 5_000;

/**
 * Connects to PostgreSQL (the embedded cluster when DATABASE_URL is unset), migrates, and returns
 * a pool that runs as the non-owner app role. On the embedded cluster the process registers in the
 * data directory (the server passes its own registration), so no process ever stops PostgreSQL
 * under another.
 */
export async function openDatabase(
  config: Config,
  log: (message: string) => void = () => {},
  options: { registration?: Registration } = {},
): Promise<OpenDatabase> {
  let urls: DatabaseUrls;
  let embedded: EmbeddedCluster | null = null;
  let registration = options.registration ?? null;
  if (config.databaseUrl) {
    urls = { ownerUrl: config.databaseUrl, appUrl: config.databaseAppUrl };
  } else {
    registration ??= await claimDataDir(config.dataDir, { kind: 'cli', exclusive: false, cluster: true });
    try {
      const cluster = await withDataDirMutex(config.dataDir, () =>
        startEmbeddedPostgres({
          dataDir: path.join(config.dataDir, 'postgres'),
          port: config.embeddedPgPort,
          log,
        }),
      );
      embedded = cluster;
      urls = await bootstrapDatabase(clusterUrl(cluster), { database: 'jenjang', secret: cluster.password });
    } catch (error) {
      if (!options.registration) await releaseDataDir(registration);
      throw error;
    }
  }
  const result = await migrate(urls.ownerUrl, log);
  if (result.applied.length > 0) log(`applied ${result.applied.length} migration(s)`);
  const pool = createPool(urls);
  const db = createDb(pool);
  return {
    db,
    urls,
    embedded,
    async close({ stopEmbedded = true } = {}) {
      // A query still running keeps the pool open; past the grace, stopping or exiting ends it.
      await Promise.race([db.destroy().catch(() => {}), sleep(DRAIN_MS, undefined, { ref: false })]);
      if (!registration) return;
      await releaseDataDir(registration, async (clusterUsers) => {
        if (embedded && stopEmbedded && clusterUsers.length === 0)
          await stopEmbeddedPostgres(embedded.dataDir);
      });
    },
  };
}
