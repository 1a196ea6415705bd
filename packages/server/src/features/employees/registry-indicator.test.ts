import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';
import { takeSnapshot } from './registry-snapshot';

// The registry's figures as a policy's indicators: the share of PPPK among active employees and
// their number, of the government or a unit with those under it; month by month from the monthly
// snapshots the sweep takes, then today's figure, provisional.

const clock = new TestClock('2026-01-05T01:00:00Z');
let ctx: TestContext;
let tenantId: number;
let otherUnitId: number;
let admin: TestApi;
let policyId: number;
let dinas: { id: number; path: number[] };
let bidang: { id: number; path: number[] };
let switched: number;

async function employee(type: 'PNS' | 'PPPK', unitId: number | null, status: 'aktif' | 'nonaktif' = 'aktif') {
  const row = await buildEmployee(ctx, tenantId, { unitId });
  await withTenant(ctx.db, tenantId, (tx) =>
    tx.updateTable('employee').set({ employee_type: type, status }).where('id', '=', row.id).execute(),
  );
  return row.id;
}

const indicator = (source: string, unitId: number | null, target = 0.3) => ({
  name: 'Proporsi PPPK',
  params: { source, unitId },
  direction: 'up',
  baseline: null,
  target,
});

beforeAll(async () => {
  ctx = await createTestContext({}, { clock });
  tenantId = (await createTenant(ctx)).id;
  const other = await createTenant(ctx);
  otherUnitId = (await createUnit(ctx, other.id, 'Dinas Lain')).id;
  dinas = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  bidang = await createUnit(ctx, tenantId, 'Bidang SMP', dinas);
  const rs = await createUnit(ctx, tenantId, 'RSUD');
  // Dinas Pendidikan and its Bidang: 3 PNS and 1 PPPK; RSUD: 2 PPPK; one PPPK no longer active.
  await employee('PNS', dinas.id);
  await employee('PNS', bidang.id);
  switched = await employee('PNS', bidang.id);
  await employee('PPPK', bidang.id);
  await employee('PPPK', rs.id);
  await employee('PPPK', rs.id);
  await employee('PPPK', rs.id, 'nonaktif');
  admin = await apiAs(ctx, 'admin', tenantId);
  policyId = (
    await admin.post(
      '/api/v1/policies',
      policyBody({ title: 'Kebijakan PPPK', purpose: 'Uji indikator registri.' }),
    )
  ).json().id;
});
afterAll(() => ctx.close());

describe('registry indicators', () => {
  it('computes the share of PPPK and the head count now, of the government and of a unit’s subtree', async () => {
    const whole = await admin.post(
      `/api/v1/policies/${policyId}/indicators`,
      indicator('registry.pppkShare', null),
    );
    expect(whole.statusCode, whole.body).toBe(200);
    expect(whole.json()).toMatchObject({
      latest: 0.5,
      met: true,
      sourceLabel: 'Proporsi PPPK di antara pegawai aktif (seluruh pemerintah daerah), per bulan',
      points: [{ label: 'Saat ini', value: 0.5, provisional: true }],
    });
    const unit = await admin.post(
      `/api/v1/policies/${policyId}/indicators`,
      indicator('registry.pppkShare', dinas.id),
    );
    expect(unit.json()).toMatchObject({
      latest: 0.25,
      met: false,
      sourceLabel: expect.stringContaining('Dinas Pendidikan'),
    });
    const heads = await admin.post(
      `/api/v1/policies/${policyId}/indicators`,
      indicator('registry.headCount', bidang.id, 3),
    );
    expect(heads.json()).toMatchObject({ latest: 3, met: true });
  });

  it('refuses a unit of another government, and stores nothing', async () => {
    const before = (await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items.length;
    const refused = await admin.post(
      `/api/v1/policies/${policyId}/indicators`,
      indicator('registry.pppkShare', otherUnitId),
      { locale: 'en' },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toBe("The indicator's unit was not found in this government.");
    expect((await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items).toHaveLength(before);
  });

  it('keeps each month’s figure from the snapshot the sweep took then', async () => {
    await ctx.schedules.runDue();
    // Once a month: a second sweep of the same month counts nothing again.
    await ctx.schedules.runDue();
    await Promise.all([
      withTenant(ctx.db, tenantId, (tx) => takeSnapshot(tx, tenantId, clock.now())),
      withTenant(ctx.db, tenantId, (tx) => takeSnapshot(tx, tenantId, clock.now())),
    ]);
    const rows = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('registry_snapshot').selectAll().orderBy('unit_id').execute(),
    );
    expect(rows.map((r) => [r.month, r.unit_id, r.active, r.pppk])).toEqual([
      ['2026-01-01', dinas.id, 1, 0],
      ['2026-01-01', bidang.id, 3, 1],
      ['2026-01-01', expect.any(Number), 2, 2],
    ]);
    expect(rows[1]!.unit_path).toEqual(bidang.path);

    // A PNS becomes PPPK in January; February's snapshot counts it.
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('employee').set({ employee_type: 'PPPK' }).where('id', '=', switched).execute(),
    );
    clock.set('2026-02-01T01:00:00Z');
    await ctx.schedules.runDue();
    // The session of January has expired by February's clock.
    admin = await apiAs(ctx, 'admin', tenantId);
    const list = (await admin.get(`/api/v1/policies/${policyId}/indicators`)).json();
    const whole = list.items.find(
      (i: { params: { unitId: number | null; source: string } }) =>
        i.params.source === 'registry.pppkShare' && i.params.unitId === null,
    );
    expect(whole.points).toEqual([
      {
        at: '2026-01-05T01:00:00.000Z',
        since: '2026-01-05T01:00:00.000Z',
        label: 'Jan 2026',
        value: 0.5,
        provisional: false,
      },
      {
        at: '2026-02-01T01:00:00.000Z',
        since: '2026-02-01T01:00:00.000Z',
        label: 'Feb 2026',
        value: 4 / 6,
        provisional: false,
      },
      expect.objectContaining({ label: 'Saat ini', value: 4 / 6, provisional: true }),
    ]);
    const unit = list.items.find((i: { params: { unitId: number | null } }) => i.params.unitId === dinas.id);
    expect(unit.points.map((p: { value: number }) => p.value)).toEqual([0.25, 0.5, 0.5]);
  });
});
