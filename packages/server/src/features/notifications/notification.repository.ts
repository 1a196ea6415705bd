import type { NotificationKind } from '@jenjang/domain/shared/notification.contract';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

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
    .columns(['tenant_id', 'account_id', 'kind', 'data'])
    .expression(
      tx.selectNoFrom([
        sql<number>`${tenantId}::int`.as('tenant_id'),
        sql<number>`unnest(${accountIds}::bigint[])`.as('account_id'),
        sql<string>`${kind}::text`.as('kind'),
        sql<string>`${JSON.stringify(data)}::jsonb`.as('data'),
      ]),
    )
    .execute();
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
