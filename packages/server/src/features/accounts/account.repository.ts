import type { ListScope, Role } from '@jenjang/domain/shared/access';
import { type ExpressionBuilder, sql } from 'kysely';
import { ADVISORY_LOCK } from '../../db/advisory-locks';
import { containsPattern, type Tx } from '../../db/database';
import type { Database } from '../../db/schema';

type AccountEb = ExpressionBuilder<
  Database & { a: Database['account']; su: Database['unit']; e: Database['employee']; eu: Database['unit'] },
  'a' | 'su' | 'e' | 'eu'
>;

export interface AccountFilters {
  q?: string | undefined;
  role?: Role | undefined;
  status?: 'active' | 'disabled' | undefined;
  unitId?: number | undefined;
  hasPassword?: boolean | undefined;
}

/**
 * Where an account sits in the organisation: its scope unit, else its employee's unit; null for
 * an account of the whole government. The same rule as accountResource() in the service.
 */
const accountPath = sql<number[] | null>`coalesce(su.path, eu.path)`;

/** The WHERE clause shared by the page and its total, including the caller's reach. */
function where(eb: AccountEb, scope: ListScope, filters: AccountFilters) {
  const conditions = [];
  if (scope.kind === 'unit')
    conditions.push(sql<boolean>`${accountPath} @> array[${scope.unitId}]::bigint[]`);
  if (scope.kind === 'owner') conditions.push(eb('a.id', '=', scope.accountId));
  if (scope.kind === 'none' || scope.kind === 'self' || scope.kind === 'allTenants') {
    conditions.push(sql<boolean>`false`);
  }
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    conditions.push(eb.or([eb('a.username', 'ilike', pattern), eb('a.display_name', 'ilike', pattern)]));
  }
  if (filters.role) conditions.push(eb('a.role', '=', filters.role));
  if (filters.status) conditions.push(eb('a.status', '=', filters.status));
  if (filters.unitId) conditions.push(sql<boolean>`${accountPath} @> array[${filters.unitId}]::bigint[]`);
  if (filters.hasPassword !== undefined) {
    conditions.push(eb('a.password_hash', filters.hasPassword ? 'is not' : 'is', null));
  }
  return eb.and(conditions);
}

function accounts(tx: Tx) {
  return tx
    .selectFrom('account as a')
    .leftJoin('unit as su', 'su.id', 'a.scope_unit_id')
    .leftJoin('employee as e', 'e.id', 'a.employee_id')
    .leftJoin('unit as eu', 'eu.id', 'e.unit_id');
}

function withColumns(query: ReturnType<typeof accounts>) {
  return query.select([
    'a.id',
    'a.tenant_id',
    'a.username',
    'a.display_name',
    'a.role',
    'a.status',
    'a.employee_id',
    'e.name as employee_name',
    'a.email',
    'a.scope_unit_id',
    'su.name as scope_unit_name',
    'su.path as scope_path',
    'eu.path as employee_unit_path',
    sql<boolean>`a.password_hash is not null`.as('has_password'),
    'a.created_at',
  ]);
}

export type AccountRow = Awaited<ReturnType<ReturnType<typeof withColumns>['execute']>>[number];

export async function listAccounts(
  tx: Tx,
  scope: ListScope,
  filters: AccountFilters,
  page: { page: number; pageSize: number },
) {
  const rows = await withColumns(accounts(tx))
    .where((eb) => where(eb as unknown as AccountEb, scope, filters))
    .orderBy('a.username')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const total = await accounts(tx)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where((eb) => where(eb as unknown as AccountEb, scope, filters))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total.count) };
}

export async function findAccount(tx: Tx, id: number): Promise<AccountRow | undefined> {
  return withColumns(accounts(tx)).where('a.id', '=', id).executeTakeFirst();
}

export async function insertAccount(
  tx: Tx,
  values: {
    tenantId: number;
    username: string;
    displayName: string;
    role: Role;
    employeeId: number | null;
    scopeUnitId: number | null;
    email: string | null;
  },
) {
  return tx
    .insertInto('account')
    .values({
      email: values.email,
      tenant_id: values.tenantId,
      username: values.username,
      display_name: values.displayName,
      role: values.role,
      employee_id: values.employeeId,
      scope_unit_id: values.scopeUnitId,
      password_hash: null,
      password_changed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateAccount(
  tx: Tx,
  id: number,
  changes: Partial<{
    display_name: string;
    role: Role;
    scope_unit_id: number | null;
    employee_id: number | null;
    email: string | null;
    status: 'active' | 'disabled';
  }>,
): Promise<void> {
  await tx.updateTable('account').set(changes).where('id', '=', id).execute();
}

/** A disabled account keeps no way in: its sessions and unused set-password links go. */
export async function revokeAccess(tx: Tx, accountId: number): Promise<void> {
  await tx.deleteFrom('session').where('account_id', '=', accountId).execute();
  await tx
    .deleteFrom('password_token')
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .execute();
}

/**
 * Serialises changes to the accounts of one government, so two admins disabling or demoting each
 * other at once cannot both pass the last-admin check.
 */
export async function lockAccountAdministration(tx: Tx, tenantId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK.accounts}, ${tenantId})`.execute(tx);
}

/** Active admins of the whole government (no scope unit), other than this account. */
export async function otherActiveTenantAdmins(tx: Tx, exceptId: number): Promise<number> {
  const row = await tx
    .selectFrom('account')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'admin')
    .where('scope_unit_id', 'is', null)
    .where('status', '=', 'active')
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findEmployee(tx: Tx, id: number) {
  return tx
    .selectFrom('employee as e')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'e.tenant_id', sql<number[] | null>`u.path`.as('unit_path')])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/** The employee of this government with this (normalised) NIP, for linking an account by NIP. */
export function findEmployeeByNip(tx: Tx, nip: string) {
  return tx.selectFrom('employee').select('id').where('nip', '=', nip).executeTakeFirst();
}

/** The account already linked to this employee, other than `exceptId`. */
export async function accountOfEmployee(tx: Tx, employeeId: number, exceptId: number | null) {
  let query = tx.selectFrom('account').select(['id', 'username']).where('employee_id', '=', employeeId);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return query.executeTakeFirst();
}

/** An account's id by its username, in the current tenant. */
export async function findAccountId(tx: Tx, username: string): Promise<number | null> {
  const row = await tx.selectFrom('account').select('id').where('username', '=', username).executeTakeFirst();
  return row?.id ?? null;
}

/** The enabled tenant-wide admins of the government (the agency), by id. */
export async function agencyAdmins(tx: Tx): Promise<{ id: number; employeeId: number | null }[]> {
  const { rows } = await sql<{ id: number; employeeId: number | null }>`
    select id::int as id, employee_id::int as "employeeId" from account
    where role = 'admin' and scope_unit_id is null and status = 'active' order by id`.execute(tx);
  return rows;
}
