import type { ExpressionBuilder } from 'kysely';
import { containsPattern, type Tx } from '../../db/database';
import type { Database } from '../../db/schema';

type AccountEb = ExpressionBuilder<Database & { a: Database['account'] }, 'a'>;

/** The WHERE clause shared by the page and its total. */
function where(eb: AccountEb, filters: { q?: string | undefined; accountId?: number }) {
  const conditions = [];
  if (filters.accountId !== undefined) conditions.push(eb('a.id', '=', filters.accountId));
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    conditions.push(eb.or([eb('a.username', 'ilike', pattern), eb('a.display_name', 'ilike', pattern)]));
  }
  return eb.and(conditions);
}

export async function listAccounts(
  tx: Tx,
  filters: { q?: string | undefined; accountId?: number },
  page: { page: number; pageSize: number },
) {
  const rows = await tx
    .selectFrom('account as a')
    .leftJoin('unit as u', 'u.id', 'a.scope_unit_id')
    .select([
      'a.id',
      'a.username',
      'a.display_name',
      'a.role',
      'a.status',
      'a.employee_id',
      'a.email',
      'a.scope_unit_id',
      'u.name as scope_unit_name',
      'a.password_hash',
      'a.created_at',
    ])
    .where((eb) => where(eb as AccountEb, filters))
    .orderBy('a.username')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const total = await tx
    .selectFrom('account as a')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where((eb) => where(eb as AccountEb, filters))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total.count) };
}

export async function insertAccount(
  tx: Tx,
  values: {
    tenantId: number;
    username: string;
    displayName: string;
    role: string;
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

export async function accountExists(tx: Tx, id: number): Promise<boolean> {
  return (await tx.selectFrom('account').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function employeeExists(tx: Tx, id: number): Promise<boolean> {
  return (await tx.selectFrom('employee').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function unitExists(tx: Tx, id: number): Promise<boolean> {
  return (await tx.selectFrom('unit').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
