import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { type Db, isDatabaseUnavailable, withTenant } from '../../db/database';
import { type Clock, systemClock } from '../../platform/clock';
import { removeUpload } from './job-uploads';

export interface JobContext {
  jobId: string;
  tenantId: number;
  accountId: number | null;
  input: Record<string, unknown>;
  /** The clock of the app that runs the job (platform/clock.ts). */
  clock: Clock;
  /** Aborted when the process stops: the job should give up (its transaction rolls back). */
  signal: AbortSignal;
  /** Records progress; cheap to call often (writes at most every 250 ms). Throws once aborted. */
  progress(done: number, total: number | null): Promise<void>;
}

export type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown>>;

/** A failure whose message key the user should read (e.g. "no recognisable header"). */
export class JobProblem extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

/** How often a process tells the database that its jobs are alive. */
export const HEARTBEAT_MS = 10_000;
/** A job unheard of for this long belongs to a process that died (several heartbeats missed). */
export const STALE_AFTER_MS = 60_000;
/** How long a stopping process waits for its interrupted jobs to give up before closing. */
const SETTLE_MS = 3_000;

/** Whether a queued or running job's process has stopped answering (pure: the caller gives now). */
export function isStale(
  job: { status: string; heartbeat_at: Date | string | null; created_at: Date | string },
  now: Date,
): boolean {
  if (job.status !== 'queued' && job.status !== 'running') return false;
  const heardAt = new Date(job.heartbeat_at ?? job.created_at).getTime();
  return now.getTime() - heardAt > STALE_AFTER_MS;
}

export const INTERRUPTED = { key: 'import.interrupted', params: {} } as const;
/** The job's connection to PostgreSQL broke (a restart, a crash): the server itself ran on. */
export const DATABASE_LOST = { key: 'job.databaseLost', params: {} } as const;

/**
 * How a job's outcome is written when the database is away: tried again after 0.5, 1, 2, 4, then
 * every 5 s, for up to 5 minutes. The embedded PostgreSQL is back within seconds; a job whose
 * row stays unwritten past that reads as interrupted once its heartbeat is a minute old.
 */
export const OUTCOME_RETRY = { firstMs: 500, maxMs: 5_000, totalMs: 5 * 60_000 };

/** What users read about a failure: their own message key, never a JavaScript error's text. */
function problemOf(error: unknown, jobId: string): { key: string; params: Record<string, unknown> } {
  if (error instanceof JobProblem) return { key: error.key, params: error.params };
  if (isDatabaseUnavailable(error)) return DATABASE_LOST;
  return { key: 'job.failed', params: { ref: jobId.slice(0, 8) } };
}

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
}

/**
 * Runs long work (imports, later reports) in this process, with state in PostgreSQL so
 * any process can answer `GET /jobs/:id`. Each process beats a heartbeat for the jobs it runs;
 * a job whose heartbeat stopped is failed rather than left "running" for ever, also when several
 * processes share the database. A stopping process fails its own jobs at once (`interrupt`).
 */
export class JobRunner {
  readonly workerId: string;
  private readonly handlers = new Map<string, JobHandler>();
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
  }

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  async enqueue(tenantId: number, accountId: number | null, kind: string, input: Record<string, unknown>) {
    const job = await withTenant(this.db, tenantId, (tx) =>
      tx
        .insertInto('job')
        .values({
          tenant_id: tenantId,
          account_id: accountId,
          kind,
          input: JSON.stringify(input),
          worker_id: this.workerId,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    const run = this.execute(job.id, tenantId, accountId, kind, input).finally(() =>
      this.running.delete(run),
    );
    this.running.add(run);
    return job.id;
  }

  /** Runs a job to completion in the caller's process (the CLI uses this). */
  async runNow(tenantId: number, accountId: number | null, kind: string, input: Record<string, unknown>) {
    const id = await this.enqueue(tenantId, accountId, kind, input);
    await this.idle();
    return id;
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private async execute(
    jobId: string,
    tenantId: number,
    accountId: number | null,
    kind: string,
    input: Record<string, unknown>,
  ) {
    const handler = this.handlers.get(kind);
    const update = (values: Record<string, unknown>, onlyIfActive = false) =>
      withTenant(this.db, tenantId, (tx) => {
        let query = tx.updateTable('job').set(values).where('id', '=', jobId);
        // An interrupted job was already marked failed; its handler giving up must not rewrite that.
        if (onlyIfActive) query = query.where('status', 'in', ['queued', 'running']);
        return query.execute();
      });
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
        if (!handler) throw new Error(`no handler for job kind ${kind}`);
        result = await handler(ctx);
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
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      this.beat().catch((error) => this.log.error({ err: error }, 'job heartbeat failed'));
    }, HEARTBEAT_MS);
    // The heartbeat alone must not keep a finished CLI run alive.
    this.heartbeat.unref();
  }

  private untrack(jobId: string): void {
    this.active.delete(jobId);
    if (this.active.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  /** Touches heartbeat_at of every job this process runs, one statement per tenant. */
  async beat(): Promise<void> {
    for (const [tenantId, ids] of this.byTenant()) {
      await withTenant(this.db, tenantId, (tx) =>
        tx
          .updateTable('job')
          .set({ heartbeat_at: sql<Date>`now()` })
          .where('id', 'in', ids)
          .where('status', 'in', ['queued', 'running'])
          .execute(),
      );
    }
  }

  private byTenant(): Map<number, string[]> {
    const byTenant = new Map<number, string[]>();
    for (const [jobId, { tenantId }] of this.active)
      byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), jobId]);
    return byTenant;
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
        tx
          .updateTable('job')
          .set({ status: 'failed', finished_at: new Date(), error: JSON.stringify(INTERRUPTED) })
          .where('id', 'in', ids)
          .where('status', 'in', ['queued', 'running'])
          .execute(),
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
        tx
          .updateTable('job')
          .set({ status: 'failed', finished_at: new Date(), error: JSON.stringify(INTERRUPTED) })
          .where('status', 'in', ['queued', 'running'])
          .where((eb) =>
            eb.or([
              eb(
                sql<Date>`coalesce(heartbeat_at, created_at)`,
                '<',
                sql<Date>`now() - make_interval(secs => ${STALE_AFTER_MS / 1000})`,
              ),
              ...(deadWorkers.length > 0 ? [eb('worker_id', 'in', deadWorkers)] : []),
            ]),
          )
          .execute(),
      );
    }
  }
}
