import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Appeals against a program's selection (sanggah): one per application.

export interface AppealRow {
  id: number;
  applicationId: number;
  employee: { id: number; nip: string; name: string; unit: string | null };
  score: number | null;
  outcome: string | null;
  reason: string;
  filedAt: Date;
  state: 'pending' | 'upheld' | 'rejected';
  decision: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
}

/** The program's appeals, pending first then by filing; of one employee only when `employeeId` is set. */
export async function appealsOf(tx: Tx, programId: number, employeeId: number | null, id?: number) {
  const { rows } = await sql<AppealRow>`
    select ap.id::int as id, ap.application_id::int as "applicationId",
      json_build_object('id', e.id, 'nip', e.nip, 'name', e.name, 'unit', u.name) as employee,
      a.score, a.outcome, ap.reason, ap.filed_at as "filedAt", ap.state, ap.decision,
      ap.decided_at as "decidedAt", d.display_name as "decidedBy"
    from program_appeal ap
    join program_application a on a.tenant_id = ap.tenant_id and a.id = ap.application_id
    join employee e on e.tenant_id = a.tenant_id and e.id = a.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join account d on d.tenant_id = ap.tenant_id and d.id = ap.decided_by
    where a.program_id = ${programId}
      and ${employeeId === null ? sql`true` : sql`a.employee_id = ${employeeId}`}
      and ${id === undefined ? sql`true` : sql`ap.id = ${id}`}
    order by ap.state <> 'pending', ap.filed_at, ap.id`.execute(tx);
  return rows;
}

/** Files an appeal; false when the application already has one. */
export async function insertAppeal(
  tx: Tx,
  tenantId: number,
  values: { applicationId: number; reason: string; filedBy: number },
  at: Date,
) {
  const { rows } = await sql<{ id: number }>`
    insert into program_appeal (tenant_id, application_id, reason, filed_by, filed_at)
    values (${tenantId}, ${values.applicationId}, ${values.reason}, ${values.filedBy}, ${at})
    on conflict (tenant_id, application_id) do nothing
    returning id::int as id`.execute(tx);
  return rows[0]?.id ?? null;
}

/** The pending appeal of the program, locked for its decision. */
export async function lockPendingAppeal(tx: Tx, programId: number, appealId: number) {
  const { rows } = await sql<{ id: number; applicationId: number; state: string }>`
    select ap.id::int as id, ap.application_id::int as "applicationId", ap.state
    from program_appeal ap
    join program_application a on a.tenant_id = ap.tenant_id and a.id = ap.application_id
    where ap.id = ${appealId} and a.program_id = ${programId}
    for update of ap`.execute(tx);
  return rows[0];
}

export async function decideAppeal(
  tx: Tx,
  appealId: number,
  values: { state: 'upheld' | 'rejected'; decision: string; decidedBy: number },
  at: Date,
) {
  await sql`
    update program_appeal set state = ${values.state}, decision = ${values.decision},
      decided_by = ${values.decidedBy}, decided_at = ${at}
    where id = ${appealId}`.execute(tx);
}
