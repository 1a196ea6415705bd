import { sql, type Updateable } from 'kysely';
import type { Tx } from '../../db/database';
import type { JobTable } from '../../db/schema';

// The job table's SQL: a job's row from its start to its outcome, the heartbeats of the processes
// running jobs, and the failures of jobs whose process died. Each call runs in a tenant's transaction.

type JobStatus = 'queued' | 'running';
const ACTIVE: JobStatus[] = ['queued', 'running'];

export async function insertJob(
  tx: Tx,
  job: {
    tenantId: number;
    accountId: number | null;
    kind: string;
    input: Record<string, unknown>;
    workerId: string;
  },
) {
  return tx
    .insertInto('job')
    .values({
      tenant_id: job.tenantId,
      account_id: job.accountId,
      kind: job.kind,
      input: JSON.stringify(job.input),
      worker_id: job.workerId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Makes a queued job this worker's; undefined when it is no longer queued. */
export function claimQueuedJob(tx: Tx, jobId: string, workerId: string) {
  return tx
    .updateTable('job')
    .set({ worker_id: workerId })
    .where('id', '=', jobId)
    .where('status', '=', 'queued')
    .returning(['account_id', 'kind', 'input'])
    .executeTakeFirst();
}

/** Those of `ids` still queued or running. */
export async function stillActive(tx: Tx, ids: readonly string[]): Promise<string[]> {
  const rows = await tx
    .selectFrom('job')
    .select('id')
    .where('id', 'in', [...ids])
    .where('status', 'in', ACTIVE)
    .execute();
  return rows.map((row) => row.id);
}

/** Writes a job's progress, state or outcome; `onlyIfActive` leaves a job that already ended alone. */
export async function updateJob(
  tx: Tx,
  jobId: string,
  values: Updateable<JobTable>,
  onlyIfActive = false,
): Promise<void> {
  let query = tx.updateTable('job').set(values).where('id', '=', jobId);
  if (onlyIfActive) query = query.where('status', 'in', ACTIVE);
  await query.execute();
}

/** Tells that the jobs `ids` in one of `statuses` are alive, on the database's clock. */
export async function touchHeartbeats(tx: Tx, ids: readonly string[], statuses: JobStatus[]): Promise<void> {
  await tx
    .updateTable('job')
    .set({ heartbeat_at: sql<Date>`now()` })
    .where('id', 'in', [...ids])
    .where('status', 'in', statuses)
    .execute();
}

/** Fails the jobs `ids` that are still queued or running with `error`. */
export async function failJobs(
  tx: Tx,
  ids: readonly string[],
  failure: { finishedAt: Date; error: object },
): Promise<void> {
  await tx
    .updateTable('job')
    .set({ status: 'failed', finished_at: failure.finishedAt, error: JSON.stringify(failure.error) })
    .where('id', 'in', [...ids])
    .where('status', 'in', ACTIVE)
    .execute();
}

/**
 * Fails the queued or running jobs unheard of for `staleAfterMs` (on the database's clock), or run
 * by one of `deadWorkers` whatever their heartbeat.
 */
export async function failStaleJobs(
  tx: Tx,
  failure: { finishedAt: Date; error: object; staleAfterMs: number; deadWorkers: readonly string[] },
): Promise<void> {
  await tx
    .updateTable('job')
    .set({ status: 'failed', finished_at: failure.finishedAt, error: JSON.stringify(failure.error) })
    .where('status', 'in', ACTIVE)
    .where((eb) =>
      eb.or([
        eb(
          sql<Date>`coalesce(heartbeat_at, created_at)`,
          '<',
          sql<Date>`now() - make_interval(secs => ${failure.staleAfterMs / 1000})`,
        ),
        ...(failure.deadWorkers.length > 0 ? [eb('worker_id', 'in', [...failure.deadWorkers])] : []),
      ]),
    )
    .execute();
}

/** The input files (uploads) of the queued and running jobs. */
export async function activeInputFiles(tx: Tx): Promise<string[]> {
  const rows = await tx
    .selectFrom('job')
    .select(sql<string | null>`input ->> 'file'`.as('file'))
    .where('status', 'in', ACTIVE)
    .execute();
  return rows.flatMap((row) => (row.file ? [row.file] : []));
}

export function findJob(tx: Tx, id: string) {
  return tx.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();
}
