import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';

let ctx: TestContext;
let owner: pg.Client;

beforeAll(async () => {
  ctx = await createTestContext();
  owner = new pg.Client({ connectionString: ctx.urls.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await ctx.close();
});

/** What the migrations left in the catalogue, read as the schema owner. */
async function rows<T>(query: string): Promise<T[]> {
  return (await owner.query(query)).rows as T[];
}

/** Tables holding a tenant_id: each government's rows (the tenant table itself is a reference table). */
const TENANT_TABLES = `with tenant_tables as (
  select c.oid, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p')
    and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped))`;

describe('the catalogue', () => {
  it('lets no SECURITY DEFINER function be executed by PUBLIC', async () => {
    const open = await rows<{ name: string }>(`
      select p.oid::regprocedure::text as name from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.prosecdef and has_function_privilege('public', p.oid, 'execute')`);
    expect(open.map((f) => f.name)).toEqual([]);
  });

  it('gives every SECURITY DEFINER function a search_path that searches the temporary schema last', async () => {
    // Without pg_temp at the end, a caller's temporary view could stand in for a table (0016).
    const loose = await rows<{ name: string; config: string[] | null }>(`
      select p.oid::regprocedure::text as name, p.proconfig as config from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.prosecdef`);
    expect(loose.length).toBeGreaterThan(5);
    const wrong = loose.filter((f) => !(f.config ?? []).includes('search_path=pg_catalog, public, pg_temp'));
    expect(wrong.map((f) => f.name)).toEqual([]);
  });

  it('lets the app role create nothing in the schema', async () => {
    const [privilege] = await rows<{ create: boolean }>(
      `select has_schema_privilege('jenjang_app', 'public', 'create') as create`,
    );
    expect(privilege?.create).toBe(false);
  });

  it('enables and forces row-level security on every table with a tenant_id', async () => {
    const tables = await rows<{ name: string; enabled: boolean; forced: boolean }>(`
      select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
      order by 1`);
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.filter((t) => !t.enabled || !t.forced).map((t) => t.name)).toEqual([]);
  });

  it('gives every tenant table the tenant_isolation policy on tenant_id', async () => {
    const missing = await rows<{ name: string }>(`
      ${TENANT_TABLES}
      select t.relname as name from tenant_tables t
      where not exists (select 1 from pg_policy p where p.polrelid = t.oid and p.polname = 'tenant_isolation'
        and pg_get_expr(p.polqual, p.polrelid) = '(tenant_id = current_tenant_id())'
        and pg_get_expr(p.polwithcheck, p.polrelid) = '(tenant_id = current_tenant_id())')
      order by 1`);
    expect(missing.map((t) => t.name)).toEqual([]);
  });

  it('sets a new tenant table up with jenjang_tenant_table: forced row-level security, policy, grants', async () => {
    await owner.query('begin');
    try {
      await owner.query('create table helper_probe (tenant_id int not null, note text)');
      await owner.query(`select jenjang_tenant_table('helper_probe', 'select, insert')`);
      const [probe] = await rows<{ enabled: boolean; forced: boolean; select: boolean; update: boolean }>(`
        select relrowsecurity as enabled, relforcerowsecurity as forced,
               has_table_privilege('jenjang_app', oid, 'select') as select,
               has_table_privilege('jenjang_app', oid, 'update') as update
        from pg_class where oid = 'helper_probe'::regclass`);
      expect(probe).toEqual({ enabled: true, forced: true, select: true, update: false });
      await owner.query('savepoint refused');
      await owner.query('create table helper_probe_global (note text)');
      await expect(owner.query(`select jenjang_tenant_table('helper_probe_global')`)).rejects.toThrow(
        /has no tenant_id column/,
      );
      await owner.query('rollback to savepoint refused');
      await expect(
        owner.query(`select jenjang_tenant_table('helper_probe', 'all; drop table x')`),
      ).rejects.toThrow(/must be a list of select, insert, update, delete/);
    } finally {
      await owner.query('rollback');
    }
  });

  it('refuses a role outside Jenjang that calls the password lookup', async () => {
    const role = `outsider_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: (await import('vitest')).inject('adminUrl') });
    await admin.connect();
    try {
      await admin.query(`create role ${role} login password 'outsider'`);
      const database = new URL(ctx.urls.ownerUrl).pathname.slice(1);
      await admin.query(`grant connect on database ${admin.escapeIdentifier(database)} to ${role}`);
      const url = new URL(ctx.urls.ownerUrl);
      url.username = role;
      url.password = 'outsider';
      const outsider = new pg.Client({ connectionString: url.toString() });
      await outsider.connect();
      try {
        await expect(outsider.query(`select * from auth_find_login('admin')`)).rejects.toThrow(
          /permission denied/,
        );
      } finally {
        await outsider.end();
      }
    } finally {
      await admin.query(`drop owned by ${role}`).catch(() => {});
      await admin.query(`drop role if exists ${role}`);
      await admin.end();
    }
  });

  it('keeps a temporary view of the app role from standing in for a table inside a definer function', async () => {
    await createTenant(ctx);
    const seen = await ctx.db.transaction().execute(async (tx) => {
      await sql`create temp table seen_as (who text) on commit drop`.execute(tx);
      await sql`create function pg_temp.spy() returns boolean language plpgsql volatile as
        $$ begin insert into pg_temp.seen_as values (current_user); return true; end $$`.execute(tx);
      await sql`create temp view tenant with (security_invoker = true) as
        select t.* from public.tenant t where pg_temp.spy()`.execute(tx);
      await sql`grant select on pg_temp.tenant to public`.execute(tx);
      await sql`grant insert on pg_temp.seen_as to public`.execute(tx);
      await sql`select * from national_governments()`.execute(tx);
      return (await sql<{ who: string }>`select who from pg_temp.seen_as`.execute(tx)).rows;
    });
    expect(seen).toEqual([]);
  });

  it('still lets the app role sign people in', async () => {
    await expect(sql`select * from auth_find_login('nobody')`.execute(ctx.db)).resolves.toBeDefined();
  });
});

/**
 * Citus distributes a table by one column and requires each primary key and unique constraint to
 * include it, and a foreign key between two distributed tables to join on it. Jenjang distributes
 * tenant tables by tenant_id (docs/operations.md, "Scale path"); tenant and other tables without a
 * tenant_id become reference tables, which any table may reference by their plain key.
 */
describe('distribution by tenant_id', () => {
  /**
   * Keys unique across governments, looked up before any tenant is known (the sign-in name, a
   * public survey link). On Citus they move to a directory table distributed by the name.
   */
  const GLOBAL_KEYS = ['account_username', 'survey_public_code_key'];

  it('puts tenant_id into every primary key and unique index of a tenant table', async () => {
    const keys = await rows<{ name: string }>(`
      ${TENANT_TABLES}
      select i.indexrelid::regclass::text as name from tenant_tables t join pg_index i on i.indrelid = t.oid
      where i.indisunique and not exists (
        select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'tenant_id' and a.attnum = any(i.indkey))
      order by 1`);
    expect(keys.map((k) => k.name)).toEqual(GLOBAL_KEYS);
  });

  it('joins every foreign key between tenant tables on tenant_id', async () => {
    const keys = await rows<{ name: string; definition: string }>(`
      ${TENANT_TABLES}
      select k.conrelid::regclass || '.' || k.conname as name, pg_get_constraintdef(k.oid) as definition
      from pg_constraint k
      where k.contype = 'f' and k.conrelid in (select oid from tenant_tables)
        and k.confrelid in (select oid from tenant_tables)
        and not coalesce(
          array_position(k.conkey, (select attnum from pg_attribute where attrelid = k.conrelid and attname = 'tenant_id'))
          = array_position(k.confkey, (select attnum from pg_attribute where attrelid = k.confrelid and attname = 'tenant_id')),
          false)
      order by 1`);
    expect(keys).toEqual([]);
    const [checked] = await rows<{ count: number }>(`
      ${TENANT_TABLES}
      select count(*)::int from pg_constraint k where k.contype = 'f'
        and k.conrelid in (select oid from tenant_tables) and k.confrelid in (select oid from tenant_tables)`);
    expect(checked?.count).toBeGreaterThan(25);
  });
});
