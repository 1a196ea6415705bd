import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';

export interface ScheduledTaskValues {
  tenantId: number;
  key: string;
  kind: string;
  input: Record<string, unknown>;
  nextLocal: string;
  nextRunAt: Date;
  repeat: { unit: 'day' | 'month'; count: number } | null;
}

/** Sets a task of the government under its key: a second call with the same key replaces it. */
export async function upsertScheduledTask(tx: Tx, values: ScheduledTaskValues): Promise<void> {
  const row = {
    kind: values.kind,
    input: JSON.stringify(values.input),
    next_local: values.nextLocal,
    next_run_at: values.nextRunAt,
    repeat_unit: values.repeat?.unit ?? null,
    repeat_count: values.repeat?.count ?? null,
  };
  await tx
    .insertInto('scheduled_task')
    .values({ tenant_id: values.tenantId, key: values.key, ...row })
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doUpdateSet(row))
    .execute();
}

export async function deleteScheduledTask(tx: Tx, key: string): Promise<boolean> {
  const result = await tx.deleteFrom('scheduled_task').where('key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findScheduledTask(tx: Tx, key: string) {
  return tx.selectFrom('scheduled_task').selectAll().where('key', '=', key).executeTakeFirst();
}

/** The governments with a task due at `now` (a definer function: the sweep starts without a tenant). */
export async function tenantsWithDueTasks(db: Db, now: Date): Promise<number[]> {
  const result = await sql<{ id: number }>`select scheduled_task_due_tenants(${now}) as id`.execute(db);
  return result.rows.map((row) => row.id);
}

/** This government's tasks due at `now`, locked; those another process is handling are skipped. */
export async function claimDueTasks(tx: Tx, now: Date) {
  return tx
    .selectFrom('scheduled_task')
    .selectAll()
    .where('next_run_at', '<=', now)
    .orderBy('next_run_at')
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function moveScheduledTask(
  tx: Tx,
  key: string,
  next: { local: string; at: Date },
  ranAt: Date,
): Promise<void> {
  await tx
    .updateTable('scheduled_task')
    .set({ next_local: next.local, next_run_at: next.at, last_run_at: ranAt })
    .where('key', '=', key)
    .execute();
}
