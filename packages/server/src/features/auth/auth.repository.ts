import { type Selectable, sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import type { AccountTable, TenantTable } from '../../db/schema';

export interface LoginCandidate {
  account_id: number;
  tenant_id: number;
  password_hash: string | null;
  status: string;
}

/** Cross-tenant lookups go only through the SECURITY DEFINER functions of migration 0001. */
export async function findLoginCandidates(db: Db, login: string): Promise<LoginCandidate[]> {
  const result = await sql<LoginCandidate>`select * from auth_find_login(${login})`.execute(db);
  return result.rows;
}

/** The account, its government and the CSRF token behind a session cookie, in one round trip. */
export interface SessionRow {
  id: number;
  tenant_id: number;
  username: string;
  display_name: string;
  role: AccountTable['role'];
  locale: 'id' | 'en';
  employee_id: number | null;
  scope_unit_id: number | null;
  scope_unit_name: string | null;
  tenant_code: string;
  tenant_name: string;
  tenant_time_zone: Selectable<TenantTable>['time_zone'];
  csrf_token: string;
}

/** The signed-in account as requests carry it: no password hash. */
export type RequestAccount = Omit<SessionRow, 'csrf_token'>;

/** Null for an unknown or expired session, or a disabled account (migration 0024). */
export async function resolveSession(db: Db, idHash: Buffer, now: Date): Promise<SessionRow | null> {
  const result = await sql<SessionRow>`select * from auth_resolve_session(${idHash}, ${now})`.execute(db);
  return result.rows[0] ?? null;
}

export async function findPasswordToken(db: Db, tokenHash: Buffer) {
  const result = await sql<{ account_id: number; tenant_id: number; expires_at: Date; used_at: Date | null }>`
    select * from auth_find_password_token(${tokenHash})`.execute(db);
  return result.rows[0] ?? null;
}

export async function loadAccount(tx: Tx, accountId: number) {
  return tx
    .selectFrom('account as a')
    .innerJoin('tenant as t', 't.id', 'a.tenant_id')
    .leftJoin('unit as u', 'u.id', 'a.scope_unit_id')
    .select([
      'a.id',
      'a.tenant_id',
      'a.username',
      'a.display_name',
      'a.role',
      'a.locale',
      'a.status',
      'a.employee_id',
      'a.scope_unit_id',
      'a.password_hash',
      'u.name as scope_unit_name',
      't.code as tenant_code',
      't.name as tenant_name',
      't.time_zone as tenant_time_zone',
    ])
    .where('a.id', '=', accountId)
    .executeTakeFirst();
}

export type AccountRow = NonNullable<Awaited<ReturnType<typeof loadAccount>>>;

export async function insertSession(
  tx: Tx,
  values: { idHash: Buffer; tenantId: number; accountId: number; csrfToken: string; expiresAt: Date },
) {
  await tx
    .insertInto('session')
    .values({
      id_hash: values.idHash,
      tenant_id: values.tenantId,
      account_id: values.accountId,
      csrf_token: values.csrfToken,
      expires_at: values.expiresAt,
    })
    .execute();
}

export async function sessionCsrf(tx: Tx, idHash: Buffer): Promise<string | null> {
  const row = await tx
    .selectFrom('session')
    .select('csrf_token')
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  return row?.csrf_token ?? null;
}

export async function deleteSession(tx: Tx, idHash: Buffer): Promise<void> {
  await tx.deleteFrom('session').where('id_hash', '=', idHash).execute();
}

export async function deleteOtherSessions(tx: Tx, accountId: number, keep: Buffer | null): Promise<void> {
  let query = tx.deleteFrom('session').where('account_id', '=', accountId);
  if (keep) query = query.where('id_hash', '!=', keep);
  await query.execute();
}

export async function updatePassword(tx: Tx, accountId: number, passwordHash: string): Promise<void> {
  await tx
    .updateTable('account')
    .set({ password_hash: passwordHash, password_changed_at: sql<Date>`now()` })
    .where('id', '=', accountId)
    .execute();
}

export async function updateLocale(tx: Tx, accountId: number, locale: 'id' | 'en'): Promise<void> {
  await tx.updateTable('account').set({ locale }).where('id', '=', accountId).execute();
}

/**
 * Burns a live link: deleting it is the single step that decides which of two concurrent uses
 * wins (the other finds nothing to delete).
 */
export async function burnPasswordToken(tx: Tx, tokenHash: Buffer, now: Date): Promise<boolean> {
  const result = await tx
    .deleteFrom('password_token')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Ends every set-password link of the account (a newer link, the password set or changed). */
export async function deletePasswordTokens(tx: Tx, accountId: number): Promise<void> {
  await tx.deleteFrom('password_token').where('account_id', '=', accountId).execute();
}

/** Serialises link issuing per account, so two concurrent issues cannot both stay live. */
export async function lockAccount(tx: Tx, accountId: number): Promise<boolean> {
  const row = await tx
    .selectFrom('account')
    .select('id')
    .where('id', '=', accountId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPasswordToken(
  tx: Tx,
  values: { tokenHash: Buffer; tenantId: number; accountId: number; expiresAt: Date },
): Promise<void> {
  await tx
    .insertInto('password_token')
    .values({
      token_hash: values.tokenHash,
      tenant_id: values.tenantId,
      account_id: values.accountId,
      expires_at: values.expiresAt,
    })
    .execute();
}
