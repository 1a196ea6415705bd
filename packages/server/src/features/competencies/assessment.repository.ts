import type { AssessmentMethod } from '@jenjang/domain/competency/competency-dictionary';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { Locale } from '../../i18n/translate';

// Assessments are appended, never changed: the current level of a competency is its newest by day,
// the later recorded of one day winning (domain currentLevels), read through
// competency_assessment_current.

export interface NewAssessment {
  employeeId: number;
  competencyId: number;
  level: number;
  assessedOn: string;
  method: AssessmentMethod;
  assessor: string | null;
  source: string | null;
}

/** The employee an assessment is about, with what authorising and gaps need. */
export function findEmployee(tx: Tx, id: number) {
  return tx
    .selectFrom('employee as e')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'e.nip', 'e.name', 'e.position_id', 'e.employee_type', 'u.path as unitPath'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/**
 * Locks the employees' rows against another recording of their assessments (FOR NO KEY UPDATE:
 * assessments and corrections of one person apply one after the other; reading and foreign-key
 * checks are not held up), in id order so two writers never wait on each other.
 */
export async function lockEmployees(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return;
  await sql`select id from employee where id = any(${sql.val([...ids])}::bigint[]) order by id for no key update`.execute(
    tx,
  );
}

/** Employees by NIP among these, for an import naming people by NIP. */
export async function employeesByNip(tx: Tx, nips: readonly string[]) {
  if (nips.length === 0) return new Map<string, { id: number; unitPath: number[] | null }>();
  const rows = await tx
    .selectFrom('employee as e')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'e.nip', 'u.path as unitPath'])
    .where('e.nip', 'in', [...nips])
    .execute();
  return new Map(rows.map((r) => [r.nip, { id: r.id, unitPath: r.unitPath }]));
}

/** Every assessment of the employee, newest first (the order currentLevels settles ties by). */
export async function employeeAssessments(tx: Tx, employeeId: number, locale: Locale = 'id') {
  return tx
    .selectFrom('competency_assessment as a')
    .innerJoin('competency as c', (join) =>
      join.onRef('c.tenant_id', '=', 'a.tenant_id').onRef('c.id', '=', 'a.competency_id'),
    )
    .leftJoin('competency_reference as r', 'r.code', 'c.reference_code')
    .leftJoin('account as acc', (join) =>
      join.onRef('acc.tenant_id', '=', 'a.tenant_id').onRef('acc.id', '=', 'a.recorded_by'),
    )
    .select([
      'a.id',
      'a.competency_id as competencyId',
      'c.code',
      'a.level',
      'a.assessed_on as assessedOn',
      'a.method',
      'a.assessor',
      'a.source',
      'a.job_id as jobId',
      'acc.display_name as recordedBy',
      'a.created_at as recordedAt',
    ])
    .select(
      sql<string>`coalesce(${locale === 'en' ? sql.ref('r.name_en') : sql.ref('r.name_id')}, c.name)`.as(
        'name',
      ),
    )
    .where('a.employee_id', '=', employeeId)
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}

/**
 * Appends the assessments in their order, except each that repeats the newest already recorded for
 * its person, competency, day and method at the same level (a file imported twice, a form sent
 * twice): appended at another level, it corrects that one. Returns the rows appended, with ids.
 */
export async function appendAssessments(
  tx: Tx,
  tenantId: number,
  rows: readonly NewAssessment[],
  recorded: { by: number | null; jobId: string | null },
) {
  if (rows.length === 0) return [];
  const column = <K extends keyof NewAssessment>(key: K) => rows.map((r) => r[key]);
  const { rows: inserted } = await sql<{ id: number; ord: number }>`
    insert into competency_assessment
      (tenant_id, employee_id, competency_id, level, assessed_on, method, assessor, source, recorded_by, job_id)
    select ${tenantId}, r.employee_id, r.competency_id, r.level, r.assessed_on, r.method, r.assessor, r.source,
      ${recorded.by}, ${recorded.jobId}::uuid
    from unnest(${sql.val(column('employeeId'))}::bigint[], ${sql.val(column('competencyId'))}::bigint[],
        ${sql.val(column('level'))}::smallint[], ${sql.val(column('assessedOn'))}::date[],
        ${sql.val(column('method'))}::text[], ${sql.val(column('assessor'))}::text[],
        ${sql.val(column('source'))}::text[])
      with ordinality as r(employee_id, competency_id, level, assessed_on, method, assessor, source, ord)
    where (select a.level from competency_assessment a
           where a.tenant_id = ${tenantId} and a.employee_id = r.employee_id
             and a.competency_id = r.competency_id and a.assessed_on = r.assessed_on and a.method = r.method
           order by a.id desc limit 1) is distinct from r.level
    order by r.ord
    returning id::int as id, 0 as ord`.execute(tx);
  return inserted.map((r) => r.id);
}

/** Active employees holding a position, in id order: whom a standard applies to. */
export function activeHolders(tx: Tx) {
  return tx
    .selectFrom('employee')
    .select(['id', 'position_id as positionId'])
    .where('status', '=', 'aktif')
    .where('position_id', 'is not', null)
    .orderBy('id')
    .execute() as Promise<{ id: number; positionId: number }[]>;
}

/** Whether the government has recorded any assessment yet. */
export async function anyAssessment(tx: Tx): Promise<boolean> {
  return (
    (await tx.selectFrom('competency_assessment').select('id').limit(1).executeTakeFirst()) !== undefined
  );
}

/** The day of the government's first assessment, or null. */
export async function firstAssessmentDay(tx: Tx): Promise<string | null> {
  const { rows } = await sql<{
    first: string | null;
  }>`select min(assessed_on)::text as first from competency_assessment`.execute(tx);
  return rows[0]?.first ?? null;
}
