import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';

/**
 * Adds a job to the shared queue inside the caller's transaction: it exists, and any process may
 * claim it, only if that transaction commits. A `key` makes the addition idempotent (a second job
 * with a pending key replaces nothing and runs once). One attempt: Jenjang's handlers record their
 * own outcome, and a schedule tries again at its next occurrence.
 */
export async function addQueueJob(
  tx: Tx | Db,
  identifier: string,
  payload: Record<string, unknown>,
  options: { key?: string; runAt?: Date } = {},
): Promise<void> {
  await sql`select graphile_worker.add_job(
      ${identifier},
      ${JSON.stringify(payload)}::json,
      job_key => ${options.key ?? null}::text,
      job_key_mode => 'preserve_run_at',
      run_at => ${options.runAt ?? null}::timestamptz,
      max_attempts => 1)`.execute(tx);
}
