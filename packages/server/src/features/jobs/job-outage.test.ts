import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { createDb, createPool, type Db, withTenant } from '../../db/database';
import { DATABASE_LOST } from './job-outcome';
import { JobRunner } from './job-runner';

// Issue 7 §3: PostgreSQL killed in the middle of an import left the job 'running' with frozen
// progress, then read as "the server stopped or restarted" (only the database had), and the row
// stayed 'running' until the next start: the runner tried once to mark it failed, while the
// database was still down. Here the runner reaches the real PostgreSQL through a proxy that can
// cut every connection and refuse new ones for a while, as a crash and its restart do.

/** A TCP proxy to PostgreSQL: `cut()` resets every connection and refuses new ones until `restore()`. */
async function databaseProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', drop);
          socket.on('close', drop);
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.resetAndDestroy();
      sockets.clear();
      if (server) server.close(() => resolve());
      else resolve();
      server = null;
    });
  await listen();
  return { port, cut, restore: listen };
}

/** The URL with its host and port replaced by the proxy's. */
function through(url: string, port: number): string {
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  return proxied.toString();
}

let ctx: TestContext;
let tenantId: number;
let proxy: Awaited<ReturnType<typeof databaseProxy>>;
let proxiedDb: Db;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  const target = new URL(ctx.urls.appUrl ?? ctx.urls.ownerUrl);
  proxy = await databaseProxy({ host: target.hostname, port: Number(target.port) });
  proxiedDb = createDb(
    createPool({
      ownerUrl: through(ctx.urls.ownerUrl, proxy.port),
      appUrl: ctx.urls.appUrl ? through(ctx.urls.appUrl, proxy.port) : null,
    }),
  );
});
afterAll(async () => {
  await proxiedDb.destroy();
  await proxy.cut();
  await ctx.close();
});

const statusOf = (id: string) =>
  withTenant(ctx.db, tenantId, (tx) =>
    tx.selectFrom('job').select(['status', 'error']).where('id', '=', id).executeTakeFirstOrThrow(),
  );

describe('a job whose database goes away mid-run', () => {
  it('is marked failed, "database connection lost", once PostgreSQL is back, and its upload removed at once', async () => {
    const uploadsDir = await mkdtemp(path.join(tmpdir(), 'jenjang-uploads-'));
    const upload = path.join(uploadsDir, 'upload-outage');
    await writeFile(upload, 'nip;nama\n');
    const logged: string[] = [];
    const jobs = new JobRunner(
      proxiedDb,
      { error: (_details, message) => logged.push(message) },
      { uploadsDir, outcomeRetry: { firstMs: 100, maxMs: 400, totalMs: 30_000 } },
    );
    let uploadGoneWhileDown: boolean | null = null;
    jobs.register('outage', async (job) => {
      await withTenant(proxiedDb, job.tenantId, async (tx) => {
        await sql`select 1`.execute(tx);
        // PostgreSQL dies: the transaction's connection is reset, new ones are refused for 2 s.
        await proxy.cut();
        setTimeout(() => {
          uploadGoneWhileDown = !existsSync(upload);
          void proxy.restore();
        }, 2_000);
        await sql`select 1`.execute(tx);
      });
      return {};
    });
    const id = await jobs.enqueue(tenantId, null, 'outage', { file: upload });
    await jobs.idle();

    expect(await statusOf(id)).toEqual({ status: 'failed', error: DATABASE_LOST });
    // The personal data went first, while the outcome still waited for the database.
    expect(uploadGoneWhileDown).toBe(true);
    expect(existsSync(upload)).toBe(false);
    expect(logged).toContain('job failed');
    await rm(uploadsDir, { recursive: true, force: true });

    const admin = await apiAs(ctx, 'admin', tenantId);
    for (const [language, words, wrong] of [
      ['id', 'koneksi ke basis data terputus', 'server dihentikan'],
      ['en', 'connection to the database was lost', 'server stopped'],
    ] as const) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/jobs/${id}`,
        headers: { ...admin.headers, 'accept-language': language },
      });
      const message = response.json().errors[0].message as string;
      expect(message).toContain(words);
      expect(message).not.toContain(wrong);
    }
  }, 60_000);

  it('gives up after its bound when the database stays away, and says so in the log', async () => {
    const logged: string[] = [];
    const jobs = new JobRunner(
      proxiedDb,
      { error: (_details, message) => logged.push(message) },
      { outcomeRetry: { firstMs: 50, maxMs: 100, totalMs: 500 } },
    );
    jobs.register('outage-long', async (job) => {
      await withTenant(proxiedDb, job.tenantId, async (tx) => {
        await proxy.cut();
        await sql`select 1`.execute(tx);
      });
      return {};
    });
    const id = await jobs.enqueue(tenantId, null, 'outage-long', {});
    await jobs.idle();
    expect(logged).toContain('could not record the outcome of the job');
    await proxy.restore();
    // Left for the heartbeat rule and the next start (it reads as interrupted after a minute).
    expect((await statusOf(id)).status).toBe('running');
  }, 30_000);
});
