import { type SqlBool, sql } from 'kysely';
import { containsPattern, type Db, type Tx } from '../../../db/database';

// Invitations of identified and anonymous waves: who is asked, who has not answered (anonymous:
// not taken a ballot), reminders, and the announcement of a wave whose window opens.

/**
 * Invitees within a scoped reader's reach: those working in its unit's subtree now (an invitee who
 * moved out since the wave opened is no longer its business). Null: the whole government.
 */
function withinReach(scopeUnitId: number | null) {
  return scopeUnitId === null ? sql<SqlBool>`true` : sql<SqlBool>`u.path @> array[${scopeUnitId}]::bigint[]`;
}

interface PendingFilter {
  scopeUnitId: number | null;
  /** Only these employees (each must also be pending and within reach). */
  employeeIds?: readonly number[] | undefined;
}

/**
 * Accounts of invitees who have not answered, within reach; each pending invitee once with the
 * account it signs in with (invitees without an active account are left out: nothing reaches them).
 */
export function pendingInvitees(tx: Tx, waveId: number, filter: PendingFilter) {
  return tx
    .selectFrom('survey_invitation as i')
    .innerJoin('employee as e', 'e.id', 'i.employee_id')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .innerJoin('account as a', 'a.employee_id', 'i.employee_id')
    .select(['i.employee_id', 'a.id as account_id', 'a.email', 'a.locale', 'a.display_name'])
    .where('i.wave_id', '=', waveId)
    .where('i.responded', '=', false)
    .where('a.status', '=', 'active')
    .where(withinReach(filter.scopeUnitId))
    .$if(filter.employeeIds !== undefined, (q) =>
      q.where('i.employee_id', 'in', [...(filter.employeeIds ?? []), 0]),
    )
    .execute();
}

/**
 * Of the given employees, those that are pending invitees of the wave within reach (with or
 * without an account): a reminder names no one else.
 */
export async function pendingAmong(
  tx: Tx,
  waveId: number,
  scopeUnitId: number | null,
  employeeIds: readonly number[],
): Promise<Set<number>> {
  const rows = await tx
    .selectFrom('survey_invitation as i')
    .innerJoin('employee as e', 'e.id', 'i.employee_id')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select('i.employee_id')
    .where('i.wave_id', '=', waveId)
    .where('i.responded', '=', false)
    .where('i.employee_id', 'in', [...employeeIds, 0])
    .where(withinReach(scopeUnitId))
    .execute();
  return new Set(rows.map((r) => r.employee_id));
}

/** Stamps the reminder on the given invitees (still pending: one who answered meanwhile keeps none). */
export async function markReminded(tx: Tx, waveId: number, employeeIds: readonly number[]) {
  if (employeeIds.length === 0) return;
  await tx
    .updateTable('survey_invitation')
    .set({ reminded_at: sql<Date>`now()` })
    .where('wave_id', '=', waveId)
    .where('responded', '=', false)
    .where('employee_id', 'in', [...employeeIds])
    .execute();
}

export interface NonRespondentFilter {
  scopeUnitId: number | null;
  q?: string | undefined;
  unitId?: number | undefined;
}

function nonRespondents(tx: Tx, waveId: number, filter: NonRespondentFilter) {
  const q = filter.q?.trim();
  const digits = q?.replace(/\s+/g, '') ?? '';
  return tx
    .selectFrom('survey_invitation as i')
    .innerJoin('employee as e', 'e.id', 'i.employee_id')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .where('i.wave_id', '=', waveId)
    .where('i.responded', '=', false)
    .where(withinReach(filter.scopeUnitId))
    .$if(filter.unitId !== undefined, (query) =>
      query.where(sql<SqlBool>`u.path @> array[${filter.unitId}]::bigint[]`),
    )
    .$if(Boolean(q), (query) =>
      /^\d+$/.test(digits)
        ? query.where((eb) => eb.and([eb('e.nip', '>=', digits), eb('e.nip', '<', `${digits}:`)]))
        : query.where('e.name', 'ilike', containsPattern(q ?? '')),
    );
}

/** One page of a wave's invitees who have not answered, by name, within reach and filters. */
export async function listNonRespondents(
  tx: Tx,
  waveId: number,
  filter: NonRespondentFilter,
  page: { page: number; pageSize: number } | null,
) {
  const rows = await nonRespondents(tx, waveId, filter)
    .select([
      'e.id as employee_id',
      'e.name',
      'e.nip',
      'u.id as unit_id',
      'u.name as unit_name',
      'i.reminded_at',
      sql<boolean>`exists (select 1 from account a where a.employee_id = e.id and a.status = 'active')`.as(
        'has_account',
      ),
    ])
    .orderBy('e.name')
    .orderBy('e.id')
    .$if(page !== null, (q) =>
      q.limit(page?.pageSize ?? 0).offset(((page?.page ?? 1) - 1) * (page?.pageSize ?? 0)),
    )
    .execute();
  return rows;
}

export async function countNonRespondents(tx: Tx, waveId: number, filter: NonRespondentFilter) {
  const row = await nonRespondents(tx, waveId, filter)
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Invitees of the wave within reach, answered or not. */
export async function countInvitees(tx: Tx, waveId: number, scopeUnitId: number | null) {
  const row = await tx
    .selectFrom('survey_invitation as i')
    .innerJoin('employee as e', 'e.id', 'i.employee_id')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('i.wave_id', '=', waveId)
    .where(withinReach(scopeUnitId))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Governments with a wave whose window has opened and whose invitees have not been told. */
export async function tenantsWithDueInvitations(db: Db): Promise<number[]> {
  const rows = await sql<{ tenant_id: number }>`
    select t as tenant_id from survey_invitations_due_tenants() t`.execute(db);
  return rows.rows.map((r) => r.tenant_id);
}

/**
 * The current government's waves due to be announced, locked for this transaction. SKIP LOCKED:
 * a wave another process is announcing is left to it, and once that commits it is no longer due,
 * so each wave is announced once however many processes tick at the same moment.
 */
export function claimDueWaves(tx: Tx) {
  return tx
    .selectFrom('survey_wave as w')
    .innerJoin('survey as s', 's.id', 'w.survey_id')
    .select(['w.id', 's.title', 's.mode'])
    .where('w.status', '=', 'open')
    .where('w.invitations_sent_at', 'is', null)
    .where('w.opens_at', '<=', sql<Date>`now()`)
    .where('w.closes_at', '>', sql<Date>`now()`)
    .orderBy('w.opens_at')
    .forUpdate('w')
    .skipLocked()
    .execute();
}

export async function markInvitationsSent(tx: Tx, waveId: number) {
  await tx
    .updateTable('survey_wave')
    .set({ invitations_sent_at: sql<Date>`now()` })
    .where('id', '=', waveId)
    .execute();
}
