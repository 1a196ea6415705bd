import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Who hears about an application: the enabled accounts linked to the applicant's employee record.

export async function applications(
  tx: Tx,
  which: { applicationIds: number[] } | { programId: number; batchId?: number },
) {
  const where =
    'applicationIds' in which
      ? sql`a.id = any(${sql.val(which.applicationIds)}::bigint[])`
      : which.batchId === undefined
        ? sql`a.program_id = ${which.programId}`
        : sql`a.program_id = ${which.programId} and a.batch_id = ${which.batchId}`;
  const { rows } = await sql<{
    programId: number;
    title: string;
    state: string;
    batch: string | null;
    waitlistPosition: number | null;
    completion: 'completed' | 'failed' | null;
    accountIds: number[];
  }>`
    select a.program_id::int as "programId", p.title, a.state, b.name as batch,
      a.waitlist_position as "waitlistPosition", a.completion,
      array(select ac.id::int from account ac where ac.employee_id = a.employee_id and ac.status = 'active')
        as "accountIds"
    from program_application a
    join program p on p.tenant_id = a.tenant_id and p.id = a.program_id
    left join program_batch b on b.tenant_id = a.tenant_id and b.id = a.batch_id
    where ${where}`.execute(tx);
  return rows.filter((row) => row.accountIds.length > 0);
}

/** The batch's participants' accounts, with what a reminder names; undefined once the batch is gone. */
export async function batchParticipants(tx: Tx, batchId: number) {
  const { rows } = await sql<{
    programId: number;
    title: string;
    batch: string;
    startsOn: string;
    state: string;
    accountIds: number[];
  }>`
    select p.id::int as "programId", p.title, b.name as batch, to_char(b.starts_on, 'YYYY-MM-DD') as "startsOn",
      p.state,
      array(select ac.id::int from program_application a
        join account ac on ac.employee_id = a.employee_id and ac.status = 'active'
        where a.batch_id = b.id and a.state = 'selected') as "accountIds"
    from program_batch b
    join program p on p.tenant_id = b.tenant_id and p.id = b.program_id
    where b.id = ${batchId}`.execute(tx);
  const row = rows[0];
  // Cancelled or already completed: nothing to remind of.
  return row && row.state === 'selected' ? row : undefined;
}

/** Each pair's two sides: their names and enabled accounts, with the program's title. */
export async function mentoringPairs(tx: Tx, pairIds: readonly number[]) {
  const { rows } = await sql<{
    pairId: number;
    programId: number;
    title: string;
    mentorName: string;
    menteeName: string;
    mentorAccountIds: number[];
    menteeAccountIds: number[];
  }>`
    select x.id::int as "pairId", x.program_id::int as "programId", p.title, a.name as "mentorName",
      b.name as "menteeName",
      array(select ac.id::int from account ac where ac.employee_id = x.mentor_employee_id and ac.status = 'active')
        as "mentorAccountIds",
      array(select ac.id::int from account ac where ac.employee_id = x.mentee_employee_id and ac.status = 'active')
        as "menteeAccountIds"
    from mentoring_pair x
    join program p on p.tenant_id = x.tenant_id and p.id = x.program_id
    join employee a on a.tenant_id = x.tenant_id and a.id = x.mentor_employee_id
    join employee b on b.tenant_id = x.tenant_id and b.id = x.mentee_employee_id
    where x.id = any(${sql.val([...pairIds])}::bigint[])
    order by x.id`.execute(tx);
  return rows;
}
