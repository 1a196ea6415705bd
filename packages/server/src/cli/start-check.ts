import { loadConfig } from '../config';
import { liveProcesses } from '../db/data-dir-registry';
import { cliText } from './cli-error';

/**
 * Why `npm start` must not go on, in one sentence, or null. Asked before the web app is built, so
 * a second start neither builds nor touches anything of the running server; the server makes the
 * same check again, atomically, when it registers (`claimDataDir`).
 */
export async function startRefusal(): Promise<string | null> {
  const config = loadConfig();
  for (const entry of await liveProcesses(config.dataDir)) {
    if (entry.kind === 'restore') return cliText('restoreRunning', { dir: config.dataDir, pid: entry.pid });
    if (entry.kind === 'server' && (entry.exclusive || !config.databaseUrl)) {
      return cliText('serverRunning', { dir: config.dataDir, pid: entry.pid });
    }
  }
  return null;
}
