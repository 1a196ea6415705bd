import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';
import { PROGRAM_INDICATOR_SOURCES } from './program-indicator-sources';

// The equity report of a selection that favoured one group: ten men and ten women apply, the men
// with recommendations (a higher score), for six seats; the women's selection rate falls under four
// fifths of the men's and is flagged, by sex, and the year's parity indicator reads the same ratio.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let programId: number;
const v = '/api/v1';

beforeAll(async () => {
  // A fixed day: the batches (in 2027) are still ahead, whenever the tests run.
  ctx = await createTestContext({}, { clock: new TestClock('2026-12-01T02:00:00Z') });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const opd = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  const atasan = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opd.id });
  const created = await admin.post(`${v}/programs`, {
    title: 'Pelatihan Kepemimpinan Pengawas',
    pathCode: 'KL01',
    jp: 40,
    providerKind: 'lan',
    weights: { gap: 0, jpShortfall: 0, sinceLastDevelopment: 0, recommendation: 100 },
  });
  programId = created.json().id;
  const batch = await admin.post(`${v}/programs/${programId}/batches`, {
    name: 'Angkatan I',
    startsOn: '2027-04-01',
    endsOn: '2027-04-05',
    capacity: 6,
  });
  const batchId = batch.json().batches[0].id;
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
  for (let i = 0; i < 20; i++) {
    const sex = i < 10 ? 'M' : 'F';
    const e = await buildEmployee(ctx, tenantId, { unit: opd, name: `${sex}${i}` });
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('employee').set({ sex }).where('id', '=', e.id).execute(),
    );
    // Five men nominated (recommended: 100 points), everyone else applying alone (0 points).
    if (sex === 'M' && i < 5) {
      await atasan.post(`${v}/programs/${programId}/nominations`, {
        employeeId: e.id,
        preferences: [batchId],
      });
    } else {
      const own = await apiAs(ctx, 'pegawai', tenantId, { employeeId: e.id });
      await own.post(`${v}/programs/${programId}/applications`, { preferences: [batchId] });
    }
  }
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' });
  await admin.post(`${v}/programs/${programId}/selection`);
});
afterAll(() => ctx.close());

describe('the equity report', () => {
  it('flags the group selected at under four fifths of the best rate', async () => {
    const report = await admin.get(`${v}/programs/${programId}/equity`);
    expect(report.statusCode, report.body).toBe(200);
    const bySex = report.json().dimensions.find((d: { dimension: string }) => d.dimension === 'sex');
    const rows = Object.fromEntries(
      bySex.rows.map((r: { label: string; applicants: number; selected: number; flagged: boolean }) => [
        r.label,
        [r.applicants, r.selected, r.flagged],
      ]),
    );
    // Five recommended men first, then the sixth seat to the earliest of the rest: another man.
    expect(rows).toEqual({ 'Laki-laki': [10, 6, false], Perempuan: [10, 0, true] });
    expect(bySex.parity).toBe(0);
  });

  it('is read only by those who read every applicant of the government', async () => {
    const pegawai = await apiAs(ctx, 'pegawai', tenantId);
    expect((await pegawai.get(`${v}/programs/${programId}/equity`)).statusCode).toBe(403);
    const atasan = await apiAs(ctx, 'atasan', tenantId, {
      scopeUnitId: (await createUnit(ctx, tenantId, 'Lain')).id,
    });
    expect((await atasan.get(`${v}/programs/${programId}/equity`)).statusCode).toBe(403);
    const leader = await apiAs(ctx, 'pimpinan', tenantId);
    expect((await leader.get(`${v}/programs/equity?year=2026`)).statusCode).toBe(200);
  });

  it('feeds the selection-parity indicator of the year', async () => {
    const source = PROGRAM_INDICATOR_SOURCES[0];
    const points = await withTenant(ctx.db, tenantId, (tx) =>
      source.measure(tx, { source: 'program.selectionParity', dimension: 'sex' }, 'id', {
        id: 1,
        policyId: 1,
      }),
    );
    // The selection was published on the test's day in 2026.
    expect(points.find((p) => p.label === '2026')).toMatchObject({ value: 0 });
  });
});
