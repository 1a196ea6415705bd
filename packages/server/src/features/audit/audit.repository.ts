import { createHash } from 'node:crypto';
import type { AuditAction } from '@jenjang/domain/shared/audit-actions';
import { sql } from 'kysely';
import { ADVISORY_LOCK } from '../../db/advisory-locks';
import type { Tx } from '../../db/database';
import { describeSubjects, subjectKey } from './audit-subject.repository';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  actorAccountId: number | null;
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  data?: Record<string, unknown>;
  /**
   * The units the entry concerns, when the writer knows better than the thing's present unit:
   * both paths of a move, or the path of something removed in the same transaction.
   */
  unitPath?: readonly number[] | null;
  /** The thing's name, when it is gone by the time of writing. */
  subject?: string | null;
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
  /** Since migration 0010; left out of the hash when absent, so older entries keep their hashes. */
  unitPath?: number[] | undefined;
  subject?: string | undefined;
}

/** Each entry's hash covers its own fields and the previous entry's hash. */
export function entryHash(prevHash: string, entry: ChainedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex');
}

/** The chained fields of a stored row, exactly as they were hashed. */
export function chainedFieldsOf(row: {
  tenant_id: number;
  seq: number;
  at: Date | string;
  actor_account_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  data: Record<string, unknown>;
  unit_path: number[] | null;
  subject: string | null;
}): ChainedFields {
  return {
    tenantId: row.tenant_id,
    seq: row.seq,
    at: new Date(row.at).toISOString(),
    actorAccountId: row.actor_account_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    data: row.data,
    unitPath: row.unit_path ?? undefined,
    subject: row.subject ?? undefined,
  };
}

/** Unit ids in order, each once: the path(s) an entry concerns. */
function uniqueIds(path: readonly number[] | null | undefined): number[] | undefined {
  if (!path || path.length === 0) return undefined;
  return [...new Set(path)];
}

/**
 * Appends to the tenant's chain. What the entry is about is looked up first (its name and unit
 * path as they are now, unless the writer gave them), outside the lock. The advisory lock then
 * serialises writers of one tenant so two concurrent transactions can never both extend the same
 * previous entry.
 */
export async function appendAudit(tx: Tx, tenantId: number, event: AuditEvent): Promise<void> {
  const entityId = event.entityId == null ? null : String(event.entityId);
  const ref = { entity: event.entity, entityId };
  const needsLookup = event.unitPath === undefined || event.subject === undefined;
  const described = needsLookup ? (await describeSubjects(tx, [ref])).get(subjectKey(ref)) : undefined;
  const unitPath = uniqueIds(event.unitPath === undefined ? described?.unitPath : event.unitPath);
  const subject = (event.subject === undefined ? described?.name : event.subject) ?? undefined;

  await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK.audit}, ${tenantId})`.execute(tx);
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
    entityId,
    data: event.data ?? {},
    unitPath,
    subject,
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
      unit_path: unitPath ?? null,
      subject: subject ?? null,
      prev_hash: prevHash,
      hash: entryHash(prevHash, fields),
    })
    .execute();
}
