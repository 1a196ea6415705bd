import type { AwardStatus, Degree, DocumentKind } from '@jenjang/domain/programs/scholarship.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Scholarship calls, applicants' documents, awards, their status history and term reports
// (migration 0058).

export interface CallRow {
  programId: number;
  degree: Degree;
  fields: string[];
  institution: string;
  partnerId: number | null;
  studyMonths: number;
  requirements: string | null;
  documents: DocumentKind[];
  bondFactor: number;
  bondExtraMonths: number;
  reportMonths: number;
}

export async function findCall(tx: Tx, programId: number) {
  const { rows } = await sql<CallRow & { bondFactor: string }>`
    select program_id::int as "programId", degree, fields, institution, partner_id::int as "partnerId",
      study_months as "studyMonths", requirements, documents, bond_factor as "bondFactor",
      bond_extra_months as "bondExtraMonths", report_months as "reportMonths"
    from scholarship_call where program_id = ${programId}`.execute(tx);
  const row = rows[0];
  return row ? { ...row, bondFactor: Number(row.bondFactor) } : undefined;
}

export async function upsertCall(tx: Tx, tenantId: number, programId: number, v: Omit<CallRow, 'programId'>) {
  await sql`
    insert into scholarship_call (tenant_id, program_id, degree, fields, institution, partner_id, study_months,
      requirements, documents, bond_factor, bond_extra_months, report_months)
    values (${tenantId}, ${programId}, ${v.degree}, ${v.fields}, ${v.institution}, ${v.partnerId}, ${v.studyMonths},
      ${v.requirements}, ${v.documents}, ${v.bondFactor}, ${v.bondExtraMonths}, ${v.reportMonths})
    on conflict (tenant_id, program_id) do update set degree = excluded.degree, fields = excluded.fields,
      institution = excluded.institution, partner_id = excluded.partner_id, study_months = excluded.study_months,
      requirements = excluded.requirements, documents = excluded.documents, bond_factor = excluded.bond_factor,
      bond_extra_months = excluded.bond_extra_months, report_months = excluded.report_months,
      updated_at = now()`.execute(tx);
}

export interface DocumentRow {
  kind: DocumentKind;
  fileName: string;
  fileType: 'pdf' | 'png' | 'jpeg';
  size: number;
  uploadedAt: Date;
  employeeId: number;
}

/** The documents of one applicant, or (employeeId null) of every applicant of the call. */
export async function documentsOf(tx: Tx, programId: number, employeeId: number | null) {
  const { rows } = await sql<DocumentRow>`
    select kind, file_name as "fileName", file_type as "fileType", octet_length(content) as size,
      uploaded_at as "uploadedAt", employee_id::int as "employeeId"
    from scholarship_document
    where program_id = ${programId} and ${employeeId === null ? sql`true` : sql`employee_id = ${employeeId}`}
    order by employee_id, kind`.execute(tx);
  return rows;
}

export async function putDocument(
  tx: Tx,
  tenantId: number,
  values: {
    programId: number;
    employeeId: number;
    kind: DocumentKind;
    fileName: string;
    fileType: string;
    content: Buffer;
    sha256: Buffer;
    uploadedBy: number;
  },
  at: Date,
) {
  await sql`
    insert into scholarship_document (tenant_id, program_id, employee_id, kind, file_name, file_type, content,
      sha256, uploaded_by, uploaded_at)
    values (${tenantId}, ${values.programId}, ${values.employeeId}, ${values.kind}, ${values.fileName},
      ${values.fileType}, ${values.content}, ${values.sha256}, ${values.uploadedBy}, ${at})
    on conflict (tenant_id, program_id, employee_id, kind) do update set file_name = excluded.file_name,
      file_type = excluded.file_type, content = excluded.content, sha256 = excluded.sha256,
      uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at`.execute(tx);
}

export async function deleteDocument(tx: Tx, programId: number, employeeId: number, kind: DocumentKind) {
  const { rows } = await sql`delete from scholarship_document where program_id = ${programId}
    and employee_id = ${employeeId} and kind = ${kind} returning 1`.execute(tx);
  return rows.length > 0;
}

export async function documentFile(tx: Tx, programId: number, employeeId: number, kind: DocumentKind) {
  const { rows } = await sql<{ fileName: string; fileType: 'pdf' | 'png' | 'jpeg'; content: Buffer }>`
    select file_name as "fileName", file_type as "fileType", content from scholarship_document
    where program_id = ${programId} and employee_id = ${employeeId} and kind = ${kind}`.execute(tx);
  return rows[0];
}

export interface ApplicantRow {
  applicationId: number;
  employee: { id: number; nip: string; name: string; unit: string | null };
  state: string;
  awardId: number | null;
  unitPath: number[] | null;
}

