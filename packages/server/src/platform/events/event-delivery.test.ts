import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, login } from '../../../test/factories/account.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { eventBus } from '../../events';
import { createEventBus } from './event-bus';
import { DELIVERED_RETENTION_MS, dispatchDue, RETRY, retryDelayMs } from './event-dispatcher';
import { subscriber } from './subscriber';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

/** Starts test/event-publisher.ts and resolves once it printed `line`; returns it and its output. */
function publisherUntil(args: string[], line: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/event-publisher.ts', ...args], {
    cwd: SERVER_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise<{ child: ChildProcess; output: string }>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no '${line}' from the publisher:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').some((l) => l.startsWith(line))) {
        clearTimeout(timer);
        resolve({ child, output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`publisher exited with ${code}:\n${output}`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });

async function reminderNotices(tenantId: number) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('notification')
      .select(['account_id', 'kind'])
      .where('kind', '=', 'survey.reminder')
      .execute(),
  );
}

async function deliveries(tenantId: number) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx.selectFrom('event_delivery').selectAll().orderBy('subscriber').execute(),
  );
}

// A Node process with tsx takes a while to start on a busy machine.
describe('delivery survives the death of the process that published', { timeout: 180_000 }, () => {
  async function world() {
    const tenant = await createTenant(ctx);
    const accounts = [
      await createAccount(ctx, tenant.id, 'pegawai'),
      await createAccount(ctx, tenant.id, 'pegawai'),
    ];
    const args = [JSON.stringify(ctx.urls), String(tenant.id), accounts.map((a) => a.id).join(',')];
    return { tenantId: tenant.id, args };
  }

  it('loses no event when the publisher is killed -9 after its commit, before any delivery', async () => {
    const { tenantId, args } = await world();
    const { child } = await publisherUntil([...args, 'committed'], 'committed');
    await killed(child);
    expect(await reminderNotices(tenantId)).toHaveLength(0);
    expect((await deliveries(tenantId)).map((d) => d.status)).toEqual(['pending']);

    // Another process (this one) delivers it: each recipient is told once.
    expect(await dispatchDue(ctx.db, eventBus)).toBe(1);
    expect(await reminderNotices(tenantId)).toHaveLength(2);
    expect((await deliveries(tenantId)).map((d) => [d.status, d.attempts])).toEqual([['delivered', 1]]);
    expect(await dispatchDue(ctx.db, eventBus)).toBe(0);
    expect(await reminderNotices(tenantId)).toHaveLength(2);
  });

  it('delivers once when the process is killed -9 in the middle of delivering', async () => {
    const { tenantId, args } = await world();
    const { child } = await publisherUntil([...args, 'delivering'], 'delivering');
    // The dying process wrote the notifications in its delivery's transaction, never committed.
    await killed(child);
    // PostgreSQL ends the dead client's transaction and frees the claimed row; until it has
    // noticed, the delivery is skipped (locked), never run twice at once.
    await expect.poll(() => dispatchDue(ctx.db, eventBus), { timeout: 30_000, interval: 100 }).toBe(1);
    expect(await reminderNotices(tenantId)).toHaveLength(2);
    expect((await deliveries(tenantId)).map((d) => d.status)).toEqual(['delivered']);
  });
});

