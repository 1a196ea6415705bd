import { z } from 'zod';
import type { Db } from '../../db/database';
import { type Anchor, auditHead, type ChainReport, verifyAuditChain } from './audit-verify';

// Anchors: heads of the chains kept outside the database. Whoever owns the database can cut
// entries off the end (the rest still verifies) or rewrite a whole chain with fresh hashes; only a
// head recorded earlier, elsewhere, shows either. `jenjang audit head` prints one JSON line per
// government (`--out FILE` appends them); a file of such lines, appended to over time, is what
// `audit verify --anchor` reads.

export const AnchorLine = z.object({
  tenant: z.string().min(1),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().nullable().optional(),
});
export type AnchorLine = z.infer<typeof AnchorLine>;

interface Tenant {
  id: number;
  code: string;
}

/** One JSON line per government: {"tenant":"21.72","seq":120,"hash":"…","at":"…"}. */
export async function headLines(db: Db, tenants: readonly Tenant[]): Promise<string[]> {
  const lines: string[] = [];
  for (const tenant of tenants) {
    const head = await auditHead(db, tenant.id);
    lines.push(JSON.stringify({ tenant: tenant.code, ...head }));
  }
  return lines;
}

/**
 * Reads an anchor file; blank lines (and a byte-order mark an editor added) are skipped, anything
 * else unreadable names its line: a file that holds more than anchors is not trusted as one.
 */
export function parseAnchors(text: string): { anchors: AnchorLine[] } | { badLine: number } {
  const anchors: AnchorLine[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { badLine: index + 1 };
    }
    const anchor = AnchorLine.safeParse(parsed);
    if (!anchor.success) return { badLine: index + 1 };
    anchors.push(anchor.data);
  }
  return { anchors };
}

export type TenantReport = { tenant: Tenant & { name: string }; report: ChainReport; anchored: number };

/**
 * Verifies every government's chain, each against the anchors that name it. An anchor naming a
 * government the database no longer has is reported too: a removed government is also a change.
 */
export async function verifyAll(
  db: Db,
  tenants: readonly (Tenant & { name: string })[],
  anchors: readonly AnchorLine[] = [],
): Promise<{ reports: TenantReport[]; unknownTenants: string[] }> {
  const byTenant = new Map<string, Anchor[]>();
  for (const anchor of anchors) {
    byTenant.set(anchor.tenant, [
      ...(byTenant.get(anchor.tenant) ?? []),
      { seq: anchor.seq, hash: anchor.hash },
    ]);
  }
  const reports: TenantReport[] = [];
  for (const tenant of tenants) {
    const mine = byTenant.get(tenant.code) ?? [];
    byTenant.delete(tenant.code);
    reports.push({
      tenant,
      report: await verifyAuditChain(db, tenant.id, mine),
      anchored: Math.max(0, ...mine.map((a) => a.seq)),
    });
  }
  return { reports, unknownTenants: [...byTenant.keys()] };
}
