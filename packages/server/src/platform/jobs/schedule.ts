import { nextOccurrence, type Repeat } from '@jenjang/domain/shared/schedule.rules';
import { instantOfWallClock } from '@jenjang/domain/shared/time-zone';
import { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantZone } from '../../db/tenant-clock';
import type { Clock } from '../clock';
import type { JobQueue } from './job-queue';
import { addQueueJob } from './job-queue.repository';
import * as repo from './schedule.repository';

/** What a scheduled task's handler gets: its government, its input, the app's clock and database. */
export interface ScheduledContext<I> {
  tenantId: number;
  key: string;
  input: I;
  clock: Clock;
  db: Db;
}

interface TaskKind {
  input: z.ZodType;
  handler: (ctx: ScheduledContext<unknown>) => Promise<void>;
}

/** Work over every government at once (the survey sweeps): one process per occurrence runs it. */
export type SweepHandler = (ctx: { clock: Clock; db: Db }) => Promise<unknown>;

const SCHEDULED_TASK = 'jenjang.scheduled';
const SWEEP_TASKS = 'jenjang.schedules';
const ScheduledJob = z.object({
  tenantId: z.number().int(),
  key: z.string(),
  kind: z.string(),
  input: z.unknown(),
});
/** How often the sweeps run: a cron line of the shared queue, in UTC. */
export const EVERY_MINUTE = '* * * * *';

/**
 * Schedules per government, on the government's clock (docs/architecture.md, "Schedules"):
 *
 * - `define(kind, input, handler)` once per kind of scheduled work, at start-up;
 * - `at(tx, tenantId, { key, kind, input, local })`: once, at a wall-clock time of that government
 *   ('2026-09-01T08:00' WIT is 08:00 in Jayapura), e.g. a follow-up survey three months after a
 *   training; `every(tx, tenantId, { …, first, repeat: { unit: 'month', count: 6 } })`: from then on
 *   (a six-monthly evaluation); both in the caller's transaction, replaced by key, `cancel`led by key;
 * - `sweep(identifier, handler)`: work over all governments every minute (what is due is the
 *   work's own query), such as announcing waves that opened.
 *
 * Due is decided on the app's clock: `runDue()` is what the queue runs every minute, and what a
 * test or a demo story calls after moving its TestClock. A due task is claimed FOR UPDATE SKIP
 * LOCKED, its job queued and its next occurrence set in one transaction: once, in any process.
 */
export class Scheduler {
  private readonly kinds = new Map<string, TaskKind>();
  private readonly sweeps = new Map<string, SweepHandler>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly queue: JobQueue | undefined,
  ) {
    queue?.task(SCHEDULED_TASK, (payload) => this.run(ScheduledJob.parse(payload)));
    queue?.task(SWEEP_TASKS, async () => {
      await this.runDue();
    });
  }

  define<S extends z.ZodType>(
    kind: string,
    input: S,
    handler: (ctx: ScheduledContext<z.output<S>>) => Promise<void>,
  ): void {
    if (this.kinds.has(kind)) throw new Error(`scheduled kind ${kind} defined twice`);
    this.kinds.set(kind, { input, handler: handler as TaskKind['handler'] });
  }

  sweep(identifier: string, handler: SweepHandler): void {
    this.sweeps.set(identifier, handler);
  }

  /** Starts the minute's sweep on the shared queue (call once, before the queue starts). */
  startOnQueue(): void {
    this.queue?.every(SWEEP_TASKS, EVERY_MINUTE);
  }

  async at(
    tx: Tx,
    tenantId: number,
    task: { key: string; kind: string; input: unknown; local: string },
  ): Promise<void> {
    await this.set(tx, tenantId, { ...task, first: task.local, repeat: null });
  }

  async every(
    tx: Tx,
    tenantId: number,
    task: { key: string; kind: string; input: unknown; first: string; repeat: Repeat },
  ): Promise<void> {
    await this.set(tx, tenantId, task);
  }

  cancel(tx: Tx, key: string): Promise<boolean> {
    return repo.deleteScheduledTask(tx, key);
  }

  private async set(
    tx: Tx,
    tenantId: number,
    task: { key: string; kind: string; input: unknown; first: string; repeat: Repeat | null },
  ): Promise<void> {
    const kind = this.kinds.get(task.kind);
    if (!kind) throw new Error(`no scheduled kind ${task.kind}`);
    const input = kind.input.parse(task.input) as Record<string, unknown>;
    const at = instantOfWallClock(task.first, await tenantZone(tx));
    if (!at) throw new Error(`no such wall-clock time: ${task.first}`);
    const nextLocal = task.first.slice(0, 16);
    await repo.upsertScheduledTask(tx, { ...task, tenantId, input, nextLocal, nextRunAt: at });
  }

  /**
   * Runs the sweeps and queues every government's tasks due now (the app's clock). Returns how
   * many tasks were queued. One government's failure does not hold back the others.
   */
  async runDue(): Promise<number> {
    for (const [, sweep] of this.sweeps) await sweep({ clock: this.clock, db: this.db });
    const now = this.clock.now();
    let queued = 0;
    for (const tenantId of await repo.tenantsWithDueTasks(this.db, now)) {
      const ready = await withTenant(this.db, tenantId, async (tx) => {
        const zone = await tenantZone(tx);
        const due = await repo.claimDueTasks(tx, now);
        for (const task of due) {
          const job = { tenantId, key: task.key, kind: task.kind, input: task.input };
          // Keyed by occurrence: a second sweep of the same minute adds nothing.
          if (this.queue)
            await addQueueJob(tx, SCHEDULED_TASK, job, { key: `${tenantId}:${task.key}:${task.next_local}` });
          const repeat = task.repeat_unit ? { unit: task.repeat_unit, count: task.repeat_count ?? 1 } : null;
          const next = nextOccurrence(task.next_local, repeat, now, zone);
          if (next) await repo.moveScheduledTask(tx, task.key, next, now);
          else await repo.deleteScheduledTask(tx, task.key);
        }
        return due.map((task) => ({ tenantId, key: task.key, kind: task.kind, input: task.input }));
      });
      queued += ready.length;
      // Without a queue (the command line, tests of one process) the tasks run here, after commit.
      if (!this.queue) for (const job of ready) await this.run(job);
    }
    return queued;
  }

  private async run(job: { tenantId: number; key: string; kind: string; input: unknown }): Promise<void> {
    const kind = this.kinds.get(job.kind);
    if (!kind) throw new Error(`no scheduled kind ${job.kind}`);
    await kind.handler({
      tenantId: job.tenantId,
      key: job.key,
      input: kind.input.parse(job.input),
      clock: this.clock,
      db: this.db,
    });
  }
}
