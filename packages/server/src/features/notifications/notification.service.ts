import type { Actor } from '@jenjang/domain/shared/access';
import type { NotificationKind } from '@jenjang/domain/shared/notification.contract';
import { type Db, type Tx, withTenant } from '../../db/database';
import * as repo from './notification.repository';

// A notification belongs to its account alone: every read and change here is bound to the actor's
// own account in the actor's government, so there is no one else's bell to check access to (and
// no action in domain/shared/access.ts for it: any signed-in account reads its own).

/** How many of the newest notifications the bell shows. */
const SHOWN = 30;

/** The actor's newest notifications (invitations to surveys, reminders) and how many are unread. */
export function listNotifications(db: Db, actor: Actor) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const rows = await repo.listNotifications(tx, actor.accountId, SHOWN);
    return {
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        data: row.data,
        createdAt: new Date(row.created_at).toISOString(),
        read: row.read_at !== null,
      })),
      unread: await repo.countUnread(tx, actor.accountId),
    };
  });
}

/** Marks the actor's own notifications `ids` (or all of them) read. */
export function markRead(db: Db, actor: Actor, ids: readonly number[] | 'all'): Promise<void> {
  return withTenant(db, actor.tenantId, (tx) => repo.markRead(tx, actor.accountId, ids));
}

/**
 * Puts a notification on each account's bell, in the caller's transaction: for other features'
 * queued subscribers (the policies'), which write in their delivery's transaction.
 */
export function notifyAccounts(
  tx: Tx,
  tenantId: number,
  accountIds: readonly number[],
  kind: NotificationKind,
  data: Record<string, unknown>,
): Promise<void> {
  return repo.notify(tx, tenantId, accountIds, kind, data);
}
