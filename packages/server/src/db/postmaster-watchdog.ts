import { withDataDirMutex } from './data-dir-registry';
import { type EmbeddedCluster, restartPostmaster, runningPostmaster } from './embedded-postgres';

export interface Watchdog {
  stop(): Promise<void>;
}

/**
 * Keeps the embedded PostgreSQL of the server's data directory running: when its postmaster dies
 * (killed, crashed), it is started again on the same port, so the pool reconnects by itself.
 * Only the server watches, and only the cluster of its own data directory.
 */
export function watchPostmaster(
  cluster: EmbeddedCluster,
  dataDir: string,
  log: (message: string) => void,
  intervalMs = 1_000,
): Watchdog {
  let down = false;
  let lastError = '';
  let stopped = false;
  let checking: Promise<void> | null = null;

  const check = async () => {
    if (!down && (await runningPostmaster(cluster.dataDir))) return;
    try {
      const restarted = await withDataDirMutex(dataDir, () => restartPostmaster(cluster), intervalMs * 10);
      if (restarted) log(`PostgreSQL stopped unexpectedly and was restarted on port ${cluster.port}`);
      else if (down) log('PostgreSQL is running again');
      down = false;
      lastError = '';
    } catch (error) {
      // Its old processes may still hold the shared memory for a moment: try again next tick.
      const message = (error as Error).message.split('\n')[0] ?? '';
      if (message !== lastError) log(`PostgreSQL is down and could not be restarted yet: ${message}`);
      down = true;
      lastError = message;
    }
  };
  const timer = setInterval(() => {
    if (stopped || checking) return;
    checking = check().finally(() => {
      checking = null;
    });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await checking;
    },
  };
}
