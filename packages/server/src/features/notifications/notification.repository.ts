import { mailedKind, type NotificationKind } from '@jenjang/domain/shared/notification.contract';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';

export async function notify(
  tx: Tx,
  tenantId: number,
  accountIds: readonly number[],
  kind: NotificationKind,
  data: Record<string, unknown>,
): Promise<void> {
  if (accountIds.length === 0) return;
  await tx
    .insertInto('notification')
    .columns(['tenant_id', 'account_id', 'kind', 'data', 'mail_state'])
    .expression(
      tx.selectNoFrom([
        sql<number>`${tenantId}::int`.as('tenant_id'),
        sql<number>`unnest(${accountIds}::bigint[])`.as('account_id'),
        sql<string>`${kind}::text`.as('kind'),
        sql<string>`${JSON.stringify(data)}::jsonb`.as('data'),
        sql<string | null>`${mailedKind(kind) ? 'pending' : null}::text`.as('mail_state'),
      ]),
    )
    .execute();
}

/** The sweep's governments: those with notifications waiting to be mailed. */
export async function tenantsWithMailDue(db: Db): Promise<number[]> {
  const { rows } = await sql<{ tenant_id: number }>`
    select t as tenant_id from notification_mail_due_tenants() t`.execute(db);
  return rows.map((r) => r.tenant_id);
}

export interface PendingMail {
  id: number;
  kind: string;
  data: Record<string, unknown>;
  email: string | null;
  locale: string;
  name: string;
}

/**
 * The current government's notifications waiting to be mailed, locked for this transaction. SKIP
 * LOCKED: those another process is sending are left to it.
 */
export async function claimPendingMail(tx: Tx, limit: number): Promise<PendingMail[]> {
  const { rows } = await sql<PendingMail>`
    select n.id::int as id, n.kind, n.data, a.email, a.locale,
      a.display_name as name
    from notification n
    join account a on a.tenant_id = n.tenant_id and a.id = n.account_id
    where n.mail_state = 'pending'
    order by n.created_at, n.id
    limit ${limit}
    for update of n skip locked`.execute(tx);
  return rows;
}

/**
 * Marks skipped, in one statement, what will never be mailed: every pending row when the server has
 * no SMTP, else those written over a day ago (the database's clock, which wrote them).
 */
export async function skipUnmailable(tx: Tx, mailerEnabled: boolean): Promise<void> {
  await sql`
    update notification set mail_state = 'skipped'
    where mail_state = 'pending'
      and (${!mailerEnabled} or created_at < now() - interval '1 day')`.execute(tx);
}

export async function setMailState(tx: Tx, ids: readonly number[], state: 'sent' | 'skipped') {
  if (ids.length === 0) return;
  await sql`update notification set mail_state = ${state} where id = any(${sql.val([...ids])}::bigint[])`.execute(
    tx,
  );
}

export function listNotifications(tx: Tx, accountId: number, limit: number) {
  return tx
    .selectFrom('notification')
    .select(['id', 'kind', 'data', 'created_at', 'read_at'])
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(tx: Tx, accountId: number): Promise<number> {
  const row = await tx
    .selectFrom('notification')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function markRead(tx: Tx, accountId: number, ids: readonly number[] | 'all'): Promise<void> {
  let query = tx
    .updateTable('notification')
    .set({ read_at: sql<Date>`now()` })
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null);
  if (ids !== 'all') query = query.where('id', 'in', ids.length > 0 ? ids : [0]);
  await query.execute();
}
