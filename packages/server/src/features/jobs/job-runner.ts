import { sql } from 'kysely';
import { type Db, withTenant } from '../../db/database';

export interface JobContext {
  jobId: string;
  tenantId: number;
  accountId: number | null;
  input: Record<string, unknown>;
  /** Records progress; cheap to call often (writes at most every 250 ms). */
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

/**
 * Runs long work (imports, later reports) in this process, with state in PostgreSQL so
 * any process can answer `GET /jobs/:id`. Each process beats a heartbeat for the jobs it runs;
 * a job whose heartbeat stopped is failed rather than left "running" for ever, also when several
 * processes share the database.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly running = new Set<Promise<void>>();
  /** Jobs this process is executing, by id, with their tenant (the heartbeat needs it for RLS). */
  private readonly active = new Map<string, number>();
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly log: { error: (details: object, message: string) => void } = {
      error: (details, message) => console.error(message, details),
    },
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  async enqueue(tenantId: number, accountId: number | null, kind: string, input: Record<string, unknown>) {
    const job = await withTenant(this.db, tenantId, (tx) =>
      tx
        .insertInto('job')
        .values({ tenant_id: tenantId, account_id: accountId, kind, input: JSON.stringify(input) })
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
    const update = (values: Record<string, unknown>) =>
      withTenant(this.db, tenantId, (tx) =>
        tx.updateTable('job').set(values).where('id', '=', jobId).execute(),
      );
    let lastWrite = 0;
    const ctx: JobContext = {
      jobId,
      tenantId,
      accountId,
      input,
      progress: async (done, total) => {
        const now = Date.now();
        if (now - lastWrite < 250 && done !== total) return;
        lastWrite = now;
        await update({ progress_done: done, progress_total: total });
      },
    };
    this.track(jobId, tenantId);
    try {
      await update({ status: 'running', started_at: new Date(), heartbeat_at: new Date() });
      if (!handler) throw new Error(`no handler for job kind ${kind}`);
      const result = await handler(ctx);
      await update({ status: 'succeeded', result: JSON.stringify(result), finished_at: new Date() });
    } catch (error) {
      const problem =
        error instanceof JobProblem
          ? { key: error.key, params: error.params }
          : { key: 'import.unreadable', params: { reason: (error as Error).message } };
      if (!(error instanceof JobProblem)) this.log.error({ err: error, jobId }, 'job failed');
      await update({ status: 'failed', error: JSON.stringify(problem), finished_at: new Date() }).catch(
        () => {},
      );
    } finally {
      this.untrack(jobId);
    }
  }

  private track(jobId: string, tenantId: number): void {
    this.active.set(jobId, tenantId);
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
    const byTenant = new Map<number, string[]>();
    for (const [jobId, tenantId] of this.active)
      byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), jobId]);
    for (const [tenantId, ids] of byTenant) {
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

  /**
   * Fails the jobs whose process died: queued or running, with no heartbeat for STALE_AFTER_MS.
   * Jobs of live processes (this one starting, or others sharing the database) keep running.
   * Runs once per tenant at start; `GET /jobs/:id` applies the same rule on read.
   */
  static async failInterrupted(db: Db, tenantIds: number[]): Promise<void> {
    for (const tenantId of tenantIds) {
      await withTenant(db, tenantId, (tx) =>
        tx
          .updateTable('job')
          .set({ status: 'failed', finished_at: new Date(), error: JSON.stringify(INTERRUPTED) })
          .where('status', 'in', ['queued', 'running'])
          .where(
            sql<boolean>`coalesce(heartbeat_at, created_at) < now() - make_interval(secs => ${STALE_AFTER_MS / 1000})`,
          )
          .execute(),
      );
    }
  }
}
