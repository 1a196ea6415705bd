import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { createGovernment, parseTenantOptions } from '../cli/tenant-command';
import { ensureDemoData } from './demo-data';

// The demo loader: its governments say they are demo, one national viewer reads across all of
// them from the national tenant (none inside a government), and a real government that holds one
// of the demo codes is left alone.

let ctx: TestContext;
let owner: pg.Client;
const logged: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext({ demoData: true });
  owner = new pg.Client({ connectionString: ctx.urls.ownerUrl });
  await owner.connect();
  // A real Kota Tanjungpinang set up before anyone loaded the demo on this database.
  await createGovernment(
    ctx,
    parseTenantOptions({ code: '21.72', name: 'Kota Tanjungpinang', type: 'kota' }),
  );
  await ensureDemoData(ctx, (message) => logged.push(message), { scale: 0.01 });
}, 240_000);
afterAll(async () => {
  await owner.end();
  await ctx.close();
});

/** The policies of each government, by name, read as the owner tenant by tenant. */
async function policiesByGovernment() {
  const tenants = (await owner.query('select id, name from tenant order by id')).rows;
  const found: Record<string, number> = {};
  for (const tenant of tenants) {
    await owner.query('begin');
    await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(tenant.id)]);
    const { count } = (await owner.query('select count(*)::int as count from policy')).rows[0];
    await owner.query('rollback');
    if (count > 0) found[tenant.name] = count;
  }
  return found;
}

/** Every tenant's accounts of one role, read as the owner tenant by tenant (row-level security). */
async function accountsWithRole(role: string) {
  const tenants = (await owner.query('select id, kind, name from tenant order by id')).rows;
  const found: { tenant: string; kind: string; username: string }[] = [];
  for (const tenant of tenants) {
    await owner.query('begin');
    await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(tenant.id)]);
    const rows = (await owner.query('select username from account where role = $1', [role])).rows;
    await owner.query('rollback');
    for (const row of rows) found.push({ tenant: tenant.name, kind: tenant.kind, username: row.username });
  }
  return found;
}

/** Per demo government: positions without a standard, assessments, Jakarta-style IT talents (T.TIK ≥ 4 beyond the post). */
async function competencyMaps() {
  const tenants = (
    await owner.query(`select id, name from tenant where demo and kind <> 'nasional' order by id`)
  ).rows;
  const found: Record<string, { unstandardised: number; assessments: number; itTalents: number }> = {};
  for (const tenant of tenants) {
    await owner.query('begin');
    await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(tenant.id)]);
    const { rows } = await owner.query(`select
      (select count(*) from position p where not exists (select 1 from position_competency pc where pc.position_id = p.id))::int as unstandardised,
      (select count(*) from competency_assessment)::int as assessments,
      (select count(*) from competency_current cur join competency c on c.id = cur.competency_id
        join employee e on e.id = cur.employee_id
        where c.code = 'T.TIK' and cur.level >= 4
          and not exists (select 1 from position_competency pc where pc.position_id = e.position_id and pc.competency_id = c.id))::int as "itTalents"`);
    await owner.query('rollback');
    found[tenant.name] = rows[0];
  }
  return found;
}

/**
 * Per demo government with programs: how many programs and applications, how many programs carry
 * out no policy, and how many batches seat more than their capacity or other than their selected.
 */
async function programsByGovernment() {
  const tenants = (
    await owner.query(`select id, name from tenant where demo and kind <> 'nasional' order by id`)
  ).rows;
  const found: Record<
    string,
    { programs: number; applications: number; withoutPolicy: number; overbooked: number }
  > = {};
  for (const tenant of tenants) {
    await owner.query('begin');
    await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(tenant.id)]);
    const { rows } = await owner.query(`select
      (select count(*) from program)::int as programs,
      (select count(*) from program_application)::int as applications,
      (select count(*) from program where policy_id is null)::int as "withoutPolicy",
      (select count(*) from program_batch b where b.taken > b.capacity or b.taken <> (select count(*)
        from program_application a where a.batch_id = b.id and a.state = 'selected'))::int as overbooked`);
    await owner.query('rollback');
    if (rows[0].programs > 0) found[tenant.name] = rows[0];
  }
  return found;
}

describe('the demo loader', () => {
  it('maps each demo government’s competencies: a standard for every position, an assessment round, Jakarta’s IT talents', async () => {
    const maps = await competencyMaps();
    expect(Object.keys(maps).length).toBeGreaterThanOrEqual(4);
    for (const [name, map] of Object.entries(maps)) {
      expect(map.unstandardised, name).toBe(0);
      expect(map.assessments, name).toBeGreaterThan(0);
      expect(map.itTalents, name).toBe(name === 'Provinsi DKI Jakarta' ? map.itTalents : 0);
    }
    expect(maps['Provinsi DKI Jakarta']!.itTalents).toBeGreaterThan(0);
  });

  it('makes one national viewer, in the national tenant, and none inside a government', async () => {
    expect(await accountsWithRole('nasional')).toEqual([
      { tenant: 'Nasional', kind: 'nasional', username: 'nasional' },
    ]);
  });

  it('marks its governments demo and leaves a real government with a demo code alone', async () => {
    const tenants = (await owner.query('select code, name, demo from tenant order by code')).rows;
    expect(tenants).toEqual([
      { code: '12.74', name: 'Kota Tanjungbalai', demo: true },
      { code: '12.79', name: 'Kota Belawan', demo: true },
      { code: '21.72', name: 'Kota Tanjungpinang', demo: false },
      { code: '31', name: 'Provinsi DKI Jakarta', demo: true },
      { code: '61.71', name: 'Kota Pontianak', demo: true },
      { code: 'nasional', name: 'Nasional', demo: true },
    ]);
    const admins = (await accountsWithRole('admin')).filter((a) => a.tenant === 'Kota Tanjungpinang');
    expect(admins.map((a) => a.username)).toEqual(['admin.kota-tanjungpinang']);
  });

  it("tells each demo government's policies once: a second start adds none", async () => {
    const loaded = {
      'Kota Tanjungbalai': 1,
      'Kota Belawan': 1,
      'Provinsi DKI Jakarta': 1,
      'Kota Pontianak': 1,
    };
    expect(await policiesByGovernment()).toEqual(loaded);
    expect(logged.filter((line) => line.startsWith('loading demo policies'))).toHaveLength(4);
    const again: string[] = [];
    await ensureDemoData(ctx, (message) => again.push(message), { scale: 0.01 });
    expect(again.filter((line) => line.startsWith('loading demo'))).toEqual([]);
    expect(await policiesByGovernment()).toEqual(loaded);
  });

  it("runs each demo government's programs once, each for its policy, no batch over its seats", async () => {
    const loaded = await programsByGovernment();
    expect(Object.keys(loaded).sort()).toEqual([
      'Kota Belawan',
      'Kota Pontianak',
      'Kota Tanjungbalai',
      'Provinsi DKI Jakarta',
    ]);
    for (const [name, programs] of Object.entries(loaded)) {
      expect(programs.applications, name).toBeGreaterThan(0);
      expect(programs.withoutPolicy, name).toBe(0);
      expect(programs.overbooked, name).toBe(0);
    }
    expect(logged.filter((line) => line.startsWith('loading demo programs'))).toHaveLength(4);
    const again: string[] = [];
    await ensureDemoData(ctx, (message) => again.push(message), { scale: 0.01 });
    expect(again.filter((line) => line.startsWith('loading demo'))).toEqual([]);
    expect(await programsByGovernment()).toEqual(loaded);
  });
});