export async function applicantsOf(tx: Tx, programId: number) {
  const { rows } = await sql<ApplicantRow>`
    select a.id::int as "applicationId", a.state, w.id::int as "awardId", u.path as "unitPath",
      json_build_object('id', e.id, 'nip', e.nip, 'name', e.name, 'unit', u.name) as employee
    from program_application a
    join employee e on e.tenant_id = a.tenant_id and e.id = a.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join scholarship_award w on w.tenant_id = a.tenant_id and w.application_id = a.id
    where a.program_id = ${programId} and a.state <> 'withdrawn'
    order by a.state = 'selected' desc, e.name, a.id`.execute(tx);
  return rows;
}

export interface AwardRow {
  id: number;
  programId: number;
  programTitle: string;
  applicationId: number;
  employee: { id: number; nip: string; name: string; unit: string | null };
  unitPath: number[] | null;
  fieldOfStudy: string;
  institution: string;
  startsOn: string;
  expectedEndOn: string;
  status: AwardStatus;
  graduatedOn: string | null;
  returnedOn: string | null;
  placementUnit: string | null;
  placementPosition: string | null;
  bondMonths: number | null;
  bondEndsOn: string | null;
  submittedTerms: number[];
}

/** Awards of a call, of an employee, or one award. */
export async function awards(tx: Tx, where: { programId?: number; employeeId?: number; awardId?: number }) {
  const { rows } = await sql<AwardRow>`
    select w.id::int as id, w.program_id::int as "programId", p.title as "programTitle",
      w.application_id::int as "applicationId", u.path as "unitPath",
      json_build_object('id', e.id, 'nip', e.nip, 'name', e.name, 'unit', u.name) as employee,
      w.field_of_study as "fieldOfStudy", w.institution, w.starts_on::text as "startsOn",
      w.expected_end_on::text as "expectedEndOn", w.status, w.graduated_on::text as "graduatedOn",
      w.returned_on::text as "returnedOn", pu.name as "placementUnit", w.placement_position as "placementPosition",
      w.bond_months as "bondMonths", w.bond_ends_on::text as "bondEndsOn",
      array(select r.term::int from scholarship_report r where r.tenant_id = w.tenant_id and r.award_id = w.id
        and r.review is distinct from 'revise') as "submittedTerms"
    from scholarship_award w
    join program p on p.tenant_id = w.tenant_id and p.id = w.program_id
    join employee e on e.tenant_id = w.tenant_id and e.id = w.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join unit pu on pu.tenant_id = w.tenant_id and pu.id = w.placement_unit_id
    where ${where.programId === undefined ? sql`true` : sql`w.program_id = ${where.programId}`}
      and ${where.employeeId === undefined ? sql`true` : sql`w.employee_id = ${where.employeeId}`}
      and ${where.awardId === undefined ? sql`true` : sql`w.id = ${where.awardId}`}
    order by e.name, w.id`.execute(tx);
  return rows;
}

export async function lockAward(tx: Tx, awardId: number) {
  const { rows } = await sql<{ id: number }>`select id::int as id from scholarship_award
    where id = ${awardId} for update`.execute(tx);
  return rows.length > 0;
}

/** Selected applications of the call without an award, among `ids`. */
export async function awardable(tx: Tx, programId: number, ids: readonly number[]) {
  const { rows } = await sql<{ id: number; employeeId: number }>`
    select a.id::int as id, a.employee_id::int as "employeeId" from program_application a
    where a.program_id = ${programId} and a.id = any(${[...ids]}::bigint[]) and a.state = 'selected'
      and not exists (select from scholarship_award w where w.tenant_id = a.tenant_id and w.application_id = a.id)`.execute(
    tx,
  );
  return rows;
}

export async function insertAward(
  tx: Tx,
  tenantId: number,
  values: {
    programId: number;
    applicationId: number;
    employeeId: number;
    fieldOfStudy: string;
    institution: string;
    startsOn: string;
    expectedEndOn: string;
    createdBy: number;
  },
) {
  const { rows } = await sql<{ id: number }>`
    insert into scholarship_award (tenant_id, program_id, application_id, employee_id, field_of_study, institution,
      starts_on, expected_end_on, created_by)
    values (${tenantId}, ${values.programId}, ${values.applicationId}, ${values.employeeId}, ${values.fieldOfStudy},
      ${values.institution}, ${values.startsOn}, ${values.expectedEndOn}, ${values.createdBy})
    returning id::int as id`.execute(tx);
  return rows[0]!.id;
}

export async function recordStatus(
  tx: Tx,
  tenantId: number,
  awardId: number,
  change: { from: AwardStatus | null; to: AwardStatus; on: string; reason: string | null; by: number },
  at: Date,
) {
  await sql`
    insert into scholarship_status_change (tenant_id, award_id, from_status, to_status, changed_on, reason,
      changed_by, changed_at)
    values (${tenantId}, ${awardId}, ${change.from}, ${change.to}, ${change.on}, ${change.reason}, ${change.by},
      ${at})`.execute(tx);
  if (change.from === null) return;
  await sql`update scholarship_award set status = ${change.to}, updated_at = ${at},
    graduated_on = case when ${change.to} = 'graduated' then ${change.on}::date else graduated_on end
    where id = ${awardId}`.execute(tx);
}