describe('a failing subscriber', () => {
  class Clock {
    constructor(public at: number) {}
    now = () => new Date(this.at);
  }

  it('is retried with growing waits while the others are delivered at once', async () => {
    const tenant = await createTenant(ctx);
    const clock = new Clock(Date.parse('2026-03-02T01:00:00Z'));
    const steady: string[] = [];
    let failures = 2;
    let flakyCalls = 0;
    const bus = createEventBus([
      subscriber({
        name: 'test.flaky',
        mode: 'queued',
        events: ['survey.wave.closed'],
        async handle(event, { tx }) {
          flakyCalls++;
          // Written, then undone with the failure: a retry starts from a clean slate.
          await tx
            .insertInto('notification')
            .values({ tenant_id: tenant.id, account_id: account.id, kind: 'survey.reminder', data: '{}' })
            .execute();
          if (failures > 0) throw new Error(`the mail server is down (wave ${event.payload.waveId})`);
        },
      }),
      subscriber({
        name: 'test.steady',
        mode: 'queued',
        events: ['survey.wave.closed'],
        async handle(event) {
          steady.push(`wave ${event.payload.waveId}`);
        },
      }),
    ]);
    const account = await createAccount(ctx, tenant.id, 'pegawai');
    const publish = (waveId: number) =>
      withTenant(ctx.db, tenant.id, (tx) =>
        bus.publish(
          tx,
          tenant.id,
          { type: 'survey.wave.closed', actorAccountId: null, payload: { waveId } },
          clock.now(),
        ),
      );
    const dispatch = () => dispatchDue(ctx.db, bus, { clock });
    const flaky = async () =>
      (await deliveries(tenant.id))
        .filter((d) => d.subscriber === 'test.flaky')
        .map((d) => ({
          status: d.status,
          attempts: d.attempts,
          waitMs: new Date(d.next_attempt_at).getTime() - clock.at,
          error: d.last_error,
        }));

    await publish(1);
    expect(await dispatch()).toBe(1);
    expect(steady).toEqual(['wave 1']);
    expect(await flaky()).toEqual([
      {
        status: 'pending',
        attempts: 1,
        waitMs: retryDelayMs(1),
        error: 'Error: the mail server is down (wave 1)',
      },
    ]);

    // Not due yet: the next event still reaches the steady subscriber, the failing one waits.
    await publish(2);
    expect(await dispatch()).toBe(1);
    expect(steady).toEqual(['wave 1', 'wave 2']);
    expect(flakyCalls).toBe(2);

    clock.at += retryDelayMs(1);
    expect(await dispatch()).toBe(0);
    const second = (await flaky()).find((d) => d.attempts === 2);
    expect(second).toMatchObject({ status: 'pending', waitMs: retryDelayMs(2) });
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    failures = 0;
    clock.at += retryDelayMs(2);
    expect(await dispatch()).toBe(2);
    expect((await flaky()).map((d) => d.status)).toEqual(['delivered', 'delivered']);
    // Each steady delivery ran once; the failed attempts left nothing behind.
    expect(steady).toEqual(['wave 1', 'wave 2']);
    const written = await withTenant(ctx.db, tenant.id, (tx) =>
      tx.selectFrom('notification').select('id').where('account_id', '=', account.id).execute(),
    );
    expect(written).toHaveLength(2);

    // A week later the delivered events are forgotten; the notifications they made stay.
    clock.at += DELIVERED_RETENTION_MS;
    expect(await dispatch()).toBe(0);
    expect(await deliveries(tenant.id)).toEqual([]);
    expect(
      await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('domain_event').select('id').execute()),
    ).toEqual([]);
  });

  it('is given up after its attempts, shown to admins, and delivered when one retries it', async () => {
    const tenant = await createTenant(ctx);
    const clock = new Clock(Date.now());
    let broken = true;
    const bus = createEventBus([
      subscriber({
        name: 'test.broken',
        mode: 'queued',
        events: ['survey.wave.closed'],
        async handle() {
          if (broken) throw new Error('still broken');
        },
      }),
    ]);
    await withTenant(ctx.db, tenant.id, (tx) =>
      bus.publish(
        tx,
        tenant.id,
        { type: 'survey.wave.closed', actorAccountId: null, payload: { waveId: 7 } },
        clock.now(),
      ),
    );
    for (let attempt = 1; attempt <= RETRY.attempts; attempt++) {
      await dispatchDue(ctx.db, bus, { clock });
      clock.at += retryDelayMs(attempt);
    }
    const [given] = await deliveries(tenant.id);
    expect(given).toMatchObject({
      status: 'failed',
      attempts: RETRY.attempts,
      last_error: 'Error: still broken',
    });
    expect(await dispatchDue(ctx.db, bus, { clock: { now: () => new Date(clock.at + 86_400_000) } })).toBe(0);

    const admin = await createAccount(ctx, tenant.id, 'admin');
    const session = await login(ctx, admin.username);
    const listed = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/event-deliveries',
      headers: session.headers,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        type: 'survey.wave.closed',
        subscriber: 'test.broken',
        status: 'failed',
        attempts: RETRY.attempts,
        lastError: 'Error: still broken',
      }),
    ]);
    const { eventId } = listed.json().items[0];
    const retried = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/event-deliveries/retry',
      headers: session.headers,
      payload: { eventId, subscriber: 'test.broken' },
    });
    expect(retried.statusCode).toBe(204);
    broken = false;
    expect(await dispatchDue(ctx.db, bus)).toBe(1);
    expect((await deliveries(tenant.id)).map((d) => d.status)).toEqual(['delivered']);
  });
});
