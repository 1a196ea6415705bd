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
  /** Null also when the account is disabled: nobody who left is mailed. */
  email: string | null;
  locale: string;
  name: string;
}

/**
 * Claims the current government's notifications waiting to be mailed: marked 'sending' in the
 * caller's (short) transaction, so another process leaves them (SKIP LOCKED meanwhile) and no lock is
 * held while they are sent. A claim older than a quarter of an hour (its process stopped) is claimed
 * again.
 */
export async function claimPendingMail(tx: Tx, limit: number): Promise<PendingMail[]> {
  const { rows } = await sql<PendingMail>`
    with claimed as (
      select n.id from notification n
      where n.mail_state = 'pending'
        or (n.mail_state = 'sending' and n.mail_claimed_at < now() - interval '15 minutes')
      order by n.created_at, n.id
      limit ${limit}
      for update of n skip locked
    )
    update notification n set mail_state = 'sending', mail_claimed_at = now()
    from claimed c, account a
    where n.id = c.id and a.tenant_id = n.tenant_id and a.id = n.account_id
    returning n.id::int as id, n.kind, n.data, case when a.status = 'active' then a.email end as email,
      a.locale, a.display_name as name`.execute(tx);
  return rows;
}

/**
 * Marks skipped, in one statement, what will never be mailed: every pending row when the server has
 * no SMTP, else those written over a day ago (the database's clock, which wrote them).
 */
export async function skipUnmailable(tx: Tx, mailerEnabled: boolean): Promise<void> {
  await sql`
    update notification set mail_state = 'skipped', mail_claimed_at = null
    where mail_state in ('pending', 'sending')
      and (${!mailerEnabled} or created_at < now() - interval '1 day')`.execute(tx);
}

/** Ends claims: sent, skipped, or pending again (to be tried at the next sweep). */
export async function setMailState(tx: Tx, ids: readonly number[], state: 'sent' | 'skipped' | 'pending') {
  if (ids.length === 0) return;
  await sql`
    update notification set mail_state = ${state}, mail_claimed_at = null
    where id = any(${sql.val([...ids])}::bigint[]) and mail_state = 'sending'`.execute(tx);
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
