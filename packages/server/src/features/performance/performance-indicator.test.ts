import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// The annual predikat as a policy's indicator: per appraisal year, the share at least Baik among
// the annual appraisals of the employees active today, of the government or of a unit with the
// units under it; a year still being appraised is provisional. Years are counted back from the
// real today: indicators read the database's clock.

const THIS_YEAR = Number(calendarDateIn(new Date(), 'Asia/Jakarta').slice(0, 4));
const Y1 = THIS_YEAR - 1;
const Y2 = THIS_YEAR - 2;

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let policyId: number;
let dinasId: number;
let otherUnitId: number;

const RATINGS: Record<string, [string, string]> = {
  sangat_baik: ['above', 'above'],
  baik: ['meets', 'meets'],
  butuh_perbaikan: ['below', 'meets'],
  kurang: ['meets', 'below'],
  sangat_kurang: ['below', 'below'],
};

async function appraised(
  tenant: number,
  unitId: number,
  predikats: [number, string, ('annual' | 'semester')?][],
  status: 'aktif' | 'nonaktif' = 'aktif',
) {
  const employee = await buildEmployee(ctx, tenant, { unitId });
  await withTenant(ctx.db, tenant, async (tx) => {
    await sql`update employee set status = ${status} where id = ${employee.id}`.execute(tx);
    for (const [year, predikat, period = 'annual'] of predikats) {
      const [hasil, perilaku] = RATINGS[predikat]!;
      await sql`insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month,
          hasil_kerja, perilaku_kerja, predikat, appraiser_name, appraiser_status, source)
        values (${tenant}, ${employee.id}, ${year}, ${period}, 1, ${period === 'annual' ? 12 : 6}, ${hasil},
          ${perilaku}, ${predikat}, 'Wali Kota', 'NON ASN', 'import')`.execute(tx);
    }
  });
}

const indicator = (unitId: number | null) => ({
  name: 'Predikat minimal Baik',
  params: { source: 'performance.predikatShare', unitId },
  direction: 'up',
  baseline: null,
  target: 0.9,
});
const byLabel = (points: { label: string }[]) => Object.fromEntries(points.map((p) => [p.label, p]));

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  const otherTenant = (await createTenant(ctx)).id;
  const otherUnit = await createUnit(ctx, otherTenant, 'Dinas Lain');
  otherUnitId = otherUnit.id;
  const dinas = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  dinasId = dinas.id;
  const bidang = await createUnit(ctx, tenantId, 'Bidang SMP', dinas);
  const rsud = await createUnit(ctx, tenantId, 'RSUD');
  await appraised(tenantId, dinas.id, [
    [Y2, 'baik'],
    [Y1, 'sangat_baik'],
  ]);
  await appraised(tenantId, bidang.id, [
    [Y2, 'butuh_perbaikan'],
    [Y1, 'baik'],
  ]);
  // A semester's appraisal is not an annual predikat.
  await appraised(tenantId, rsud.id, [
    [Y2, 'kurang'],
    [Y1, 'baik'],
    [Y1, 'butuh_perbaikan', 'semester'],
  ]);
  // No longer active: left out.
  await appraised(tenantId, rsud.id, [[Y1, 'sangat_kurang']], 'nonaktif');
  // Another government's appraisals, a year earlier than any of this one's.
  await appraised(otherTenant, otherUnit.id, [
    [THIS_YEAR - 3, 'baik'],
    [Y1, 'sangat_kurang'],
  ]);
  admin = await apiAs(ctx, 'admin', tenantId);
  policyId = (
    await admin.post('/api/v1/policies', policyBody({ title: 'Kebijakan Manajemen Kinerja' }))
  ).json().id;
});
afterAll(() => ctx.close());

describe('the share of annual predikat at least Baik', () => {
  it('is counted per appraisal year over the active employees of the government, this year provisional', async () => {
    const response = await admin.post(`/api/v1/policies/${policyId}/indicators`, indicator(null));
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.sourceLabel).toBe(
      'Persentase predikat kinerja tahunan minimal Baik (Sangat Baik atau Baik) di antara penilaian tahunan pegawai aktif seluruh pemerintah daerah, per tahun penilaian',
    );
    // From the first year this government appraised: the other's earlier year is not its own.
    expect(body.points.map((p: { label: string }) => p.label)).toEqual([
      String(Y2),
      String(Y1),
      String(THIS_YEAR),
    ]);
    const points = byLabel(body.points);
    expect(points[Y2]).toMatchObject({ value: 1 / 3, provisional: false });
    expect(points[Y1]).toMatchObject({ value: 1, provisional: false });
    expect(points[THIS_YEAR]).toMatchObject({ value: null, provisional: true });
    expect(body).toMatchObject({ latest: 1, met: true });
  });

  it('keeps to a unit with the units under it', async () => {
    const response = await admin.post(`/api/v1/policies/${policyId}/indicators`, indicator(dinasId), {
      locale: 'en',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().sourceLabel).toContain('active employees of Dinas Pendidikan');
    const points = byLabel(response.json().points);
    expect(points[Y2]!).toMatchObject({ value: 0.5 });
    expect(points[Y1]!).toMatchObject({ value: 1 });
  });

  it('holds a year provisional while its appraisal cycle in Jenjang is not closed', async () => {
    await withTenant(ctx.db, tenantId, (tx) =>
      sql`insert into performance_cycle (tenant_id, year, check_ins, state)
        values (${tenantId}, ${Y1}, 'quarterly', 'appraisal')`.execute(tx),
    );
    const list = (await admin.get(`/api/v1/policies/${policyId}/indicators`)).json();
    const whole = list.items.find((i: { params: { unitId: number | null } }) => i.params.unitId === null);
    expect(byLabel(whole.points)[Y1]).toMatchObject({ value: 1, provisional: true });
    expect(byLabel(whole.points)[Y2]).toMatchObject({ provisional: false });
  });

  it('refuses a unit of another government like one that does not exist, and stores nothing', async () => {
    const before = (await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items.length;
    for (const unitId of [otherUnitId, 987_654]) {
      const refused = await admin.post(`/api/v1/policies/${policyId}/indicators`, indicator(unitId), {
        locale: 'en',
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().detail).toBe("The indicator's unit was not found in this government.");
    }
    expect((await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items).toHaveLength(before);
  });
});
