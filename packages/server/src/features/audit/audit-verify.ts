import { type Db, withTenant } from '../../db/database';
import { chainedFieldsOf, entryHash, GENESIS_HASH } from './audit.repository';
import { chainFrom, chainHead } from './audit-log.repository';

export type ChainReport =
  | { ok: true; entries: number }
  | { ok: false; entries: number; seq: number; reason: 'hash' | 'link' | 'gap' | 'truncated' | 'anchor' };

/** An entry kept outside the database (`jenjang audit head`): its chain must still hold it, unchanged. */
export interface Anchor {
  seq: number;
  hash: string;
}

/**
 * Recomputes a tenant's chain from the first entry: an edited entry breaks its own hash, a
 * removed or reordered one breaks the next entry's link or the sequence. Entries cut off at the
 * end leave a shorter chain that is intact in itself: only an anchor taken earlier shows it
 * ('truncated': the anchored entry is gone; 'anchor': it is there with another hash, so the chain
 * up to it was rewritten).
 */
export async function verifyAuditChain(
  db: Db,
  tenantId: number,
  anchors: readonly Anchor[] = [],
): Promise<ChainReport> {
  const expected = new Map(anchors.map((a) => [a.seq, a.hash]));
  return withTenant(db, tenantId, async (tx) => {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let entries = 0;
    const pageSize = 5_000;
    for (;;) {
      const rows = await chainFrom(tx, expectedSeq, pageSize);
      for (const row of rows) {
        if (row.seq !== expectedSeq) return { ok: false, entries, seq: expectedSeq, reason: 'gap' };
        if (row.prev_hash !== prevHash) return { ok: false, entries, seq: row.seq, reason: 'link' };
        const hash = entryHash(prevHash, chainedFieldsOf(row));
        if (hash !== row.hash) return { ok: false, entries, seq: row.seq, reason: 'hash' };
        const anchored = expected.get(row.seq);
        if (anchored !== undefined && anchored !== row.hash) {
          return { ok: false, entries, seq: row.seq, reason: 'anchor' };
        }
        prevHash = row.hash;
        expectedSeq++;
        entries++;
      }
      if (rows.length < pageSize) break;
    }
    const furthest = Math.max(0, ...expected.keys());
    if (furthest > entries) return { ok: false, entries, seq: entries + 1, reason: 'truncated' };
    return { ok: true, entries };
  });
}

/** The newest entry of a tenant's chain: seq 0 and the genesis hash while it is empty. */
export function auditHead(db: Db, tenantId: number) {
  return withTenant(db, tenantId, chainHead);
}
