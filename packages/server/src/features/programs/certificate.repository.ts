import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import { pageWithTotal } from '../../db/paging';

// Certificates of completed program participants: one each, numbered per government, with a random
// verification code that the public verification page looks up (with the government's slug).

export interface NewCertificate {
  applicationId: number;
  verificationCode: string;
  issuedOn: string;
  issuedBy: number;
}

/**
 * Issues the certificate of a completed participant, numbered after the program's certificates so
 * far: "<program>/<n>/<year>" (n counts within the program). Nothing when one exists already.
 */
export async function insertCertificate(tx: Tx, tenantId: number, programId: number, values: NewCertificate) {
  const year = values.issuedOn.slice(0, 4);
  const { rows } = await sql<{ id: number }>`
    insert into program_certificate (tenant_id, application_id, number, verification_code, issued_on, issued_by)
    select ${tenantId}, ${values.applicationId},
      ${programId}::text || '/' || (1 + (select count(*) from program_certificate c
        join program_application a on a.tenant_id = c.tenant_id and a.id = c.application_id
        where a.program_id = ${programId}))::text || '/' || ${year},
      ${values.verificationCode}, ${values.issuedOn}, ${values.issuedBy}
    on conflict (tenant_id, application_id) do nothing
    returning id::int as id`.execute(tx);
  return rows[0]?.id ?? null;
}

/** The program as its certificates and exports name it. */
export async function findProgramBrief(tx: Tx, programId: number) {
  const { rows } = await sql<{
    id: number;
    title: string;
    pathCode: string;
    jp: number;
    providerKind: 'internal' | 'lan' | 'partner';
    providerName: string | null;
    state: string;
  }>`
    select id::int as id, title, path_code as "pathCode", jp::float8 as jp,
      provider_kind as "providerKind", provider_name as "providerName", state
    from program where id = ${programId}`.execute(tx);
  return rows[0];
}

/** The government of this transaction: its name, slug, clock, and what its certificates carry. */
export async function findIssuer(tx: Tx) {
  const row = await tx
    .selectFrom('tenant')
    .select([
      'name',
      'slug',
      'time_zone as timeZone',
      'letterhead_agency as agency',
      'letterhead_address as address',
      'certificate_signer_name as signerName',
      'certificate_signer_title as signerTitle',
      'certificate_signer_nip as signerNip',
    ])
    .executeTakeFirstOrThrow();
  return row;
}
export type Issuer = Awaited<ReturnType<typeof findIssuer>>;

const certificateColumns = sql`
  c.id::int as id, c.application_id::int as "applicationId", c.number,
  to_char(c.issued_on, 'YYYY-MM-DD') as "issuedOn", c.verification_code as "verificationCode",
  c.revoked_at as "revokedAt", c.revoked_reason as "revokedReason",
  e.id::int as "employeeId", e.name, e.front_title as "frontTitle", e.back_title as "backTitle", e.nip,
  u.path as "unitPath",
  b.id::int as "batchId", b.name as "batchName",
  to_char(b.starts_on, 'YYYY-MM-DD') as "startsOn", to_char(b.ends_on, 'YYYY-MM-DD') as "endsOn"`;

const certificateJoins = sql`
  from program_certificate c
  join program_application a on a.tenant_id = c.tenant_id and a.id = c.application_id
  join employee e on e.tenant_id = a.tenant_id and e.id = a.employee_id
  left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
  join program_batch b on b.tenant_id = a.tenant_id and b.id = a.batch_id`;

export interface CertificateRow {
  id: number;
  applicationId: number;
  number: string;
  issuedOn: string;
  verificationCode: string;
  revokedAt: Date | null;
  revokedReason: string | null;
  employeeId: number;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  nip: string;
  unitPath: number[] | null;
  batchId: number;
  batchName: string;
  startsOn: string;
  endsOn: string;
}

/** One certificate of the program, with its participant and batch; `lock` holds it for a revocation. */
export async function findCertificate(
  tx: Tx,
  programId: number,
  certificateId: number,
  options: { lock?: boolean } = {},
) {
  const { rows } = await sql<CertificateRow>`
    select ${certificateColumns} ${certificateJoins}
    where a.program_id = ${programId} and c.id = ${certificateId}
    ${options.lock ? sql`for update of c` : sql``}`.execute(tx);
  return rows[0];
}

/** The program's certificates in the order they were numbered; `employeeId` narrows to one person's. */
export function listCertificates(
  tx: Tx,
  programId: number,
  where: { employeeId: number | null },
  page: { page: number; pageSize: number },
) {
  const mine = where.employeeId === null ? sql`` : sql`and a.employee_id = ${where.employeeId}`;
  return pageWithTotal<CertificateRow>(
    tx,
    sql`select ${certificateColumns}, c.id as ordinal ${certificateJoins}
      where a.program_id = ${programId} ${mine}`,
    page,
  );
}

/** Revokes a certificate that still stands; false when it was revoked already. */
export async function revokeCertificate(
  tx: Tx,
  certificateId: number,
  values: { reason: string; revokedBy: number; at: Date },
) {
  const result = await tx
    .updateTable('program_certificate')
    .set({ revoked_at: values.at, revoked_reason: values.reason, revoked_by: values.revokedBy })
    .where('id', '=', certificateId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * A government's id from its public slug, before any tenant is known (migration 0034's definer
 * function: nothing else of the tenant table is readable without its transaction).
 */
export async function findPublicGovernment(db: Db, slug: string): Promise<number | null> {
  const found = await sql<{ id: number | null }>`select public_find_tenant(${slug}) as id`.execute(db);
  return found.rows[0]?.id ?? null;
}

/** What the public verification of a code shows, and nothing more. */
export async function findByVerificationCode(tx: Tx, code: string) {
  const { rows } = await sql<{
    revokedAt: Date | null;
    name: string;
    frontTitle: string | null;
    backTitle: string | null;
    title: string;
    startsOn: string;
    endsOn: string;
    jp: number;
  }>`
    select c.revoked_at as "revokedAt", e.name, e.front_title as "frontTitle", e.back_title as "backTitle",
      p.title, to_char(b.starts_on, 'YYYY-MM-DD') as "startsOn", to_char(b.ends_on, 'YYYY-MM-DD') as "endsOn",
      p.jp::float8 as jp
    from program_certificate c
    join program_application a on a.tenant_id = c.tenant_id and a.id = c.application_id
    join program p on p.tenant_id = a.tenant_id and p.id = a.program_id
    join employee e on e.tenant_id = a.tenant_id and e.id = a.employee_id
    join program_batch b on b.tenant_id = a.tenant_id and b.id = a.batch_id
    where c.verification_code = ${code}`.execute(tx);
  return rows[0];
}

/**
 * Everyone who completed the program and whose certificate stands, as SIASN's training history
 * takes them: NIP order, with their batch's days and the certificate's number.
 */
export async function completedParticipants(tx: Tx, programId: number) {
  const { rows } = await sql<{
    nip: string;
    number: string | null;
    startsOn: string;
    endsOn: string;
  }>`
    select e.nip, c.number,
      to_char(b.starts_on, 'YYYY-MM-DD') as "startsOn", to_char(b.ends_on, 'YYYY-MM-DD') as "endsOn"
    from program_application a
    join employee e on e.tenant_id = a.tenant_id and e.id = a.employee_id
    join program_batch b on b.tenant_id = a.tenant_id and b.id = a.batch_id
    left join program_certificate c on c.tenant_id = a.tenant_id and c.application_id = a.id
    where a.program_id = ${programId} and a.completion = 'completed' and c.revoked_at is null
    order by e.nip, a.id`.execute(tx);
  return rows;
}
