import path from 'node:path';
import { loadConfig } from '../config';
import { backupDatabase, readBackupHeader, restoreDatabase } from '../db/backup';
import { bootstrapDatabase } from '../db/bootstrap';
import { tenantCount, withClusterAdmin } from '../db/cluster-admin';
import {
  claimDataDir,
  DataDirBusyError,
  type ProcessKind,
  releaseDataDir,
  withDataDirMutex,
} from '../db/data-dir-registry';
import {
  clusterUrl,
  type EmbeddedCluster,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../db/embedded-postgres';
import { migrate } from '../db/migrate';
import { CliError, cliText } from './cli-error';

const DATABASE = 'jenjang';
const STAGING = 'jenjang_restore';

/**
 * Runs `work` on the embedded cluster, registered on the data directory: a backup beside a running
 * server, a restore alone (refused while any server holds the data directory, whatever its
 * connections, and keeping servers from starting until it is done). PostgreSQL is stopped afterwards
 * only if no other process uses it.
 */
async function withEmbeddedCluster<T>(
  kind: Extract<ProcessKind, 'cli' | 'restore'>,
  work: (cluster: EmbeddedCluster) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new CliError('externalBackup');
  }
  const registration = await claimDataDir(config.dataDir, {
    kind,
    exclusive: kind === 'restore',
    cluster: true,
  }).catch((error) => {
    if (!(error instanceof DataDirBusyError)) throw error;
    const key = error.holder.kind === 'restore' ? 'restoreRunning' : 'restoreWhileServer';
    throw new CliError(key, { dir: error.dataDir, pid: error.holder.pid });
  });
  let cluster: EmbeddedCluster | null = null;
  try {
    cluster = await withDataDirMutex(config.dataDir, () =>
      startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), port: config.embeddedPgPort }),
    );
    return await work(cluster);
  } finally {
    await releaseDataDir(registration, async (others) => {
      if (cluster && others.length === 0) await stopEmbeddedPostgres(cluster.dataDir);
    });
  }
}

/** A consistent copy of the embedded database, taken while the server may keep running. */
export async function backupCommand(file: string): Promise<void> {
  const header = await withEmbeddedCluster('cli', (cluster) =>
    backupDatabase(clusterUrl(cluster, DATABASE), path.resolve(file)),
  );
  console.log(
    cliText('backupWritten', {
      file: path.resolve(file),
      tables: header.tables.length,
      at: header.createdAt,
    }),
  );
}

/**
 * Restores into a staging database and swaps it in only when the load succeeded, so a bad
 * file never leaves a half-restored system. Refused while a server runs on the data directory.
 */
export async function restoreCommand(file: string, options: { force?: boolean }): Promise<void> {
  const header = await readBackupHeader(path.resolve(file));
  await withEmbeddedCluster('restore', (cluster) =>
    withClusterAdmin(clusterUrl(cluster), async (admin) => {
      if ((await admin.connectionsTo(DATABASE)) > 0) throw new CliError('stillRunning');
      if ((await admin.exists(DATABASE)) && !options.force) {
        if ((await tenantCount(clusterUrl(cluster, DATABASE))) > 0) throw new CliError('notEmpty');
      }
      await admin.drop(STAGING);
      const urls = await bootstrapDatabase(clusterUrl(cluster), {
        database: STAGING,
        secret: cluster.password,
      });
      await migrate(urls.ownerUrl, () => {}, { only: header.migrations });
      await restoreDatabase(clusterUrl(cluster, STAGING), path.resolve(file));
      await admin.drop(DATABASE);
      await admin.rename(STAGING, DATABASE);
      // Bring the restored data up to this version's schema.
      const ownerUrl = new URL(urls.ownerUrl);
      ownerUrl.pathname = `/${DATABASE}`;
      await migrate(ownerUrl.toString());
    }),
  );
  console.log(cliText('restored', { file: path.resolve(file), at: header.createdAt }));
}
