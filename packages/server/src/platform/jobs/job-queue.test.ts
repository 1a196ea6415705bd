import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { buildApp } from '../../app';
import { createPool, withTenant } from '../../db/database';
import { JobRunner } from '../../features/jobs/job-runner';
import { JobQueue } from './job-queue';

// Two app instances on one database, as two server processes behind a load balancer: each has its
// own pool, queue and job runner; only the database is shared.
let ctx: TestContext;
let tenantId: number;
let second: { queue: JobQueue; jobs: JobRunner; close(): Promise<void> };
/** Which instance ran each job, every time it ran. */
const runs = new Map<string, string[]>();

function countRuns(instance: string, runner: JobRunner) {
  runner.register('test.count', async ({ jobId }) => {
    runs.set(jobId, [...(runs.get(jobId) ?? []), instance]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { instance };
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  const queue = new JobQueue(createPool(ctx.urls, 4), { pollIntervalMs: 200 });
  const jobs = new JobRunner(ctx.db, undefined, { queue });
  const app = await buildApp({ config: ctx.config, db: ctx.db, jobs });
  await app.ready();
  second = { queue, jobs, close: () => app.close() };
  countRuns('first', ctx.jobs);
  countRuns('second', jobs);
});
afterAll(async () => {
  await second.close();
  await ctx.close();
});

const statuses = (ids: string[]) =>
  withTenant(ctx.db, tenantId, (tx) =>
    tx.selectFrom('job').select(['id', 'status', 'worker_id']).where('id', 'in', ids).execute(),
  );

describe('the shared job queue', () => {
  it('lets a process that is not claiming work have its jobs run by another one', async () => {
    // The second instance's queue has not started: it only enqueues.
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await second.jobs.enqueue(tenantId, null, 'test.count', { i }));
    await second.jobs.idle();
    expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => ['first']));
    const rows = await statuses(ids);
    expect(rows.map((r) => [r.status, r.worker_id])).toEqual(ids.map(() => ['succeeded', ctx.jobs.workerId]));
  });

  it('runs each job exactly once while two instances claim from one database', async () => {
    await second.queue.start();
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const runner = i % 2 === 0 ? ctx.jobs : second.jobs;
      ids.push(await runner.enqueue(tenantId, null, 'test.count', { i }));
    }
    await ctx.jobs.idle();
    await second.jobs.idle();
    expect(ids.filter((id) => runs.get(id)?.length !== 1)).toEqual([]);
    const rows = await statuses(ids);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['succeeded']));
    const workers = new Set([ctx.jobs.workerId, second.jobs.workerId]);
    expect(rows.every((r) => workers.has(r.worker_id ?? ''))).toBe(true);
  });

  it('refuses a job whose input its kind does not accept, before anything is written', async () => {
    ctx.jobs.register('test.typed', async () => ({}), z.object({ count: z.number() }));
    await expect(ctx.jobs.enqueue(tenantId, null, 'test.typed', { count: 'many' })).rejects.toThrow();
    const rows = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('job').select('id').where('kind', '=', 'test.typed').execute(),
    );
    expect(rows).toEqual([]);
  });
});
