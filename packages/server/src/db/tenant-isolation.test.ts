import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories/account.factory';
import { buildEmployee } from '../../test/factories/employee.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { withTenant } from './database';

let ctx: TestContext;
let jakarta: number;
let pontianak: number;
let pontianakAdmin: number;

beforeAll(async () => {
  ctx = await createTestContext();
  jakarta = (await createTenant(ctx, { name: 'Provinsi DKI Jakarta (uji)' })).id;
  pontianak = (await createTenant(ctx, { name: 'Kota Pontianak (uji)' })).id;
  await buildEmployee(ctx, jakarta, { name: 'Pegawai Jakarta' });
  await buildEmployee(ctx, pontianak, { name: 'Pegawai Pontianak' });
  pontianakAdmin = (await createAccount(ctx, pontianak, 'admin')).id;
});
afterAll(() => ctx.close());

const TENANT_TABLES = [
  'unit',
  'position',
  'employee',
  'account',
  'session',
  'audit_log',
  'job',
  'import_issue',
];

describe('row-level security', () => {
  it('returns nothing, not every tenant, to a query that forgets its tenant filter', async () => {
    for (const table of TENANT_TABLES) {
      const rows = await sql`select * from ${sql.table(table)}`.execute(ctx.db);
      expect(rows.rows, table).toHaveLength(0);
    }
  });

  it("shows only the current tenant's rows even without a WHERE on tenant_id", async () => {
    const names = await withTenant(ctx.db, jakarta, (tx) =>
      tx.selectFrom('employee').select('name').execute(),
    );
    expect(names.map((n) => n.name)).toEqual(['Pegawai Jakarta']);
  });

  it("refuses to write a row into another tenant's data", async () => {
    await expect(
      withTenant(ctx.db, jakarta, (tx) =>
        tx
          .updateTable('employee')
          .set({ tenant_id: pontianak })
          .where('name', '=', 'Pegawai Jakarta')
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const changed = await withTenant(ctx.db, jakarta, (tx) =>
      tx
        .updateTable('employee')
        .set({ status: 'nonaktif' })
        .where('name', '=', 'Pegawai Pontianak')
        .executeTakeFirst(),
    );
    expect(Number(changed.numUpdatedRows)).toBe(0);
  });

  it("refuses a row that points at another tenant's row (foreign keys join on tenant_id)", async () => {
    await expect(
      withTenant(ctx.db, jakarta, (tx) =>
        tx
          .insertInto('notification')
          .values({ tenant_id: jakarta, account_id: pontianakAdmin, kind: 'survey.invitation', data: '{}' })
          .execute(),
      ),
    ).rejects.toThrow(/notification_account_id_fkey/);
  });

  it('finds names through the indexed search function only within the current tenant', async () => {
    const own = await withTenant(ctx.db, jakarta, (tx) =>
      sql<{ id: number }>`select employee_ids_by_name('%Pegawai%') as id`.execute(tx),
    );
    expect(own.rows).toHaveLength(1);
    const none = await sql`select employee_ids_by_name('%Pegawai%')`.execute(ctx.db);
    expect(none.rows).toHaveLength(0);
  });

  it('connects as a role that owns no table and cannot bypass row-level security', async () => {
    const role = await sql<{ rolbypassrls: boolean; rolsuper: boolean; owns: number }>`
      select r.rolbypassrls, r.rolsuper,
             (select count(*)::int from pg_tables t where t.schemaname = 'public' and t.tableowner = current_user) as owns
      from pg_roles r where r.rolname = current_user`.execute(ctx.db);
    expect(role.rows[0]).toEqual({ rolbypassrls: false, rolsuper: false, owns: 0 });
  });

  it('keeps the table owner out too (FORCE row level security)', async () => {
    const owner = new pg.Client({ connectionString: ctx.urls.ownerUrl });
    await owner.connect();
    try {
      const rows = await owner.query('select * from employee');
      expect(rows.rowCount).toBe(0);
    } finally {
      await owner.end();
    }
  });

  it('keeps the audit log append-only', async () => {
    await withTenant(ctx.db, jakarta, async (tx) => {
      const { appendAudit } = await import('../features/audit/audit.repository');
      await appendAudit(tx, jakarta, { actorAccountId: null, action: 'demo.loaded', entity: 'test' });
    });
    await expect(
      withTenant(ctx.db, jakarta, (tx) => tx.updateTable('audit_log').set({ action: 'forged' }).execute()),
    ).rejects.toThrow();
    await expect(withTenant(ctx.db, jakarta, (tx) => tx.deleteFrom('audit_log').execute())).rejects.toThrow();
  });
});
