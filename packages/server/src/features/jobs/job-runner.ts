import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { type Db, isDatabaseUnavailable, withTenant } from '../../db/database';
import { type Clock, systemClock } from '../../platform/clock';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { addQueueJob } from '../../platform/jobs/job-queue.repository';
import * as repo from './job.repository';
import {
  HEARTBEAT_MS,
  INTERRUPTED,
  type JobContext,
  type JobHandler,
  JobProblem,
  OUTCOME_RETRY,
  problemOf,
  STALE_AFTER_MS,
} from './job-outcome';
import { removeUpload } from './job-uploads';

/** How long a stopping process waits for its interrupted jobs to give up before closing. */
const SETTLE_MS = 3_000;
/** The input of a job kind registered without a schema of its own. */
const AnyInput = z.record(z.string(), z.unknown());

interface JobKind {
  handler: JobHandler;
  /** Checked when the job is enqueued (bad input is refused, nothing written) and when it runs. */
  input: z.ZodType<Record<string, unknown>>;
}

/** The queue task that runs a tracked job (a row of `job`) in whichever process claims it. */
export const RUN_JOB_TASK = 'jenjang.job';
const QueuedJob = z.object({ jobId: z.uuid(), tenantId: z.number().int() });
/** How often idle() looks whether the jobs this process enqueued have finished elsewhere. */
const IDLE_POLL_MS = 25;

interface ActiveJob {
  tenantId: number;
  input: Record<string, unknown>;
  abort: AbortController;
}

export interface JobRunnerOptions {
  /** This process's instance id, stored with its jobs (see data-dir-registry.ts). */
  workerId?: string;
  /** Where uploads live: a job's `input.file` inside it is removed when the job ends or is interrupted. */
  uploadsDir?: string;
  /** How a job's outcome is retried while the database is away (default OUTCOME_RETRY). */
  outcomeRetry?: typeof OUTCOME_RETRY;
  /** What the jobs' handlers take as now (default: the system clock). */
  clock?: Clock;
  /**
   * The queue every process shares: jobs are added to it in their row's transaction and run by
   * whichever process claims them. Without one (the command line) a job runs in this process.
   */
  queue?: JobQueue;
}

/**
 * Runs long work (imports, later reports) as jobs with state in PostgreSQL, so any process can
 * answer `GET /jobs/:id`; with a queue, any process sharing the database runs them (claim), else
 * this one. Each process beats a heartbeat for the jobs it runs and those it queued;
 * a job whose heartbeat stopped is failed rather than left "running" for ever, also when several
 * processes share the database. A stopping process fails its own jobs at once (`interrupt`).
 */
