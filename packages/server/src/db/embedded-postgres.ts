import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { chown, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  type Binaries,
  clusterLocation,
  EmbeddedPostgresError,
  type ProcessUser,
  reachableBinaries,
  serviceUser,
} from './postgres-reach';

const run = promisify(execFile);

/** Where a cluster runs and how to reach it as its superuser. */
export interface EmbeddedCluster {
  /** The cluster's own folder: the data directory asked for, or its stand-in in the system folder. */
  dataDir: string;
  port: number;
  superuser: string;
  password: string;
  /** True when this process started the postmaster. */
  startedHere: boolean;
}

export interface EmbeddedOptions {
  /** The data directory asked for (`$JENJANG_DATA_DIR/postgres`). */
  dataDir: string;
  port: number;
  log?: (message: string) => void;
  /** Tests only: another system folder, another copy of the binaries. */
  systemDir?: string;
  /**
   * A cluster thrown away after one use (the schema generator's): nothing is fsynced, which saves
   * seconds of initdb on a busy disk. Never for data anyone keeps.
   */
  scratch?: boolean;
  nativeDir?: string;
}

const SUPERUSER = 'postgres';

interface Runtime {
  bins: Binaries;
  user: ProcessUser | null;
  dataDir: string;
  secretFile: string;
  relocated: boolean;
}

/** Resolves binaries, service user and the cluster's real folder; the secret stays with the data. */
async function runtime(options: EmbeddedOptions): Promise<Runtime> {
  const requested = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const user = await serviceUser();
  const bins = await reachableBinaries(user, { ...options, log });
  const location = await clusterLocation(requested, user, options);
  if (location.relocated) {
    log(
      `the PostgreSQL service user cannot reach ${path.dirname(requested)}: the cluster of ${requested} lives in ${location.dir}`,
    );
  }
  return {
    bins,
    user,
    dataDir: location.dir,
    secretFile: `${requested}.secret.json`,
    relocated: location.relocated,
  };
}

function exec(
  bin: string,
  args: string[],
  user: ProcessUser | null,
): Promise<{ stdout: string; stderr: string }> {
  return run(bin, args, {
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
  });
}

async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : null));
      });
    });
  return (await tryListen(preferred)) ?? ((await tryListen(0)) as number);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Reads postmaster.pid. A pid file whose number a reboot gave to some other program is removed,
 * or PostgreSQL would take that program for a postmaster and refuse to start. One whose process is
 * simply gone stays: PostgreSQL replaces it itself, after checking through it that no orphaned
 * backend still uses the shared memory (the case right after a postmaster was killed).
 */
export async function runningPostmaster(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const alive = Number.isInteger(pid) && pid > 0 && isAlive(pid);
  if (alive && (await isPostgresFor(pid, dataDir))) return { pid, port };
  if (alive) await rm(pidFile, { force: true });
  return null;
}

async function isPostgresFor(pid: number, dataDir: string): Promise<boolean> {
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return cmdline.some((part) => part.endsWith('postgres')) && cmdline.includes(dataDir);
  } catch {
    // No /proc (macOS): trust the liveness check.
    return process.platform !== 'linux';
  }
}

