import { Logger, parseCronItems, type Runner, run, type Task } from 'graphile-worker';
import type pg from 'pg';
import { JOB_QUEUE_SCHEMA } from '../../db/job-queue-schema';

/** A task of the queue: what runs when any process claims a job of this identifier. */
export type QueueTask = (payload: unknown, context: { jobKey: string | null }) => Promise<void>;

/** Work repeated on a cron line (UTC), claimed by one process per occurrence. */
export interface RecurringTask {
  /** The queue identifier of the task it enqueues (registered with `task`). */
  identifier: string;
  /** A cron line in UTC, e.g. every minute: `* * * * *`. */
  cron: string;
}

export interface JobQueueOptions {
  /** Jobs this process runs at once; more wait in the queue for any process. */
  concurrency?: number;
  /** How often to look for jobs due later, besides the notifications for new ones (ms). */
  pollIntervalMs?: number;
  log?: { error: (details: object, message: string) => void };
}

/**
 * The PostgreSQL job queue every server process shares (graphile-worker, docs/architecture.md
 * "Jobs" says why): a job added in a transaction is claimed by exactly one process once that
 * transaction commits (SKIP LOCKED, woken by LISTEN/NOTIFY), wherever it was added.
 */
export class JobQueue {
  private readonly tasks = new Map<string, QueueTask>();
  private readonly recurring: RecurringTask[] = [];
  private runner: Runner | null = null;
  private stopped = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: JobQueueOptions = {},
  ) {}

  task(identifier: string, task: QueueTask): void {
    if (this.runner) throw new Error(`job queue already started: ${identifier} registered too late`);
    this.tasks.set(identifier, task);
  }

  every(identifier: string, cron: string): void {
    if (!this.tasks.has(identifier)) throw new Error(`no queue task ${identifier} to repeat`);
    this.recurring.push({ identifier, cron });
  }

  get started(): boolean {
    return this.runner !== null;
  }

  async start(): Promise<void> {
    if (this.runner) return;
    const taskList: Record<string, Task> = {};
    for (const [identifier, task] of this.tasks) {
      taskList[identifier] = (payload, helpers) => task(payload, { jobKey: helpers.job.key });
    }
    this.runner = await run({
      pgPool: this.pool,
      schema: JOB_QUEUE_SCHEMA,
      concurrency: this.options.concurrency ?? 2,
      pollInterval: this.options.pollIntervalMs ?? 2_000,
      noHandleSignals: true,
      logger: queueLogger(this.options.log),
      taskList,
      // A recurring task missed while no server ran is not made up for: the sweeps it starts
      // look at everything due anyway.
      parsedCronItems: parseCronItems(
        this.recurring.map(({ identifier, cron }) => ({
          task: identifier,
          match: cron,
          identifier: `jenjang:${identifier}`,
          options: { backfillPeriod: 0, maxAttempts: 1 },
        })),
      ),
    });
  }

  /** Stops claiming, waits for the jobs under way, and closes the queue's pool (its own). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const runner = this.runner;
    this.runner = null;
    await runner?.stop();
    await this.pool.end();
  }
}

function queueLogger(log: JobQueueOptions['log']) {
  return new Logger(() => (level, message, meta) => {
    if (level !== 'error' && level !== 'warning') return;
    if (log) log.error({ ...meta }, `job queue: ${message}`);
    else console.error(`[jenjang] job queue: ${message}`);
  });
}
