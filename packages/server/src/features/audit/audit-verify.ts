import { type Db, withTenant } from '../../db/database';
import { entryHash, GENESIS_HASH } from './audit.repository';

export type ChainReport =
  | { ok: true; entries: number }
  | { ok: false; entries: number; seq: number; reason: 'hash' | 'link' | 'gap' };

/**
 * Recomputes a tenant's chain from the first entry: an edited entry breaks its own hash,
 * a removed or reordered one breaks the next entry's link or the sequence.
 */
export async function verifyAuditChain(db: Db, tenantId: number): Promise<ChainReport> {
  return withTenant(db, tenantId, async (tx) => {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let entries = 0;
    const pageSize = 5_000;
    for (;;) {
      const rows = await tx
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>=', expectedSeq)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      for (const row of rows) {
        if (row.seq !== expectedSeq) return { ok: false, entries, seq: expectedSeq, reason: 'gap' };
        if (row.prev_hash !== prevHash) return { ok: false, entries, seq: row.seq, reason: 'link' };
        const hash = entryHash(prevHash, {
          tenantId: row.tenant_id,
          seq: row.seq,
          at: new Date(row.at).toISOString(),
          actorAccountId: row.actor_account_id,
          action: row.action,
          entity: row.entity,
          entityId: row.entity_id,
          data: row.data,
        });
        if (hash !== row.hash) return { ok: false, entries, seq: row.seq, reason: 'hash' };
        prevHash = row.hash;
        expectedSeq++;
        entries++;
      }
      if (rows.length < pageSize) return { ok: true, entries };
    }
  });
}
