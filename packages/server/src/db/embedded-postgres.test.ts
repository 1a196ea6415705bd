import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterUrl, startEmbeddedPostgres, stopEmbeddedPostgres } from './embedded-postgres';
import { serviceUser } from './postgres-reach';

// Issue 7: <data>/postgres.log was 0644 inside a 0711 folder, so anyone on the machine who knew
// its name could read the statements PostgreSQL logs when they fail, personal data included.

const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) {
    await stopEmbeddedPostgres(path.join(dir, 'postgres')).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
});

/** The log's permission bits and owner. */
async function logAccess(file: string) {
  const info = await stat(file);
  return { mode: info.mode & 0o777, uid: info.uid };
}

describe('the embedded PostgreSQL log', () => {
  it('is readable by the cluster’s owner only, from the first start and after an older one left it open', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jenjang-pglog-'));
    folders.push(dir);
    await chmod(dir, 0o711);
    const dataDir = path.join(dir, 'postgres');
    const logFile = `${dataDir}.log`;
    // Under root PostgreSQL runs as its service user, who must own (and alone read) the log.
    const owner = (await serviceUser())?.uid ?? userInfo().uid;

    const cluster = await startEmbeddedPostgres({ dataDir, port: 0 });
    expect(await logAccess(logFile)).toEqual({ mode: 0o600, uid: owner });
    // What makes it matter: a failed statement is logged with the values it quoted.
    const client = new pg.Client({ connectionString: clusterUrl(cluster) });
    await client.connect();
    await client.query("select 'NIP 198503122010011003' :: int").catch(() => {});
    await client.end();
    await stopEmbeddedPostgres(dataDir);
    expect(await readFile(logFile, 'utf8')).toContain('198503122010011003');

    // As a version before this fix left it.
    await chmod(logFile, 0o644);
    await startEmbeddedPostgres({ dataDir, port: 0 });
    expect(await logAccess(logFile)).toEqual({ mode: 0o600, uid: owner });
    // PostgreSQL still writes to it, after what was there.
    await stopEmbeddedPostgres(dataDir);
    const text = await readFile(logFile, 'utf8');
    expect(text).toContain('198503122010011003');
    expect(text.lastIndexOf('shut down')).toBeGreaterThan(text.indexOf('198503122010011003'));
  }, 120_000);
});
