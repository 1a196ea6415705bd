import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { withOwner } from '../../db/owner';
import { TestClock } from '../clock';
import { Scheduler } from './schedule';

const clock = new TestClock('2026-03-01T00:00:00Z');
let ctx: TestContext;
/** Occurrences each task ran, by key: what a handler would do, counted. */
const ran = new Map<string, string[]>();

beforeAll(async () => {
  ctx = await createTestContext({}, { clock });
  ctx.schedules.define('test.note', z.object({ note: z.string() }), async ({ key, input, clock }) => {
    ran.set(key, [...(ran.get(key) ?? []), `${input.note}@${clock.now().toISOString()}`]);
  });
});
afterAll(() => ctx.close());

async function governmentIn(zone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura') {
  const tenant = await createTenant(ctx);
  await withOwner(ctx.urls, (owner) =>
    owner.updateTable('tenant').set({ time_zone: zone }).where('id', '=', tenant.id).execute(),
  );
  return tenant.id;
}

/** The minute's sweep, then until the queue has run what it queued. */
async function sweep(expectRuns: Record<string, number>) {
  await ctx.schedules.runDue();
  for (const [key, count] of Object.entries(expectRuns)) {
    await expect.poll(() => ran.get(key)?.length ?? 0).toBe(count);
  }
}

describe('a one-off task', () => {
  it('runs once at its wall-clock time on the government’s own clock, not before', async () => {
    const tenantId = await governmentIn('Asia/Jayapura');
    clock.set('2026-03-01T00:00:00Z');
    await withTenant(ctx.db, tenantId, (tx) =>
      ctx.schedules.at(tx, tenantId, {
        key: 'follow-up:1',
        kind: 'test.note',
        input: { note: 'three months after the training' },
        local: '2026-03-01T10:00',
      }),
    );
    // 10:00 WIT is 01:00 UTC: at 00:59 UTC it is not due.
    clock.set('2026-03-01T00:59:00Z');
    await sweep({ 'follow-up:1': 0 });
    clock.advance({ minutes: 1 });
    await sweep({ 'follow-up:1': 1 });
    clock.advance({ days: 1 });
    await sweep({ 'follow-up:1': 1 });
    expect(ran.get('follow-up:1')).toEqual(['three months after the training@2026-03-01T01:00:00.000Z']);
  });

  it('refuses input its kind does not accept, and a time no calendar has, writing nothing', async () => {
    const tenantId = await governmentIn('Asia/Jakarta');
    const set = (input: unknown, local: string) =>
      withTenant(ctx.db, tenantId, (tx) =>
        ctx.schedules.at(tx, tenantId, { key: 'bad', kind: 'test.note', input, local }),
      );
    await expect(set({ note: 3 }, '2026-04-01T08:00')).rejects.toThrow();
    await expect(set({ note: 'x' }, '2026-02-30T08:00')).rejects.toThrow('no such wall-clock time');
    const rows = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('scheduled_task').select('key').execute(),
    );
    expect(rows).toEqual([]);
  });
});

describe('a recurring task', () => {
  it('runs every day at midnight in WITA, skipping nothing while the clock moves day by day', async () => {
    const tenantId = await governmentIn('Asia/Makassar');
    clock.set('2026-05-01T00:00:00Z');
    await withTenant(ctx.db, tenantId, (tx) =>
      ctx.schedules.every(tx, tenantId, {
        key: 'daily',
        kind: 'test.note',
        input: { note: 'midnight' },
        first: '2026-05-02T00:00',
        repeat: { unit: 'day', count: 1 },
      }),
    );
    // Midnight WITA is 16:00 UTC the day before.
    for (let day = 1; day <= 3; day++) {
      clock.set(`2026-05-0${day}T16:00:00Z`);
      await sweep({ daily: day });
    }
    const next = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('scheduled_task')
        .select(['next_local', 'next_run_at', 'last_run_at'])
        .executeTakeFirstOrThrow(),
    );
    expect(next).toEqual({
      next_local: '2026-05-05T00:00',
      next_run_at: new Date('2026-05-04T16:00:00Z'),
      last_run_at: new Date('2026-05-03T16:00:00Z'),
    });
    expect(await withTenant(ctx.db, tenantId, (tx) => ctx.schedules.cancel(tx, 'daily'))).toBe(true);
    clock.advance({ days: 2 });
    await sweep({ daily: 3 });
  });

  it('runs each occurrence once when several processes sweep at the same moment', async () => {
    const tenantId = await governmentIn('Asia/Jakarta');
    clock.set('2026-07-01T00:00:00Z');
    await withTenant(ctx.db, tenantId, (tx) =>
      ctx.schedules.every(tx, tenantId, {
        key: 'evaluation',
        kind: 'test.note',
        input: { note: 'six-monthly evaluation' },
        first: '2026-07-01T08:00',
        repeat: { unit: 'month', count: 6 },
      }),
    );
    // Other processes: schedulers of their own on the same database and queue, the same clock.
    const others = [1, 2, 3].map(() => new Scheduler(ctx.db, clock, undefined));
    for (const other of others) other.define('test.note', z.object({ note: z.string() }), async () => {});
    const sweepEverywhere = async () =>
      (await Promise.all([ctx.schedules.runDue(), ...others.map((other) => other.runDue())])).reduce(
        (a, b) => a + b,
        0,
      );
    clock.set('2026-07-01T01:00:00Z');
    expect(await sweepEverywhere()).toBe(1);
    expect(await sweepEverywhere()).toBe(0);
    // 31 August would fall on the last day of February; 1 July falls on 1 January.
    clock.set('2027-01-01T01:00:00Z');
    expect(await sweepEverywhere()).toBe(1);
    const next = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('scheduled_task').select('next_local').executeTakeFirstOrThrow(),
    );
    expect(next.next_local).toBe('2027-07-01T08:00');
  });
});