export class JobRunner {
  readonly workerId: string;
  private readonly kinds = new Map<string, JobKind>();
  /** Jobs this process enqueued that another process may be running: idle() waits for them too. */
  private readonly pending = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();
  /** Jobs this process is executing, by id. */
  private readonly active = new Map<string, ActiveJob>();
  private heartbeat: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    private readonly db: Db,
    private readonly log: { error: (details: object, message: string) => void } = {
      error: (details, message) => console.error(message, details),
    },
    private readonly options: JobRunnerOptions = {},
  ) {
    this.workerId = options.workerId ?? randomUUID();
    options.queue?.task(RUN_JOB_TASK, (payload) => this.claim(QueuedJob.parse(payload)));
  }

  /** Declares a job kind once: its name, its input's schema and its handler. */
  register(kind: string, handler: JobHandler, input: z.ZodType<Record<string, unknown>> = AnyInput): void {
    this.kinds.set(kind, { handler, input });
  }

  /**
   * Records a job and queues it; whichever process claims it runs it (this one when it has no
   * queue). Input the kind's schema refuses throws before anything is written.
   */
  async enqueue(tenantId: number, accountId: number | null, kind: string, input: Record<string, unknown>) {
    return this.start(tenantId, accountId, kind, input, this.options.queue);
  }

  /** Runs a job to completion in the caller's process (the CLI uses this), never through the queue. */
  async runNow(tenantId: number, accountId: number | null, kind: string, input: Record<string, unknown>) {
    const id = await this.start(tenantId, accountId, kind, input, undefined);
    await this.idle();
    return id;
  }

  private async start(
    tenantId: number,
    accountId: number | null,
    kind: string,
    input: Record<string, unknown>,
    queue: JobQueue | undefined,
  ) {
    const declared = this.kinds.get(kind);
    if (declared) declared.input.parse(input);
    const job = await withTenant(this.db, tenantId, async (tx) => {
      const row = await repo.insertJob(tx, { tenantId, accountId, kind, input, workerId: this.workerId });
      if (queue) await addQueueJob(tx, RUN_JOB_TASK, { jobId: row.id, tenantId }, { key: row.id });
      return row;
    });
    if (queue) {
      // Its heartbeat while it waits in the queue; the process that claims it beats from then on.
      this.pending.set(job.id, tenantId);
      this.ensureHeartbeat();
    } else {
      this.runHere(job.id, tenantId, accountId, kind, input);
    }
    return job.id;
  }

  private runHere(
    jobId: string,
    tenantId: number,
    accountId: number | null,
    kind: string,
    input: Record<string, unknown>,
  ) {
    const run = this.execute(jobId, tenantId, accountId, kind, input).finally(() => this.running.delete(run));
    this.running.add(run);
    return run;
  }

  /**
   * Runs a queued job this process claimed, unless it is no longer queued (an interrupted
   * process's job, failed at start). It becomes this process's job: its heartbeat and its stop.
   */
  private async claim({ jobId, tenantId }: z.infer<typeof QueuedJob>): Promise<void> {
    if (this.stopping) {
      // Claimed between this process's interrupt and its queue's stop: another process runs it.
      await addQueueJob(this.db, RUN_JOB_TASK, { jobId, tenantId }, { key: `${jobId}:${randomUUID()}` });
      return;
    }
    const job = await withTenant(this.db, tenantId, (tx) => repo.claimQueuedJob(tx, jobId, this.workerId));
    if (!job) return;
    await this.runHere(jobId, tenantId, job.account_id, job.kind, job.input as Record<string, unknown>);
  }

  /** The shared queue this runner adds its jobs to (none on the command line). */
  get queue(): JobQueue | undefined {
    return this.options.queue;
  }

  /** Waits until every job this process runs, and every job it enqueued, has finished. */
  async idle(): Promise<void> {
    for (;;) {
      while (this.running.size > 0) await Promise.allSettled([...this.running]);
      if (this.pending.size === 0) return;
      await this.settlePending();
      if (this.pending.size > 0) await sleep(IDLE_POLL_MS);
    }
  }

  /** Forgets the enqueued jobs that have finished, wherever they ran. */
  private async settlePending(): Promise<void> {
    for (const [tenantId, ids] of groupByTenant(this.pending)) {
      const still = new Set(await withTenant(this.db, tenantId, (tx) => repo.stillActive(tx, ids)));
      for (const id of ids) if (!still.has(id)) this.pending.delete(id);
    }
  }

  private async execute(
    jobId: string,
    tenantId: number,
    accountId: number | null,
    kind: string,
    input: Record<string, unknown>,
  ) {
    const declared = this.kinds.get(kind);
    // onlyIfActive: an interrupted job was already marked failed; its handler giving up must not
    // rewrite that.
    const update = (values: Parameters<typeof repo.updateJob>[2], onlyIfActive = false) =>
      withTenant(this.db, tenantId, (tx) => repo.updateJob(tx, jobId, values, onlyIfActive));
    const abort = new AbortController();
    let lastWrite = 0;
    const ctx: JobContext = {
      jobId,
      tenantId,
      accountId,
      input,
      clock: this.options.clock ?? systemClock,
      signal: abort.signal,
      progress: async (done, total) => {
        abort.signal.throwIfAborted();
        const now = Date.now();
        if (now - lastWrite < 250 && done !== total) return;
        lastWrite = now;
        await update({ progress_done: done, progress_total: total }, true);
      },
    };
    // An upload serves its one job: whatever the end (a failure before the handler ran included),
    // the personal data in it goes, before an outcome that may wait for the database is written.
    const removeInput = async () => {
      if (this.options.uploadsDir) await removeUpload(this.options.uploadsDir, input.file).catch(() => {});
    };
    this.track(jobId, { tenantId, input, abort });
    try {
      let result: Record<string, unknown>;
      try {
        if (this.stopping) abort.abort(new JobProblem(INTERRUPTED.key));
        abort.signal.throwIfAborted();
        await update({ status: 'running', started_at: new Date(), heartbeat_at: new Date() }, true);
        if (!declared) throw new Error(`no handler for job kind ${kind}`);
        result = await declared.handler({ ...ctx, input: declared.input.parse(input) });
      } catch (error) {
        if (!abort.signal.aborted && !(error instanceof JobProblem)) {
          this.log.error({ err: error, jobId, kind }, 'job failed');
        }
        const problem = abort.signal.aborted ? INTERRUPTED : problemOf(error, jobId);
        await removeInput();
        await this.writeOutcome(jobId, () =>
          update({ status: 'failed', error: JSON.stringify(problem), finished_at: new Date() }, true),
        );
        return;
      }
      await removeInput();
      // Written even after an interruption: the work did commit, and the row must say so.
      await this.writeOutcome(jobId, () =>
        update({ status: 'succeeded', result: JSON.stringify(result), finished_at: new Date() }),
      );
    } finally {
      this.untrack(jobId);
    }
  }

  /**
   * Writes a job's outcome; while the database is unreachable (PostgreSQL restarting after a crash),
   * tries again with growing waits (OUTCOME_RETRY) instead of leaving the row 'running'. The job
   * stays tracked meanwhile, so its heartbeat resumes as soon as the database is back.
   */
  private async writeOutcome(jobId: string, write: () => Promise<unknown>): Promise<void> {
    const retry = this.options.outcomeRetry ?? OUTCOME_RETRY;
    const deadline = Date.now() + retry.totalMs;
    for (let wait = retry.firstMs; ; wait = Math.min(wait * 2, retry.maxMs)) {
      try {
        await write();
        return;
      } catch (error) {
        // A stopping process has marked its jobs itself (interrupt) or leaves them to the next start.
        if (!isDatabaseUnavailable(error) || this.stopping || Date.now() + wait > deadline) {
          this.log.error({ err: error, jobId }, 'could not record the outcome of the job');
          return;
        }
        await sleep(wait);
      }
    }
  }

  private track(jobId: string, job: ActiveJob): void {
    this.active.set(jobId, job);
    this.ensureHeartbeat();
  }

  private ensureHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      this.beat().catch((error) => this.log.error({ err: error }, 'job heartbeat failed'));
    }, HEARTBEAT_MS);
    // The heartbeat alone must not keep a finished CLI run alive.
    this.heartbeat.unref();
  }

  private untrack(jobId: string): void {
    this.active.delete(jobId);
    if (this.active.size === 0 && this.pending.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  /** Touches heartbeat_at of every job this process runs, one statement per tenant. */
  async beat(): Promise<void> {
    await this.settlePending();
    for (const [tenantId, ids] of groupByTenant(this.pending)) {
      await withTenant(this.db, tenantId, (tx) => repo.touchHeartbeats(tx, ids, ['queued']));
    }
    for (const [tenantId, ids] of this.byTenant()) {
      await withTenant(this.db, tenantId, (tx) => repo.touchHeartbeats(tx, ids, ['queued', 'running']));
    }
  }

  private byTenant(): Map<number, string[]> {
    return groupByTenant(new Map([...this.active].map(([jobId, { tenantId }]) => [jobId, tenantId])));
  }

  /**
   * For a stopping process: marks every job it runs failed ("interrupted") at once, so nobody
   * watches a frozen progress bar; aborts them (their transactions roll back); removes their
   * uploads; then waits a little for the handlers to give up. New jobs fail at once too.
   */
  async interrupt(): Promise<void> {
    this.stopping = true;
    const jobs = [...this.active.values()];
    for (const [tenantId, ids] of this.byTenant()) {
      await withTenant(this.db, tenantId, (tx) =>
        repo.failJobs(tx, ids, { finishedAt: new Date(), error: INTERRUPTED }),
      ).catch((error) => this.log.error({ err: error }, 'could not mark interrupted jobs'));
    }
    for (const job of jobs) job.abort.abort(new JobProblem(INTERRUPTED.key));
    if (this.options.uploadsDir) {
      for (const job of jobs) await removeUpload(this.options.uploadsDir, job.input.file);
    }
    await Promise.race([this.idle(), sleep(SETTLE_MS, undefined, { ref: false })]);
  }

  /**
   * Fails the jobs whose process died: queued or running, with no heartbeat for STALE_AFTER_MS,
   * or run by one of `deadWorkers` (the previous server of this data directory) whatever their
   * heartbeat. Jobs of live processes (others sharing the database) keep running.
   * Runs once per tenant at start; `GET /jobs/:id` applies the heartbeat rule on read.
   */
  static async failInterrupted(db: Db, tenantIds: number[], deadWorkers: string[] = []): Promise<void> {
    for (const tenantId of tenantIds) {
      await withTenant(db, tenantId, (tx) =>
        repo.failStaleJobs(tx, {
          finishedAt: new Date(),
          error: INTERRUPTED,
          staleAfterMs: STALE_AFTER_MS,
          deadWorkers,
        }),
      );
    }
  }
}

function groupByTenant(jobs: Map<string, number>): Map<number, string[]> {
  const byTenant = new Map<number, string[]>();
  for (const [jobId, tenantId] of jobs) byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), jobId]);
  return byTenant;
}
