import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Which processes use a data directory, as one small file each in `<dataDir>/run`: a server (alone
 * on an embedded database), a restore (alone), command-line tools (beside a server). Liveness is the
 * process id plus its start time, so a number reused after a reboot is not taken for the old process.
 */
export type ProcessKind = 'server' | 'restore' | 'cli';

export interface ProcessEntry {
  instanceId: string;
  pid: number;
  /** The kernel's start time of the process (Linux), guarding against reused process ids. */
  startTime: string | null;
  kind: ProcessKind;
  /** No other server or restore may use the data directory meanwhile. */
  exclusive: boolean;
  /** Uses the embedded PostgreSQL of the data directory (which must not stop under it). */
  cluster: boolean;
  since: string;
  /** A server's address on this machine once it listens (http://localhost:3996): links the CLI prints use it. */
  url?: string;
}

export interface Registration {
  dataDir: string;
  entry: ProcessEntry;
  /** Servers of this data directory that died without stopping (their jobs can be failed at once). */
  previous: string[];
}

/** A server or a restore already holds the data directory. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: ProcessEntry,
  ) {
    super(`${holder.kind} ${holder.pid} holds ${dataDir}`);
  }
}

const runDir = (dataDir: string) => path.join(dataDir, 'run');
const MUTEX = '.mutex';

async function startTimeOf(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name, which may itself hold spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

async function isRunning(pid: number, startTime: string | null): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return startTime === null || (await startTimeOf(pid)) === startTime;
}

export const isLive = (entry: Pick<ProcessEntry, 'pid' | 'startTime'>) =>
  isRunning(entry.pid, entry.startTime);

async function readEntries(dataDir: string): Promise<ProcessEntry[]> {
  const dir = runDir(dataDir);
  if (!existsSync(dir)) return [];
  const entries: ProcessEntry[] = [];
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json')) continue;
    try {
      entries.push(JSON.parse(await readFile(path.join(dir, name), 'utf8')) as ProcessEntry);
    } catch {
      // Half-written by a process that died while writing: nobody's entry.
      await rm(path.join(dir, name), { force: true });
    }
  }
  return entries;
}

/** The live processes registered on the data directory. */
export async function liveProcesses(dataDir: string): Promise<ProcessEntry[]> {
  const live: ProcessEntry[] = [];
  for (const entry of await readEntries(dataDir)) if (await isLive(entry)) live.push(entry);
  return live;
}

/**
 * The address of a live server of this data directory, as it recorded it once listening; null
 * when none runs (or its registry cannot be read). A command-line tool run without the server's
 * PORT would otherwise guess the default port.
 */
export async function runningServerUrl(dataDir: string): Promise<string | null> {
  const live = await liveProcesses(dataDir).catch(() => [] as ProcessEntry[]);
  return live.find((entry) => entry.kind === 'server' && typeof entry.url === 'string')?.url ?? null;
}

/**
 * Runs `work` while no other Jenjang process of this data directory runs its own critical section
 * (registering, starting or stopping the embedded PostgreSQL). A mutex left by a process that died
 * inside it is taken over.
 */
