import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createTenant,
  createTestContext,
  login,
  type TestContext,
} from '../../../test/harness';
import { withTenant } from '../../db/database';
import { isStale, JobRunner, STALE_AFTER_MS } from './job-runner';

let ctx: TestContext;
let tenantId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
});
afterAll(() => ctx.close());

/** A job row as another process would have left it, heard from `secondsAgo` seconds ago. */
async function jobHeardFrom(secondsAgo: number, status: 'queued' | 'running' = 'running') {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const row = await tx
      .insertInto('job')
      .values({ tenant_id: tenantId, account_id: null, kind: 'employee-import', input: '{}' })
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
    const admin = await login(ctx, (await createAccount(ctx, tenantId, 'admin')).username);
    const dead = await jobHeardFrom(STALE_AFTER_MS / 1000 + 30);
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${dead}`,
      headers: { ...admin.headers, 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'failed',
      errors: [{ message: expect.stringContaining('server restarted') }],
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
