import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openDatabase } from './connect';
import {
  claimDataDir,
  DataDirBusyError,
  type ProcessEntry,
  recordServerUrl,
  releaseDataDir,
  runningServerUrl,
  withDataDirMutex,
} from './data-dir-registry';
import { runningPostmaster } from './embedded-postgres';

const folders: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jenjang-registry-'));
  folders.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited: nobody's any more. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

async function entryOf(dir: string, entry: Partial<ProcessEntry>): Promise<ProcessEntry> {
  const full: ProcessEntry = {
    instanceId: `left-${Math.random().toString(36).slice(2)}`,
    pid: deadPid(),
    startTime: null,
    kind: 'server',
    exclusive: true,
    cluster: true,
    since: new Date().toISOString(),
    ...entry,
  };
  await mkdir(path.join(dir, 'run'), { recursive: true });
  await writeFile(path.join(dir, 'run', `${full.instanceId}.json`), JSON.stringify(full));
  return full;
}

const server = { kind: 'server', exclusive: true, cluster: true } as const;

describe('the data directory registry', () => {
  it('refuses a second server while the first lives, naming the process that holds it', async () => {
    const dir = await dataDir();
    const first = await claimDataDir(dir, server);
    await expect(claimDataDir(dir, server)).rejects.toMatchObject({
      constructor: DataDirBusyError,
      dataDir: dir,
      holder: { pid: process.pid, kind: 'server' },
    });
    // Command-line tools may work beside it; a restore may not.
    const tool = await claimDataDir(dir, { kind: 'cli', exclusive: false, cluster: true });
    await expect(claimDataDir(dir, { kind: 'restore', exclusive: true, cluster: true })).rejects.toThrow(
      DataDirBusyError,
    );
    await releaseDataDir(tool);
    await releaseDataDir(first);
    await releaseDataDir(await claimDataDir(dir, server));
  });

  it('keeps tools and servers out while a restore runs', async () => {
    const dir = await dataDir();
    const restore = await claimDataDir(dir, { kind: 'restore', exclusive: true, cluster: true });
    await expect(claimDataDir(dir, server)).rejects.toMatchObject({ holder: { kind: 'restore' } });
    await expect(claimDataDir(dir, { kind: 'cli', exclusive: false, cluster: true })).rejects.toThrow(
      DataDirBusyError,
    );
    await releaseDataDir(restore);
  });

  it('hands the entries of dead servers to the next server, and takes a reused process id for dead', async () => {
    const dir = await dataDir();
    const died = await entryOf(dir, {});
    // Our own pid with another start time: the number was reused, the old process is gone.
    const reused = await entryOf(dir, { pid: process.pid, startTime: '1' });
    const tool = await claimDataDir(dir, { kind: 'cli', exclusive: false, cluster: true });
    expect(tool.previous).toEqual([]);
    const next = await claimDataDir(dir, server);
    expect(next.previous.sort()).toEqual([died.instanceId, reused.instanceId].sort());
    expect((await readdir(path.join(dir, 'run'))).sort()).toEqual(
      [`${next.entry.instanceId}.json`, `${tool.entry.instanceId}.json`].sort(),
    );
  });

  it('lets one critical section run at a time and takes over the mutex of a process that died in one', async () => {
    const dir = await dataDir();
    await mkdir(path.join(dir, 'run'), { recursive: true });
    await writeFile(path.join(dir, 'run', '.mutex'), `${deadPid()} 1`);
    const inside: number[] = [];
    let overlap = false;
    const section = (n: number) =>
      withDataDirMutex(dir, async () => {
        if (inside.length > 0) overlap = true;
        inside.push(n);
        await sleep(30);
        inside.pop();
      });
    await Promise.all([section(1), section(2), section(3)]);
    expect(overlap).toBe(false);
    expect(existsSync(path.join(dir, 'run', '.mutex'))).toBe(false);
  });

  it('never lets two sections overlap when many contenders find a dead holder at once, round after round', async () => {
    const dir = await dataDir();
    await mkdir(path.join(dir, 'run'), { recursive: true });
    let inside = 0;
    let overlaps = 0;
    for (let round = 0; round < 30; round++) {
      await writeFile(path.join(dir, 'run', '.mutex'), `${deadPid()} 1`);
      await Promise.all(
        Array.from({ length: 8 }, () =>
          withDataDirMutex(dir, async () => {
            if (++inside > 1) overlaps++;
            await sleep(2);
            inside--;
          }),
        ),
      );
    }
    expect(overlaps).toBe(0);
    expect(existsSync(path.join(dir, 'run', '.mutex.takeover'))).toBe(false);
  }, 120_000);

  it('gives command-line tools the address a live server recorded, and nothing once it is gone', async () => {
    const dir = await dataDir();
    expect(await runningServerUrl(dir)).toBeNull();
    const registration = await claimDataDir(dir, { kind: 'server', exclusive: false, cluster: false });
    expect(await runningServerUrl(dir)).toBeNull();
    await recordServerUrl(registration, 'http://localhost:3996');
    expect(await runningServerUrl(dir)).toBe('http://localhost:3996');
    // A tool beside it changes nothing; a server that died leaves no address behind.
    const tool = await claimDataDir(dir, { kind: 'cli', exclusive: false, cluster: false });
    await entryOf(dir, { kind: 'server', exclusive: false, url: 'http://localhost:4999' });
    expect(await runningServerUrl(dir)).toBe('http://localhost:3996');
    await releaseDataDir(tool);
    await releaseDataDir(registration);
    expect(await runningServerUrl(dir)).toBeNull();
    // Recorded after the server unregistered (a stop came first): not written back.
    await recordServerUrl(registration, 'http://localhost:3996');
    expect(await runningServerUrl(dir)).toBeNull();
  });

  it('never stops the embedded PostgreSQL while another process of the data directory uses it', async () => {
    const dir = await dataDir();
    const config = { ...loadConfig({}), dataDir: dir, embeddedPgPort: 0 };
    const first = await openDatabase(config);
    const second = await openDatabase(config);
    expect(second.embedded!.startedHere).toBe(false);
    // The first to open started it, but another user remains: it keeps running.
    await first.close();
    expect(await runningPostmaster(second.embedded!.dataDir)).not.toBeNull();
    expect((await sql<{ one: number }>`select 1 as one`.execute(second.db)).rows).toEqual([{ one: 1 }]);
    await second.close();
    expect(await runningPostmaster(second.embedded!.dataDir)).toBeNull();
  }, 120_000);
});
