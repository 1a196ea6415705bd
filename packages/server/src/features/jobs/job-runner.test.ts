import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { isStale, STALE_AFTER_MS } from './job-outcome';
import { JobRunner } from './job-runner';
import { removeLeftoverUploads } from './job-uploads';

let ctx: TestContext;
let tenantId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
});
afterAll(() => ctx.close());

/** A job row as another process would have left it, heard from `secondsAgo` seconds ago. */
async function jobHeardFrom(
  secondsAgo: number,
  status: 'queued' | 'running' = 'running',
  values: { worker?: string; file?: string } = {},
) {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const row = await tx
      .insertInto('job')
      .values({
        tenant_id: tenantId,
        account_id: null,
        kind: 'employee-import',
        input: JSON.stringify(values.file ? { file: values.file } : {}),
        worker_id: values.worker ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('job')
      .set({
        status,
        created_at: sql<Date>`now() - make_interval(secs => ${secondsAgo + 5})`,
        heartbeat_at: sql<Date>`now() - make_interval(secs => ${secondsAgo})`,
      })
      .where('id', '=', row.id)
      .execute();
    return row.id;
  });
}

const statusOf = (id: string) =>
  withTenant(ctx.db, tenantId, (tx) =>
    tx.selectFrom('job').select(['status', 'error']).where('id', '=', id).executeTakeFirstOrThrow(),
  );

describe('isStale', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);

  it('calls a running job stale only once its heartbeat is older than the limit', () => {
    const job = { status: 'running', created_at: at(3_600_000) };
    expect(isStale({ ...job, heartbeat_at: at(STALE_AFTER_MS - 1) }, now)).toBe(false);
    expect(isStale({ ...job, heartbeat_at: at(STALE_AFTER_MS + 1) }, now)).toBe(true);
  });

  it('falls back to the creation time of a job that never beat', () => {
    expect(isStale({ status: 'queued', heartbeat_at: null, created_at: at(STALE_AFTER_MS + 1) }, now)).toBe(
      true,
    );
    expect(isStale({ status: 'queued', heartbeat_at: null, created_at: at(1_000) }, now)).toBe(false);
  });

  it('never calls a finished job stale', () => {
    for (const status of ['succeeded', 'failed']) {
      expect(isStale({ status, heartbeat_at: null, created_at: at(86_400_000) }, now)).toBe(false);
    }
  });
});

