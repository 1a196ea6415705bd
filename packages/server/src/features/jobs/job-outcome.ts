import { isDatabaseUnavailable } from '../../db/database';
import type { Clock } from '../../platform/clock';

// What a job is given and what it leaves: its context, the failures users read, and when a job
// whose process stopped answering reads as interrupted. The runner (job-runner.ts) uses these.

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
export function problemOf(error: unknown, jobId: string): { key: string; params: Record<string, unknown> } {
  if (error instanceof JobProblem) return { key: error.key, params: error.params };
  if (isDatabaseUnavailable(error)) return DATABASE_LOST;
  return { key: 'job.failed', params: { ref: jobId.slice(0, 8) } };
}