async function initialise(rt: Runtime, scratch: boolean): Promise<void> {
  const password = randomBytes(24).toString('base64url');
  await mkdir(rt.dataDir, { recursive: true, mode: 0o700 });
  if (rt.user) await chown(rt.dataDir, rt.user.uid, rt.user.gid);
  // Next to the cluster: the service user must read it, and it can reach there.
  const pwFile = path.join(path.dirname(rt.dataDir), `.pwfile-${process.pid}`);
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  if (rt.user) await chown(pwFile, rt.user.uid, rt.user.gid);
  try {
    await exec(
      rt.bins.initdb,
      [
        `--pgdata=${rt.dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        ...(scratch ? ['--no-sync'] : []),
      ],
      rt.user,
    );
  } finally {
    await rm(pwFile, { force: true });
  }
  await writeFile(rt.secretFile, JSON.stringify({ superuser: SUPERUSER, password }), { mode: 0o600 });
}

/**
 * A relocated cluster whose data directory was deleted (its secret went with it) can never be
 * opened again: it is what the operator removed, so it goes too.
 */
async function dropOrphan(rt: Runtime, log: (message: string) => void): Promise<void> {
  if (!rt.relocated || existsSync(rt.secretFile)) return;
  if (!existsSync(path.join(rt.dataDir, 'PG_VERSION'))) return;
  log(`removing ${rt.dataDir}: its data directory was deleted`);
  if (await runningPostmaster(rt.dataDir)) {
    await exec(rt.bins.pg_ctl, ['stop', '-w', '-t', '60', '-m', 'fast', '-D', rt.dataDir], rt.user);
  }
  await rm(rt.dataDir, { recursive: true, force: true });
  await rm(`${rt.dataDir}.log`, { force: true });
}

async function readSecret(secretFile: string): Promise<{ superuser: string; password: string }> {
  try {
    return JSON.parse(await readFile(secretFile, 'utf8'));
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded database's password file ${secretFile} is missing or damaged: restore it, or move the data directory aside to start afresh.`,
    );
  }
}

/**
 * PostgreSQL's log quotes statements that failed, with their values (a NIP, a name): only the
 * cluster's owner may read it, although its folder lets others pass through. Created 0600, owned by
 * the service user when we run as root (pg_ctl, running as that user, appends to it), and an older
 * log left readable by everyone is tightened at every start. A symbolic link is not followed.
 */
async function privateLog(logFile: string, user: ProcessUser | null): Promise<void> {
  const flags = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW;
  const handle = await open(logFile, flags, 0o600);
  try {
    if (user) await handle.chown(user.uid, user.gid);
    await handle.chmod(0o600);
  } finally {
    await handle.close();
  }
}

async function launch(rt: Runtime, port: number, scratch = false): Promise<void> {
  const logFile = `${rt.dataDir}.log`;
  await privateLog(logFile, rt.user);
  const postgresOptions = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    "-c unix_socket_directories=''",
    '-c max_connections=200',
    ...(scratch ? ['-c fsync=off', '-c synchronous_commit=off'] : []),
  ].join(' ');
  await exec(
    rt.bins.pg_ctl,
    ['start', '-w', '-t', '120', '-D', rt.dataDir, '-l', logFile, '-o', postgresOptions],
    rt.user,
  );
}

/**
 * Starts (or adopts) the embedded PostgreSQL cluster of `dataDir`. A postmaster left running for
 * the same directory (for example after `kill -9` of Node) is reused, never duplicated; a taken
 * port makes us pick a free one rather than fail. Callers that share a data directory between
 * processes go through `embedded-cluster.ts`, which decides who may stop it.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => {});
  const rt = await runtime(options);
  await dropOrphan(rt, log);
  if (!existsSync(path.join(rt.dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL cluster in ${rt.dataDir}`);
    await initialise(rt, options.scratch === true);
  }
  const secret = await readSecret(rt.secretFile);

  const running = await runningPostmaster(rt.dataDir);
  if (running) {
    log(`reusing PostgreSQL already running for ${rt.dataDir} (pid ${running.pid}, port ${running.port})`);
    return { dataDir: rt.dataDir, port: running.port, ...secret, startedHere: false };
  }
  const port = await freePort(options.port);
  log(`starting PostgreSQL on 127.0.0.1:${port}`);
  await launch(rt, port, options.scratch);
  return { dataDir: rt.dataDir, port, ...secret, startedHere: true };
}

/**
 * Starts the postmaster of a cluster again on its own port (the pool's address must stay right),
 * if it is not running. Returns true when it had to.
 */
export async function restartPostmaster(
  cluster: EmbeddedCluster,
  options: Pick<EmbeddedOptions, 'systemDir' | 'nativeDir'> = {},
): Promise<boolean> {
  if (await runningPostmaster(cluster.dataDir)) return false;
  const user = await serviceUser();
  const bins = await reachableBinaries(user, options);
  await launch({ bins, user, dataDir: cluster.dataDir, secretFile: '', relocated: false }, cluster.port);
  return true;
}

/**
 * Stops the cluster with a fast shutdown: open transactions roll back, committed data is safe. A
 * scratch cluster, about to be deleted, is stopped at once (no shutdown checkpoint).
 */
export async function stopEmbeddedPostgres(
  dataDir: string,
  options: Pick<EmbeddedOptions, 'systemDir' | 'nativeDir' | 'scratch'> = {},
): Promise<void> {
  const rt = await runtime({ ...options, dataDir, port: 0 });
  // Given the cluster's own folder (EmbeddedCluster.dataDir) rather than the data directory.
  const dir = existsSync(path.join(dataDir, 'PG_VERSION')) ? path.resolve(dataDir) : rt.dataDir;
  if (!(await runningPostmaster(dir))) return;
  const mode = options.scratch ? 'immediate' : 'fast';
  await exec(rt.bins.pg_ctl, ['stop', '-w', '-t', '60', '-m', mode, '-D', dir], rt.user);
}

export function clusterUrl(cluster: EmbeddedCluster, database = 'postgres'): string {
  return `postgres://${cluster.superuser}:${encodeURIComponent(cluster.password)}@127.0.0.1:${cluster.port}/${database}`;
}