describe('jobs of processes that died', () => {
  it("fails at start only jobs whose heartbeat stopped, not another live process's", async () => {
    const dead = await jobHeardFrom(STALE_AFTER_MS / 1000 + 30);
    const deadQueued = await jobHeardFrom(STALE_AFTER_MS / 1000 + 30, 'queued');
    const alive = await jobHeardFrom(2);
    await JobRunner.failInterrupted(ctx.db, [tenantId]);
    expect(await statusOf(dead)).toEqual({
      status: 'failed',
      error: { key: 'import.interrupted', params: {} },
    });
    expect((await statusOf(deadQueued)).status).toBe('failed');
    expect((await statusOf(alive)).status).toBe('running');
  });

  it('shows a job whose heartbeat stopped as failed on read, in the reader’s language', async () => {
    const admin = await apiAs(ctx, 'admin', tenantId);
    const dead = await jobHeardFrom(STALE_AFTER_MS / 1000 + 30);
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${dead}`,
      headers: { ...admin.headers, 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'failed',
      errors: [{ message: expect.stringContaining('server stopped or restarted') }],
    });
  });

  it('keeps the heartbeat of the jobs this process runs', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const jobs = new JobRunner(ctx.db);
    jobs.register('wait', async () => {
      await gate;
      return {};
    });
    const id = await jobs.enqueue(tenantId, null, 'wait', {});
    await expect.poll(async () => (await statusOf(id)).status).toBe('running');
    await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .updateTable('job')
        .set({ heartbeat_at: sql<Date>`now() - interval '1 hour'` })
        .where('id', '=', id)
        .execute(),
    );
    await jobs.beat();
    await JobRunner.failInterrupted(ctx.db, [tenantId]);
    expect((await statusOf(id)).status).toBe('running');
    release();
    await jobs.idle();
    expect((await statusOf(id)).status).toBe('succeeded');
  });
});

describe('jobs of this process and of the previous server', () => {
  it('fails the previous server’s jobs at start whatever their heartbeat, and leaves live ones', async () => {
    const previous = await jobHeardFrom(1, 'running', { worker: 'server-that-died' });
    const other = await jobHeardFrom(1, 'running', { worker: 'server-still-alive' });
    await JobRunner.failInterrupted(ctx.db, [tenantId], ['server-that-died']);
    expect(await statusOf(previous)).toEqual({
      status: 'failed',
      error: { key: 'import.interrupted', params: {} },
    });
    expect((await statusOf(other)).status).toBe('running');
  });

  it('marks its running jobs interrupted at once when stopping, aborts them and removes their uploads', async () => {
    const uploadsDir = await mkdtemp(path.join(tmpdir(), 'jenjang-uploads-'));
    const upload = path.join(uploadsDir, 'upload-1');
    const elsewhere = path.join(path.dirname(uploadsDir), `${path.basename(uploadsDir)}-not-an-upload`);
    await writeFile(upload, 'nip;nama\n');
    await writeFile(elsewhere, 'keep me');
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sawAbort = false;
    const jobs = new JobRunner(ctx.db, undefined, { uploadsDir });
    jobs.register('slow', async (job) => {
      job.signal.addEventListener('abort', () => {
        sawAbort = true;
      });
      await gate;
      await job.progress(1, 2);
      return { done: true };
    });
    const id = await jobs.enqueue(tenantId, null, 'slow', { file: upload });
    const outside = await jobs.enqueue(tenantId, null, 'slow', { file: elsewhere });
    await expect.poll(async () => (await statusOf(id)).status).toBe('running');

    const stopping = jobs.interrupt();
    await expect.poll(async () => (await statusOf(id)).status).toBe('failed');
    expect(sawAbort).toBe(true);
    release();
    await stopping;
    await jobs.idle();
    expect(await statusOf(id)).toEqual({
      status: 'failed',
      error: { key: 'import.interrupted', params: {} },
    });
    expect((await statusOf(outside)).status).toBe('failed');
    expect(existsSync(upload)).toBe(false);
    expect(existsSync(elsewhere)).toBe(true);
    await rm(elsewhere, { force: true });
    await rm(uploadsDir, { recursive: true, force: true });
  });

  it('shows an unexpected error as a translated message with a reference, logs the detail and removes the upload', async () => {
    const logged: object[] = [];
    const uploadsDir = await mkdtemp(path.join(tmpdir(), 'jenjang-uploads-'));
    const upload = path.join(uploadsDir, 'upload-2');
    await writeFile(upload, 'nip;nama\n');
    const jobs = new JobRunner(ctx.db, { error: (details) => logged.push(details) }, { uploadsDir });
    jobs.register('broken', async () => {
      const nothing = undefined as unknown as { field: string };
      return { value: nothing.field };
    });
    const id = await jobs.runNow(tenantId, null, 'broken', { file: upload });
    expect(existsSync(upload)).toBe(false);
    await rm(uploadsDir, { recursive: true, force: true });
    expect(await statusOf(id)).toEqual({
      status: 'failed',
      error: { key: 'job.failed', params: { ref: id.slice(0, 8) } },
    });
    expect(logged).toEqual([expect.objectContaining({ jobId: id, err: expect.any(TypeError) })]);

    const admin = await apiAs(ctx, 'admin', tenantId);
    for (const [language, words] of [
      ['en', 'unexpected server error'],
      ['id', 'kesalahan tak terduga'],
    ] as const) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/jobs/${id}`,
        headers: { ...admin.headers, 'accept-language': language },
      });
      const message = response.json().errors[0].message as string;
      expect(message).toContain(words);
      expect(message).toContain(id.slice(0, 8));
      expect(message).not.toContain('Cannot read');
    }
  });
});

describe('leftover uploads', () => {
  it('removes the uploads no queued or running job needs, and young ones only when alone', async () => {
    const uploadsDir = await mkdtemp(path.join(tmpdir(), 'jenjang-uploads-'));
    const needed = path.join(uploadsDir, 'needed');
    const leftover = path.join(uploadsDir, 'leftover');
    const young = path.join(uploadsDir, 'young');
    for (const file of [needed, leftover, young]) await writeFile(file, 'x');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const file of [needed, leftover]) await utimes(file, anHourAgo, anHourAgo);
    await mkdir(path.join(uploadsDir, 'a-folder'));
    await jobHeardFrom(1, 'running', { file: needed });
    await jobHeardFrom(1, 'running', { file: leftover }).then((id) =>
      withTenant(ctx.db, tenantId, (tx) =>
        tx.updateTable('job').set({ status: 'failed' }).where('id', '=', id).execute(),
      ),
    );

    const shared = await removeLeftoverUploads(ctx.db, [tenantId], uploadsDir, { keepRecentMs: 600_000 });
    expect(shared).toEqual(['leftover']);
    expect(await removeLeftoverUploads(ctx.db, [tenantId], uploadsDir)).toEqual(['young']);
    expect(existsSync(needed)).toBe(true);
    expect(existsSync(path.join(uploadsDir, 'a-folder'))).toBe(true);
    await rm(uploadsDir, { recursive: true, force: true });
  });
});
