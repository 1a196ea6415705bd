import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// The trainers (narasumber) of batches: who teaches which batch, and which account signs in for them.

/** Whether the account is among the trainers of any batch of the program. */
export async function teachesProgram(tx: Tx, programId: number, accountId: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (
      select 1 from program_batch_trainer t
      join program_batch b on b.tenant_id = t.tenant_id and b.id = t.batch_id
      where b.program_id = ${programId} and t.account_id = ${accountId}
    ) as found`.execute(tx);
  return rows[0]?.found ?? false;
}

/** Whether the account is among the batch's trainers. */
export async function isBatchTrainer(tx: Tx, batchId: number, accountId: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (
      select 1 from program_batch_trainer where batch_id = ${batchId} and account_id = ${accountId}
    ) as found`.execute(tx);
  return rows[0]?.found ?? false;
}

export interface TrainerRow {
  id: number;
  batchId: number;
  name: string;
  topic: string | null;
  account: { id: number; username: string; displayName: string } | null;
  partner: { id: number; name: string } | null;
}

const trainerColumns = sql`
  t.id::int as id, t.batch_id::int as "batchId", t.name, t.topic,
  case when a.id is null then null
    else json_build_object('id', a.id, 'username', a.username, 'displayName', a.display_name) end as account,
  case when p.id is null then null else json_build_object('id', p.id, 'name', p.name) end as partner`;

const trainerJoins = sql`
  left join account a on a.tenant_id = t.tenant_id and a.id = t.account_id
  left join partner p on p.tenant_id = t.tenant_id and p.id = t.partner_id`;

/** The batch's trainers in the order they were named. */
export async function trainersOf(tx: Tx, batchId: number): Promise<TrainerRow[]> {
  const { rows } = await sql<TrainerRow>`
    select ${trainerColumns} from program_batch_trainer t ${trainerJoins}
    where t.batch_id = ${batchId} order by t.id`.execute(tx);
  return rows;
}

export async function findTrainer(
  tx: Tx,
  batchId: number,
  trainerId: number,
): Promise<TrainerRow | undefined> {
  const { rows } = await sql<TrainerRow>`
    select ${trainerColumns} from program_batch_trainer t ${trainerJoins}
    where t.batch_id = ${batchId} and t.id = ${trainerId}`.execute(tx);
  return rows[0];
}

export async function insertTrainer(
  tx: Tx,
  tenantId: number,
  batchId: number,
  values: { name: string; topic: string | null; accountId: number | null; partnerId: number | null },
): Promise<number> {
  const row = await tx
    .insertInto('program_batch_trainer')
    .values({
      tenant_id: tenantId,
      batch_id: batchId,
      name: values.name,
      topic: values.topic,
      account_id: values.accountId,
      partner_id: values.partnerId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function deleteTrainer(tx: Tx, trainerId: number): Promise<void> {
  await tx.deleteFrom('program_batch_trainer').where('id', '=', trainerId).execute();
}

/**
 * The batches naming the account among their trainers, but those of cancelled programs: what the
 * trainer needs to find them (the program's title, dates, venue, participants, closed or not).
 */
export async function teachingOf(tx: Tx, accountId: number) {
  const { rows } = await sql<{
    programId: number;
    programTitle: string;
    batchId: number;
    batchName: string;
    startsOn: string;
    endsOn: string;
    venue: string | null;
    topic: string | null;
    participants: number;
    closed: boolean;
  }>`
    select p.id::int as "programId", p.title as "programTitle", b.id::int as "batchId", b.name as "batchName",
      to_char(b.starts_on, 'YYYY-MM-DD') as "startsOn", to_char(b.ends_on, 'YYYY-MM-DD') as "endsOn",
      b.venue, t.topic,
      (select count(*)::int from program_application ap where ap.batch_id = b.id and ap.state = 'selected')
        as participants,
      b.closed_at is not null as closed
    from program_batch_trainer t
    join program_batch b on b.tenant_id = t.tenant_id and b.id = t.batch_id
    join program p on p.tenant_id = b.tenant_id and p.id = b.program_id
    where t.account_id = ${accountId} and p.state <> 'cancelled'
    order by b.closed_at is not null, b.starts_on, b.id`.execute(tx);
  return rows;
}
