import type { ListScope } from '@jenjang/domain/shared/access';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { Database } from '../../db/schema';
import { GENESIS_HASH } from './audit.repository';

// Reading the audit log: pages for the screen, batches for the export, the chain and its head.

export interface AuditFilters {
  actor?: number | undefined;
  /** An action, or a group of them ('account' matches 'account.created', 'account.disabled', …). */
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** Instants: from inclusive, until exclusive. */
  from?: Date | undefined;
  until?: Date | undefined;
}

type Eb = ExpressionBuilder<Database & { l: Database['audit_log'] }, 'l'>;

/** The WHERE clause shared by the page, its total and the export, including the reader's reach. */
function where(eb: Eb, scope: ListScope, filters: AuditFilters, maxSeq?: number) {
  const conditions = [];
  // A unit-scoped reader sees the history of what lies in its subtree (migration 0010).
  if (scope.kind === 'unit') conditions.push(sql<boolean>`l.unit_path @> array[${scope.unitId}]::bigint[]`);
  else if (scope.kind !== 'tenant') conditions.push(sql<boolean>`false`);
  if (filters.actor !== undefined) conditions.push(eb('l.actor_account_id', '=', filters.actor));
  if (filters.action !== undefined) {
    conditions.push(
      eb.or([
        eb('l.action', '=', filters.action),
        eb('l.action', 'like', `${filters.action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`),
      ]),
    );
  }
  if (filters.entity !== undefined) conditions.push(eb('l.entity', '=', filters.entity));
  if (filters.entityId !== undefined) conditions.push(eb('l.entity_id', '=', filters.entityId));
  if (filters.from !== undefined) conditions.push(eb('l.at', '>=', filters.from));
  if (filters.until !== undefined) conditions.push(eb('l.at', '<', filters.until));
  if (maxSeq !== undefined) conditions.push(eb('l.seq', '<=', maxSeq));
  return eb.and(conditions);
}

function entries(tx: Tx) {
  return tx
    .selectFrom('audit_log as l')
    .leftJoin('account as a', 'a.id', 'l.actor_account_id')
    .select([
      'l.seq',
      'l.at',
      'l.actor_account_id',
      'a.display_name as actor_name',
      'a.username as actor_username',
      'l.action',
      'l.entity',
      'l.entity_id',
      'l.subject',
      'l.data',
      'l.hash',
    ]);
}

export type AuditRow = Awaited<ReturnType<ReturnType<typeof entries>['execute']>>[number];

export async function listEntries(
  tx: Tx,
  scope: ListScope,
  filters: AuditFilters,
  page: { page: number; pageSize: number },
) {
  const rows = await entries(tx)
    .where((eb) => where(eb as unknown as Eb, scope, filters))
    .orderBy('l.seq', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const total = await countEntries(tx, scope, filters);
  return { rows, total };
}

export async function countEntries(tx: Tx, scope: ListScope, filters: AuditFilters, maxSeq?: number) {
  const row = await tx
    .selectFrom('audit_log as l')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where((eb) => where(eb as unknown as Eb, scope, filters, maxSeq))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The next batch of an export, newest first, below `beforeSeq` and never past the head it began at. */
export async function entriesBefore(
  tx: Tx,
  scope: ListScope,
  filters: AuditFilters,
  beforeSeq: number,
  limit: number,
) {
  return entries(tx)
    .where((eb) => where(eb as unknown as Eb, scope, filters, beforeSeq - 1))
    .orderBy('l.seq', 'desc')
    .limit(limit)
    .execute();
}

/** Whole entries from `fromSeq` on, oldest first: the chain as it is stored, for its verification. */
export function chainFrom(tx: Tx, fromSeq: number, limit: number) {
  return tx
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>=', fromSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** The newest entry of the tenant's chain: seq 0 and the genesis hash while it is empty. */
export async function chainHead(tx: Tx) {
  const row = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash', 'at'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? { seq: row.seq, hash: row.hash, at: new Date(row.at).toISOString() }
    : { seq: 0, hash: GENESIS_HASH, at: null };
}

export async function tenantOf(tx: Tx, tenantId: number) {
  return tx
    .selectFrom('tenant')
    .select(['code', 'name', 'time_zone'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
}
