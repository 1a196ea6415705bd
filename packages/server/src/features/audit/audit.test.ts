import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { appendAudit, chainedFieldsOf, entryHash, GENESIS_HASH } from './audit.repository';
import { headLines, parseAnchors, verifyAll } from './audit-anchor';
import { auditHead, verifyAuditChain } from './audit-verify';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function tenantWithEntries(count: number) {
  const tenant = await createTenant(ctx);
  // Concurrent writers must still produce one unbroken chain.
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      withTenant(ctx.db, tenant.id, (tx) =>
        appendAudit(tx, tenant.id, {
          actorAccountId: null,
          action: 'demo.loaded',
          entity: 'thing',
          entityId: i,
          data: { i, b: { z: 1, a: 2 } },
          unitPath: i % 2 === 0 ? [1, 2] : null,
          subject: i % 3 === 0 ? `Hal ${i}` : null,
        }),
      ),
    ),
  );
  return tenant;
}

/** Tampering needs a superuser: the app role cannot update the log at all. */
async function asSuperuser(statement: string) {
  const admin = new URL(inject('adminUrl'));
  admin.pathname = new URL(ctx.urls.ownerUrl).pathname;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query('alter table audit_log disable trigger audit_log_append_only');
    await client.query(statement);
    await client.query('alter table audit_log enable trigger audit_log_append_only');
  } finally {
    await client.end();
  }
}

describe('audit chain', () => {
  it('verifies an intact chain written by concurrent transactions', async () => {
    const tenant = await tenantWithEntries(20);
    expect(await verifyAuditChain(ctx.db, tenant.id)).toEqual({ ok: true, entries: 20 });
  });

  it('detects an edited entry', async () => {
    const tenant = await tenantWithEntries(5);
    await asSuperuser(`update audit_log set data = '{"i": 99}' where tenant_id = ${tenant.id} and seq = 3`);
    expect(await verifyAuditChain(ctx.db, tenant.id)).toMatchObject({ ok: false, seq: 3, reason: 'hash' });
  });

  it('covers the unit path and the name of what was touched', async () => {
    const tenant = await tenantWithEntries(4);
    await asSuperuser(`update audit_log set unit_path = '{9}' where tenant_id = ${tenant.id} and seq = 2`);
    expect(await verifyAuditChain(ctx.db, tenant.id)).toMatchObject({ ok: false, seq: 2, reason: 'hash' });
    const other = await tenantWithEntries(4);
    await asSuperuser(`update audit_log set subject = 'Lain' where tenant_id = ${other.id} and seq = 1`);
    expect(await verifyAuditChain(ctx.db, other.id)).toMatchObject({ ok: false, seq: 1, reason: 'hash' });
  });

  it('detects a removed entry', async () => {
    const tenant = await tenantWithEntries(5);
    await asSuperuser(`delete from audit_log where tenant_id = ${tenant.id} and seq = 2`);
    expect(await verifyAuditChain(ctx.db, tenant.id)).toMatchObject({ ok: false, seq: 2, reason: 'gap' });
  });

  it('still verifies entries written before unit paths and names were kept', async () => {
    const tenant = await createTenant(ctx);
    const at = new Date('2025-06-01T01:02:03.456Z').toISOString();
    // Exactly the fields (and so the hash) of an entry written before migration 0010.
    const old = {
      tenantId: tenant.id,
      seq: 1,
      at,
      actorAccountId: null,
      action: 'auth.login',
      entity: 'account',
      entityId: '7',
      data: {},
    };
    await withTenant(ctx.db, tenant.id, (tx) =>
      tx
        .insertInto('audit_log')
        .values({
          tenant_id: tenant.id,
          seq: 1,
          at,
          actor_account_id: null,
          action: old.action,
          entity: old.entity,
          entity_id: old.entityId,
          data: '{}',
          unit_path: null,
          subject: null,
          prev_hash: GENESIS_HASH,
          hash: entryHash(GENESIS_HASH, old),
        })
        .execute(),
    );
    await withTenant(ctx.db, tenant.id, (tx) =>
      appendAudit(tx, tenant.id, {
        actorAccountId: null,
        action: 'demo.loaded',
        entity: 'tenant',
        entityId: tenant.id,
      }),
    );
    expect(await verifyAuditChain(ctx.db, tenant.id)).toEqual({ ok: true, entries: 2 });
  });
});

describe('anchoring the chain outside the database', () => {
  it('prints one head line per government', async () => {
    const tenant = await tenantWithEntries(3);
    const empty = await createTenant(ctx);
    const lines = await headLines(ctx.db, [tenant, empty]);
    const head = await auditHead(ctx.db, tenant.id);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { tenant: tenant.code, seq: 3, hash: head.hash, at: head.at },
      { tenant: empty.code, seq: 0, hash: GENESIS_HASH, at: null },
    ]);
    expect(parseAnchors(`${lines.join('\n')}\n\n`)).toEqual({ anchors: lines.map((l) => JSON.parse(l)) });
    expect(parseAnchors(`${lines[0]}\nbukan json`)).toEqual({ badLine: 2 });
    expect(parseAnchors('{"tenant":"21.72","seq":1,"hash":"abc"}')).toEqual({ badLine: 1 });
  });

  it('detects entries cut off the end, which the chain alone cannot show', async () => {
    const tenant = await tenantWithEntries(6);
    const anchors = parseAnchors((await headLines(ctx.db, [tenant])).join('\n'));
    if (!('anchors' in anchors)) throw new Error('unreadable');
    await asSuperuser(`delete from audit_log where tenant_id = ${tenant.id} and seq >= 5`);
    // What remains is a valid chain in itself ...
    expect(await verifyAuditChain(ctx.db, tenant.id)).toEqual({ ok: true, entries: 4 });
    // ... but not against the head kept outside.
    const { reports } = await verifyAll(ctx.db, [tenant], anchors.anchors);
    expect(reports[0]!.report).toEqual({ ok: false, entries: 4, seq: 5, reason: 'truncated' });
  });

  it('detects a chain rewritten with fresh hashes up to an anchor', async () => {
    const tenant = await tenantWithEntries(4);
    const anchor = { tenant: tenant.code, ...(await auditHead(ctx.db, tenant.id)) };
    // The owner rewrites entry 2 and recomputes every hash after it: the chain verifies again.
    const rows = await withTenant(ctx.db, tenant.id, (tx) =>
      tx.selectFrom('audit_log').selectAll().orderBy('seq').execute(),
    );
    let prev = GENESIS_HASH;
    const statements: string[] = [];
    for (const row of rows) {
      const data = row.seq === 2 ? { i: 'dipalsukan' } : row.data;
      const hash = entryHash(prev, { ...chainedFieldsOf(row), data });
      statements.push(
        `update audit_log set data = '${JSON.stringify(data)}', prev_hash = '${prev}', hash = '${hash}' where tenant_id = ${tenant.id} and seq = ${row.seq}`,
      );
      prev = hash;
    }
    await asSuperuser(statements.join(';'));
    expect(await verifyAuditChain(ctx.db, tenant.id)).toMatchObject({ ok: true });
    const { reports } = await verifyAll(ctx.db, [tenant], [anchor]);
    expect(reports[0]!.report).toMatchObject({ ok: false, seq: 4, reason: 'anchor' });
  });

  it('reports an anchored government that is no longer in the database', async () => {
    const tenant = await tenantWithEntries(1);
    const { unknownTenants } = await verifyAll(
      ctx.db,
      [tenant],
      [{ tenant: '00.00', seq: 1, hash: 'a'.repeat(64) }],
    );
    expect(unknownTenants).toEqual(['00.00']);
  });
});
