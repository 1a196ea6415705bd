import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTenant, createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { appendAudit } from './audit.repository';
import { verifyAuditChain } from './audit-verify';

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
          action: 'test.event',
          entity: 'thing',
          entityId: i,
          data: { i, b: { z: 1, a: 2 } },
        }),
      ),
    ),
  );
  return tenant.id;
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
    const tenantId = await tenantWithEntries(20);
    expect(await verifyAuditChain(ctx.db, tenantId)).toEqual({ ok: true, entries: 20 });
  });

  it('detects an edited entry', async () => {
    const tenantId = await tenantWithEntries(5);
    await asSuperuser(`update audit_log set data = '{"i": 99}' where tenant_id = ${tenantId} and seq = 3`);
    expect(await verifyAuditChain(ctx.db, tenantId)).toMatchObject({ ok: false, seq: 3, reason: 'hash' });
  });

  it('detects a removed entry', async () => {
    const tenantId = await tenantWithEntries(5);
    await asSuperuser(`delete from audit_log where tenant_id = ${tenantId} and seq = 2`);
    expect(await verifyAuditChain(ctx.db, tenantId)).toMatchObject({ ok: false, seq: 2, reason: 'gap' });
  });
});