export async function setReturn(
  tx: Tx,
  awardId: number,
  values: { returnedOn: string; unitId: number; position: string; bondMonths: number; bondEndsOn: string },
  at: Date,
) {
  await sql`update scholarship_award set returned_on = ${values.returnedOn}, placement_unit_id = ${values.unitId},
    placement_position = ${values.position}, bond_months = ${values.bondMonths}, bond_ends_on = ${values.bondEndsOn},
    updated_at = ${at} where id = ${awardId}`.execute(tx);
}

export async function historyOf(tx: Tx, awardId: number) {
  const { rows } = await sql<{
    fromStatus: AwardStatus | null;
    toStatus: AwardStatus;
    changedOn: string;
    reason: string | null;
    changedBy: string | null;
  }>`
    select c.from_status as "fromStatus", c.to_status as "toStatus", c.changed_on::text as "changedOn", c.reason,
      a.display_name as "changedBy"
    from scholarship_status_change c left join account a on a.tenant_id = c.tenant_id and a.id = c.changed_by
    where c.award_id = ${awardId} order by c.changed_on, c.id`.execute(tx);
  return rows;
}

export interface ReportRow {
  id: number;
  term: number;
  gpa: number | null;
  credits: number | null;
  summary: string;
  fileName: string | null;
  submittedAt: Date;
  review: 'accepted' | 'revise' | null;
  reviewNote: string | null;
}

export async function reportsOf(tx: Tx, awardId: number) {
  const { rows } = await sql<ReportRow & { gpa: string | null }>`
    select id::int as id, term, gpa, credits, summary, file_name as "fileName", submitted_at as "submittedAt",
      review, review_note as "reviewNote"
    from scholarship_report where award_id = ${awardId} order by term`.execute(tx);
  return rows.map((r) => ({ ...r, gpa: r.gpa === null ? null : Number(r.gpa) }));
}

/** Submits a term's report, or resubmits one the agency asked to revise; false when one stands. */
export async function putReport(
  tx: Tx,
  tenantId: number,
  awardId: number,
  values: {
    term: number;
    gpa: number | null;
    credits: number | null;
    summary: string;
    file: { name: string; type: string; content: Buffer } | null;
    by: number;
  },
  at: Date,
) {
  const { rows } = await sql`
    insert into scholarship_report (tenant_id, award_id, term, gpa, credits, summary, file_name, file_type, content,
      submitted_by, submitted_at)
    values (${tenantId}, ${awardId}, ${values.term}, ${values.gpa}, ${values.credits}, ${values.summary},
      ${values.file?.name ?? null}, ${values.file?.type ?? null}, ${values.file?.content ?? null}, ${values.by}, ${at})
    on conflict (tenant_id, award_id, term) do update set gpa = excluded.gpa, credits = excluded.credits,
      summary = excluded.summary, file_name = excluded.file_name, file_type = excluded.file_type,
      content = excluded.content, submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at,
      review = null, review_note = null, reviewed_by = null, reviewed_at = null
      where scholarship_report.review = 'revise'
    returning 1`.execute(tx);
  return rows.length > 0;
}

export async function reviewReport(
  tx: Tx,
  awardId: number,
  term: number,
  values: { review: 'accepted' | 'revise'; note: string | null; by: number },
  at: Date,
) {
  const { rows } = await sql`
    update scholarship_report set review = ${values.review}, review_note = ${values.note},
      reviewed_by = ${values.by}, reviewed_at = ${at}
    where award_id = ${awardId} and term = ${term} and review is null returning 1`.execute(tx);
  return rows.length > 0;
}

export async function reportFile(tx: Tx, awardId: number, term: number) {
  const { rows } = await sql<{ fileName: string; fileType: 'pdf' | 'png' | 'jpeg'; content: Buffer }>`
    select file_name as "fileName", file_type as "fileType", content from scholarship_report
    where award_id = ${awardId} and term = ${term} and content is not null`.execute(tx);
  return rows[0];
}

export async function unitExists(tx: Tx, unitId: number) {
  const { rows } = await sql`select 1 from unit where id = ${unitId} and closed_on is null`.execute(tx);
  return rows.length > 0;
}

/** The accounts of the awardee, for reminders. */
export async function awardeeAccounts(tx: Tx, awardId: number) {
  const { rows } = await sql<{ id: number }>`
    select ac.id::int as id from scholarship_award w
    join account ac on ac.tenant_id = w.tenant_id and ac.employee_id = w.employee_id and ac.status = 'active'
    where w.id = ${awardId}`.execute(tx);
  return rows.map((r) => r.id);
}

/** A study lengthened (after a leave): its new expected last day. */
export async function setExpectedEnd(tx: Tx, awardId: number, expectedEndOn: string, at: Date) {
  await sql`update scholarship_award set expected_end_on = ${expectedEndOn}, updated_at = ${at}
    where id = ${awardId}`.execute(tx);
}
