import type { DevelopmentPath } from '@jenjang/domain/competency/development-paths';
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../db/database';
import { pageWithTotal } from '../../db/paging';

// Development history and the JP it earns. JP are summed per calendar year of the activity's end
// (development_record_by_year serves a year's records with their employee and JP).

export interface NewDevelopmentRecord {
  employeeId: number;
  kind: 'diklat' | 'kursus' | 'program';
  category: string | null;
  name: string;
  pathCode: DevelopmentPath | null;
  institution: string | null;
  certificateNumber: string | null;
  startedOn: string | null;
  endedOn: string;
  jp: number;
}

const RECORD_COLUMNS = [
  'id',
  'kind',
  'category',
  'name',
  'path_code as pathCode',
  'institution',
  'certificate_number as certificateNumber',
  'started_on as startedOn',
  'ended_on as endedOn',
  'jp',
  'source',
  'job_id as jobId',
] as const;

export async function employeeRecords(tx: Tx, employeeId: number) {
  const rows = await tx
    .selectFrom('development_record')
    .select(RECORD_COLUMNS)
    .where('employee_id', '=', employeeId)
    .orderBy('ended_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, jp: Number(r.jp), pathCode: r.pathCode as DevelopmentPath | null }));
}

/**
 * Writes the records, each as a new one or over the same record (same employee, kind, activity
 * name case-insensitively and end day: an import of the same file again). Returns how many were
 * inserted and how many changed; a record that is already exactly so is left untouched.
 */
export async function upsertRecords(
  tx: Tx,
  tenantId: number,
  rows: readonly NewDevelopmentRecord[],
  recorded: { by: number | null; jobId: string | null; source: 'manual' | 'import' | 'program' },
) {
  if (rows.length === 0) return { inserted: 0, updated: 0, ids: [] as number[] };
  const column = <K extends keyof NewDevelopmentRecord>(key: K) => rows.map((r) => r[key]);
  const { rows: written } = await sql<{ id: number; inserted: boolean }>`
    insert into development_record as d (tenant_id, employee_id, kind, category, name, path_code, institution,
      certificate_number, started_on, ended_on, jp, source, recorded_by, job_id)
    select ${tenantId}, r.employee_id, r.kind, r.category, r.name, r.path_code, r.institution, r.certificate_number,
      r.started_on, r.ended_on, r.jp, ${recorded.source}, ${recorded.by}, ${recorded.jobId}::uuid
    from unnest(${sql.val(column('employeeId'))}::bigint[], ${sql.val(column('kind'))}::text[],
        ${sql.val(column('category'))}::text[], ${sql.val(column('name'))}::text[],
        ${sql.val(column('pathCode'))}::text[], ${sql.val(column('institution'))}::text[],
        ${sql.val(column('certificateNumber'))}::text[], ${sql.val(column('startedOn'))}::date[],
        ${sql.val(column('endedOn'))}::date[], ${sql.val(column('jp'))}::numeric[])
      with ordinality as r(employee_id, kind, category, name, path_code, institution, certificate_number,
        started_on, ended_on, jp, ord)
    order by r.ord
    on conflict (tenant_id, employee_id, kind, lower(name), ended_on) do update set
      category = excluded.category, name = excluded.name, path_code = excluded.path_code,
      institution = excluded.institution, certificate_number = excluded.certificate_number,
      started_on = excluded.started_on, jp = excluded.jp, recorded_by = excluded.recorded_by,
      job_id = excluded.job_id, updated_at = now()
    where (d.category, d.name, d.path_code, d.institution, d.certificate_number, d.started_on, d.jp)
      is distinct from (excluded.category, excluded.name, excluded.path_code, excluded.institution,
        excluded.certificate_number, excluded.started_on, excluded.jp)
    returning id::int as id, (xmax = 0) as inserted`.execute(tx);
  return {
    inserted: written.filter((r) => r.inserted).length,
    updated: written.filter((r) => !r.inserted).length,
    ids: written.map((r) => r.id),
  };
}

/** JP earned per year by the employee, newest year first. */
export async function yearlyJp(tx: Tx, employeeId: number) {
  const { rows } = await sql<{ year: number; earned: string }>`
    select extract(year from ended_on)::int as year, sum(jp) as earned from development_record
    where employee_id = ${employeeId} group by 1 order by 1 desc`.execute(tx);
  return rows.map((r) => ({ year: r.year, earned: Number(r.earned) }));
}

export interface JpScope {
  root: { id: number; path: readonly number[] } | null;
  year: number;
}

/** Active employees of the scope with the JP each earned in the year (0 without any record). */
function earnedInYear(scope: JpScope): RawBuilder<unknown> {
  const depth = scope.root?.path.length ?? 0;
  const inTree = scope.root ? sql`u.path @> array[${scope.root.id}]::bigint[]` : sql`true`;
  return sql`
    select e.id as employee_id, e.employee_type, coalesce(u.path[${depth + 1}], u.id) as bucket,
      coalesce(y.earned, 0) as earned
    from employee e
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join (
      select d.employee_id, sum(d.jp) as earned from development_record d
      where d.tenant_id = current_tenant_id()
        and d.ended_on between make_date(${scope.year}, 1, 1) and make_date(${scope.year}, 12, 31)
      group by d.employee_id) y on y.employee_id = e.id
    where e.status = 'aktif' and ${inTree}`;
}

/** Employees by unit below the root, type and JP earned: few distinct rows, classified by the rules. */
export async function earnedGroups(tx: Tx, scope: JpScope) {
  const { rows } = await sql<{
    bucket: number | null;
    employeeType: 'PNS' | 'PPPK';
    earned: string;
    employees: number;
  }>`
    select bucket::int as bucket, employee_type as "employeeType", earned, count(*)::int as employees
    from (${earnedInYear(scope)}) x group by bucket, employee_type, earned`.execute(tx);
  return rows.map((r) => ({ ...r, earned: Number(r.earned) }));
}

/** Those below the JP they should have by now (per type), furthest behind first, a page at a time. */
export async function behind(
  tx: Tx,
  scope: JpScope,
  below: { PNS: number; PPPK: number },
  page: { page: number; pageSize: number } | null,
) {
  const { rows, total } = await pageWithTotal<{
    employeeId: number;
    nip: string;
    name: string;
    employeeType: 'PNS' | 'PPPK';
    unitId: number | null;
    earned: string;
  }>(
    tx,
    sql`
      select x.employee_id::int as "employeeId", e.nip, e.name, x.employee_type as "employeeType",
        e.unit_id::int as "unitId", x.earned, row_number() over (order by x.earned, e.name, e.id) as ordinal
      from (${earnedInYear(scope)}) x join employee e on e.id = x.employee_id
      where x.earned < case x.employee_type when 'PPPK' then ${below.PPPK}::numeric else ${below.PNS}::numeric end`,
    page,
  );
  return { rows: rows.map((r) => ({ ...r, earned: Number(r.earned) })), total };
}

/** The end day of the government's first recorded activity, or null. */
export async function firstRecordDay(tx: Tx): Promise<string | null> {
  const { rows } = await sql<{
    first: string | null;
  }>`select min(ended_on)::text as first from development_record`.execute(tx);
  return rows[0]?.first ?? null;
}
