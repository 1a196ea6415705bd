import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  actorAccountId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  data?: Record<string, unknown>;
}

/** JSON with keys sorted at every level, so the hash does not depend on jsonb's key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface ChainedFields {
  tenantId: number;
  seq: number;
  at: string;
  actorAccountId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  data: Record<string, unknown>;
}

/** Each entry's hash covers its own fields and the previous entry's hash. */
export function entryHash(prevHash: string, entry: ChainedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex');
}

/**
 * Appends to the tenant's chain. The advisory lock serialises writers of one tenant so
 * two concurrent transactions can never both extend the same previous entry.
 */
export async function appendAudit(tx: Tx, tenantId: number, event: AuditEvent): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK}, ${tenantId})`.execute(tx);
  const last = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('tenant_id', '=', tenantId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields: ChainedFields = {
    tenantId,
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actorAccountId: event.actorAccountId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId == null ? null : String(event.entityId),
    data: event.data ?? {},
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx
    .insertInto('audit_log')
    .values({
      tenant_id: tenantId,
      seq: fields.seq,
      at: fields.at,
      actor_account_id: fields.actorAccountId,
      action: fields.action,
      entity: fields.entity,
      entity_id: fields.entityId,
      data: JSON.stringify(fields.data),
      prev_hash: prevHash,
      hash: entryHash(prevHash, fields),
    })
    .execute();
}

const AUDIT_LOCK = 41_001;