export async function withDataDirMutex<T>(
  dataDir: string,
  work: () => Promise<T>,
  timeoutMs = 180_000,
): Promise<T> {
  await mkdir(runDir(dataDir), { recursive: true, mode: 0o700 });
  const file = path.join(runDir(dataDir), MUTEX);
  const me = `${process.pid} ${(await startTimeOf(process.pid)) ?? ''}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(me);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readFile(file, 'utf8').catch(() => null);
    const [pid, startTime] = (holder ?? '').split(' ');
    // An empty mutex is being written, unless it is old: its process died between creating and writing it.
    const dead = holder
      ? !(await isRunning(Number(pid), startTime || null))
      : holder === '' && (await ageOf(file)) > GUARD_STALE_MS;
    if (dead) await takeOver(file, holder ?? '', me);
    else if (Date.now() > deadline) throw new Error(`${file} is held by process ${pid}`);
    else await sleep(50);
  }
  try {
    return await work();
  } finally {
    await rm(file, { force: true });
  }
}

/** Milliseconds since the file was last written; 0 when it is gone. */
async function ageOf(file: string): Promise<number> {
  return stat(file).then(
    (info) => Date.now() - info.mtimeMs,
    () => 0,
  );
}

/** How old a takeover guard (or an empty mutex) must be before it counts as left by a process that died holding it. */
const GUARD_STALE_MS = 30_000;

/**
 * Removes a dead holder's mutex. Only the holder of a second lock (`.mutex.takeover`) may remove
 * one: while that stale mutex exists nobody can lock (`open` with `wx` fails), and every remover
 * holds the guard, so the file it reads and then removes is still the stale one. (Moving it aside
 * and putting it back when it had changed lost a live lock: a third process could lock in the
 * moment between.) The guard is held for a read and a removal; one older than GUARD_STALE_MS
 * belongs to a process that died inside them and is removed.
 */
async function takeOver(file: string, staleHolder: string, me: string): Promise<void> {
  const guard = `${file}.takeover`;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(guard, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if ((await ageOf(guard)) > GUARD_STALE_MS) await rm(guard, { force: true });
    return;
  }
  try {
    await handle.writeFile(me);
    await handle.close();
    if ((await readFile(file, 'utf8').catch(() => null)) === staleHolder) await rm(file, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

async function writeEntry(dataDir: string, entry: ProcessEntry): Promise<void> {
  const target = path.join(runDir(dataDir), `${entry.instanceId}.json`);
  await writeFile(`${target}.tmp`, JSON.stringify(entry), { mode: 0o600 });
  await rename(`${target}.tmp`, target);
}

/** Servers and restores exclude each other when either is exclusive; a restore also keeps tools out. */
function conflicts(claim: Pick<ProcessEntry, 'kind' | 'exclusive'>, live: ProcessEntry): boolean {
  if (claim.kind === 'cli' || live.kind === 'cli') return claim.kind === 'cli' && live.kind === 'restore';
  return claim.exclusive || live.exclusive;
}

/**
 * Registers this process on the data directory. An exclusive claim (a server on the embedded
 * database, a restore) fails while another server or restore is live; any claim fails while an
 * exclusive one is. Entries of dead processes are removed; those of dead servers are returned to a
 * new server, whose job it is to fail their jobs.
 */
export async function claimDataDir(
  dataDir: string,
  claim: { kind: ProcessKind; exclusive: boolean; cluster: boolean },
): Promise<Registration> {
  return withDataDirMutex(dataDir, async () => {
    const previous: string[] = [];
    for (const entry of await readEntries(dataDir)) {
      if (await isLive(entry)) {
        if (conflicts(claim, entry)) throw new DataDirBusyError(dataDir, entry);
        continue;
      }
      if (entry.kind === 'server' && claim.kind !== 'server') continue;
      if (entry.kind === 'server') previous.push(entry.instanceId);
      await rm(path.join(runDir(dataDir), `${entry.instanceId}.json`), { force: true });
    }
    const entry: ProcessEntry = {
      instanceId: randomUUID(),
      pid: process.pid,
      startTime: await startTimeOf(process.pid),
      ...claim,
      since: new Date().toISOString(),
    };
    await writeEntry(dataDir, entry);
    return { dataDir, entry, previous };
  });
}

/** Records, in this server's registration, the address it now listens on (see runningServerUrl). */
export async function recordServerUrl(registration: Registration, url: string): Promise<void> {
  await withDataDirMutex(registration.dataDir, async () => {
    // Already unregistered (a stop came first): not written back.
    if (!existsSync(path.join(runDir(registration.dataDir), `${registration.entry.instanceId}.json`))) return;
    registration.entry = { ...registration.entry, url };
    await writeEntry(registration.dataDir, registration.entry);
  });
}

/**
 * Unregisters this process. `whenGone` runs inside the mutex with the live processes that still use
 * the embedded cluster, so a stop decided there cannot race another process's start.
 */
export async function releaseDataDir(
  registration: Registration,
  whenGone: (clusterUsers: ProcessEntry[]) => Promise<void> = async () => {},
): Promise<void> {
  const { dataDir, entry } = registration;
  await withDataDirMutex(dataDir, async () => {
    await rm(path.join(runDir(dataDir), `${entry.instanceId}.json`), { force: true });
    const others = (await liveProcesses(dataDir)).filter((other) => other.cluster);
    await whenGone(others);
  });
}
