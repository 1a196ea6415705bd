import type { CurriculumModule } from '@jenjang/domain/programs/curriculum.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// A program's curriculum versions (program_curriculum): rows are inserted, never updated — a
// change is a new version. program_batch.curriculum_id names the version each batch teaches.

export interface BatchRef {
  id: number;
  name: string;
}

export interface CurriculumRow {
  id: number;
  version: number;
  modules: CurriculumModule[];
  reason: string | null;
  evidenceBatches: BatchRef[];
  batches: BatchRef[];
  author: string | null;
  createdAt: Date;
}

/** Every version of the program, newest first, with its author, evidence and the batches teaching it. */
export async function versionsOf(tx: Tx, programId: number) {
  const { rows } = await sql<CurriculumRow>`
    select c.id::int as id, c.version, c.modules, c.reason, a.display_name as author,
      c.created_at as "createdAt",
      coalesce((select json_agg(json_build_object('id', b.id, 'name', b.name) order by b.starts_on, b.id)
        from program_batch b where b.program_id = c.program_id and b.id = any(c.evidence_batch_ids)),
        '[]') as "evidenceBatches",
      coalesce((select json_agg(json_build_object('id', b.id, 'name', b.name) order by b.starts_on, b.id)
        from program_batch b where b.curriculum_id = c.id), '[]') as batches
    from program_curriculum c
    left join account a on a.tenant_id = c.tenant_id and a.id = c.created_by
    where c.program_id = ${programId}
    order by c.version desc`.execute(tx);
  return rows;
}

/** The program's latest version, or undefined before the first. */
export async function latestOf(tx: Tx, programId: number) {
  const { rows } = await sql<{ id: number; version: number; modules: CurriculumModule[] }>`
    select id::int as id, version, modules from program_curriculum
    where program_id = ${programId} order by version desc limit 1`.execute(tx);
  return rows[0];
}

export interface CurriculumValues {
  programId: number;
  version: number;
  modules: readonly CurriculumModule[];
  reason: string | null;
  evidenceBatchIds: readonly number[];
  by: number;
  at: Date;
}

/** The new version's id, or null when that version of the program exists already (a concurrent writer). */
export async function insertVersion(tx: Tx, tenantId: number, values: CurriculumValues) {
  const row = await tx
    .insertInto('program_curriculum')
    .values({
      tenant_id: tenantId,
      program_id: values.programId,
      version: values.version,
      modules: JSON.stringify(values.modules),
      reason: values.reason,
      evidence_batch_ids: sql`${sql.val(values.evidenceBatchIds)}::bigint[]`,
      created_by: values.by,
      created_at: values.at,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'program_id', 'version']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The program's batches with their first day and whether they are closed. */
export async function batchDaysOf(tx: Tx, programId: number) {
  const { rows } = await sql<{ id: number; startsOn: string }>`
    select id::int as id, to_char(starts_on, 'YYYY-MM-DD') as "startsOn"
    from program_batch where program_id = ${programId}`.execute(tx);
  return rows;
}

/**
 * Moves to the version the program's open batches that have not started (first day after today),
 * and those teaching no recorded version yet. Returns the ids of the batches moved.
 */
export async function moveUnstartedBatches(tx: Tx, programId: number, curriculumId: number, today: string) {
  const { rows } = await sql<{ id: number }>`
    update program_batch set curriculum_id = ${curriculumId}, updated_at = now()
    where program_id = ${programId} and closed_at is null
      and (starts_on > ${today}::date or curriculum_id is null)
      and curriculum_id is distinct from ${curriculumId}
    returning id::int as id`.execute(tx);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** The program's batches the account is among the trainers of. */
export async function batchesTaughtBy(tx: Tx, programId: number, accountId: number) {
  const { rows } = await sql<{ id: number }>`
    select b.id::int as id from program_batch b
    join program_batch_trainer t on t.tenant_id = b.tenant_id and t.batch_id = b.id
    where b.program_id = ${programId} and t.account_id = ${accountId}`.execute(tx);
  return rows.map((r) => r.id);
}
