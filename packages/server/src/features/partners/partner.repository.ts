import type { PartnerBody } from '@jenjang/domain/programs/partner.contract';
import { sql } from 'kysely';
import type { z } from 'zod';
import { containsPattern, type Tx } from '../../db/database';

// Partners of the government, their agreements (MoU/PKS) and the trainer accounts (role mitra)
// that sign in for them (migration 0053). Row-level security keeps each government to its own.

type PartnerValues = z.output<typeof PartnerBody>;

const partnerColumns = [
  'p.id',
  'p.name',
  'p.kind',
  'p.contact_name as contactName',
  'p.contact_email as contactEmail',
  'p.contact_phone as contactPhone',
] as const;

/** A page of partners by name (`q`: part of the name), and how many match. */
export async function listPartners(tx: Tx, q: string | undefined, page: { page: number; pageSize: number }) {
  let query = tx.selectFrom('partner as p');
  if (q) query = query.where('p.name', 'ilike', containsPattern(q));
  const rows = await query
    .select(partnerColumns)
    .orderBy('p.name')
    .orderBy('p.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const { total } = await query
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

export function findPartner(tx: Tx, id: number, options: { lock?: boolean } = {}) {
  let query = tx.selectFrom('partner as p').select(partnerColumns).where('p.id', '=', id);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function partnerNamed(tx: Tx, name: string, exceptId: number | null) {
  let query = tx.selectFrom('partner').select('id').where(sql<boolean>`lower(name) = lower(${name})`);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

const partnerRow = (values: PartnerValues) => ({
  name: values.name,
  kind: values.kind,
  contact_name: values.contactName,
  contact_email: values.contactEmail,
  contact_phone: values.contactPhone,
});

export async function insertPartner(tx: Tx, tenantId: number, values: PartnerValues): Promise<number> {
  const row = await tx
    .insertInto('partner')
    .values({ tenant_id: tenantId, ...partnerRow(values) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updatePartner(tx: Tx, id: number, values: PartnerValues): Promise<void> {
  await tx
    .updateTable('partner')
    .set({ ...partnerRow(values), updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export interface AgreementRow {
  id: number;
  partnerId: number;
  number: string;
  scope: string;
  validFrom: string;
  validUntil: string;
  expiryWarnedOn: string | null;
}

const agreementColumns = sql`
  a.id::int as id, a.partner_id::int as "partnerId", a.number, a.scope,
  to_char(a.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(a.valid_until, 'YYYY-MM-DD') as "validUntil",
  to_char(a.expiry_warned_on, 'YYYY-MM-DD') as "expiryWarnedOn"`;

/** The agreements of these partners, newest validity first. */
export async function agreementsOf(tx: Tx, partnerIds: readonly number[]): Promise<AgreementRow[]> {
  if (partnerIds.length === 0) return [];
  const { rows } = await sql<AgreementRow>`
    select ${agreementColumns} from partner_agreement a
    where a.partner_id = any(${sql.val(partnerIds)}::bigint[])
    order by a.valid_until desc, a.id desc`.execute(tx);
  return rows;
}

export async function agreementNumbered(tx: Tx, number: string): Promise<boolean> {
  const row = await tx
    .selectFrom('partner_agreement')
    .select('id')
    .where('number', '=', number)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAgreement(
  tx: Tx,
  tenantId: number,
  values: { partnerId: number; number: string; scope: string; validFrom: string; validUntil: string },
  createdBy: number,
): Promise<number> {
  const row = await tx
    .insertInto('partner_agreement')
    .values({
      tenant_id: tenantId,
      partner_id: values.partnerId,
      number: values.number,
      scope: values.scope,
      valid_from: values.validFrom,
      valid_until: values.validUntil,
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Agreements not yet warned of whose last day is from `from` on, at most `until` (the window's end). */
export async function agreementsEndingBy(tx: Tx, from: string, until: string) {
  const { rows } = await sql<AgreementRow & { partner: string }>`
    select ${agreementColumns}, p.name as partner
    from partner_agreement a join partner p on p.tenant_id = a.tenant_id and p.id = a.partner_id
    where a.expiry_warned_on is null and a.valid_until between ${from}::date and ${until}::date
    order by a.valid_until, a.id
    for update of a skip locked`.execute(tx);
  return rows;
}

export async function markWarned(tx: Tx, agreementId: number, day: string): Promise<void> {
  await tx
    .updateTable('partner_agreement')
    .set({ expiry_warned_on: day })
    .where('id', '=', agreementId)
    .execute();
}

/** The trainer accounts (role mitra) signing in for these partners. */
export async function accountsOf(tx: Tx, partnerIds: readonly number[]) {
  if (partnerIds.length === 0) return [];
  const { rows } = await sql<{ id: number; username: string; displayName: string; partnerId: number }>`
    select id::int as id, username, display_name as "displayName", partner_id::int as "partnerId"
    from account where partner_id = any(${sql.val(partnerIds)}::bigint[]) order by display_name, id`.execute(
    tx,
  );
  return rows;
}

/** The government's trainer accounts (role mitra), enabled or not, with their partner. */
export async function mitraAccounts(tx: Tx) {
  const { rows } = await sql<{
    id: number;
    username: string;
    displayName: string;
    partnerId: number | null;
    partnerName: string | null;
  }>`
    select a.id::int as id, a.username, a.display_name as "displayName", a.partner_id::int as "partnerId",
      p.name as "partnerName"
    from account a left join partner p on p.tenant_id = a.tenant_id and p.id = a.partner_id
    where a.role = 'mitra' order by a.display_name, a.id`.execute(tx);
  return rows;
}

export function findAccount(tx: Tx, accountId: number) {
  return tx
    .selectFrom('account')
    .select(['id', 'role', 'partner_id as partnerId', 'employee_id as employeeId', 'status'])
    .where('id', '=', accountId)
    .executeTakeFirst();
}

export async function setAccountPartner(tx: Tx, accountId: number, partnerId: number | null): Promise<void> {
  await tx.updateTable('account').set({ partner_id: partnerId }).where('id', '=', accountId).execute();
}
