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

/**
 * Runs long work (imports, later reports) in this process, with state in PostgreSQL so
 * any process can answer `GET /jobs/:id`. Jobs left running by a crash are marked failed
 * at start-up rather than silently lost.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly running = new Set<Promise<void>>();

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
    try {
      await update({ status: 'running', started_at: new Date() });
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
    }
  }

  /** Marks jobs that were running when the previous process died. Runs once per tenant at start. */
  static async failInterrupted(db: Db, tenantIds: number[]): Promise<void> {
    for (const tenantId of tenantIds) {
      await withTenant(db, tenantId, (tx) =>
        tx
          .updateTable('job')
          .set({
            status: 'failed',
            finished_at: new Date(),
            error: JSON.stringify({ key: 'import.interrupted', params: {} }),
          })
          .where('status', 'in', ['queued', 'running'])
          .where('created_at', '<', sql<Date>`now()`)
          .execute(),
      );
    }
  }
}
