import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit, type UnitRef } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, deliverEvents, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// Performance appraisal (PP 30/2019, PermenPANRB 6/2022): the agency opens the year; an employee
// drafts their SKP, the direct supervisor the organisation gives is its appraiser, who sets the
// behaviour expectations and agrees it; both give feedback in each check-in period; the appraiser
// alone appraises, and the predikat follows from the matrix. Nothing crosses to another government.

let ctx: TestContext;
const clock = new TestClock('2027-03-10T02:00:00Z');
let tenantId: number;
let admin: TestApi;
let otherAdmin: TestApi;
let opdA: UnitRef;
let opdB: UnitRef;
const v = '/api/v1';

interface Person {
  id: number;
  api: TestApi;
}
let head: Person; // administrator of OPD A: the direct supervisor of staff and other
let staff: Person;
let colleague: Person; // OPD A too: reads nothing of staff's SKP
let loner: Person; // OPD B has no managerial post: no appraiser from the organisation
let cycleId: number;
let skpId: number;

async function person(unit: UnitRef, name: string, role: 'pegawai' | 'atasan' = 'pegawai'): Promise<Person> {
  const employee = await buildEmployee(ctx, tenantId, { unit, name });
  const options =
    role === 'atasan' ? { employeeId: employee.id, scopeUnitId: unit.id } : { employeeId: employee.id };
  return { id: employee.id, api: await apiAs(ctx, role, tenantId, options) };
}

async function count(table: string) {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(tx);
    return rows[0]!.n;
  });
}

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 30 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
  opdA = await createUnit(ctx, tenantId, 'Badan Kepegawaian');
  opdB = await createUnit(ctx, tenantId, 'Kecamatan Datuk Bandar');
  head = await person(opdA, 'Kepala Bidang Mutasi', 'atasan');
  staff = await person(opdA, 'Analis Kepegawaian');
  colleague = await person(opdA, 'Pengelola Data');
  loner = await person(opdB, 'Staf Kecamatan');
  await withTenant(ctx.db, tenantId, (tx) =>
    sql`update employee set position_kind = 'administrator' where id = ${head.id}`.execute(tx),
  );
});
afterAll(() => ctx.close());

describe('an appraisal year', () => {
  it('is opened by the agency once, with the government’s check-in frequency', async () => {
    const opened = await admin.post(`${v}/performance/cycles`, { year: 2027 });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ year: 2027, checkIns: 'quarterly', state: 'planning' });
    cycleId = opened.json().id;
    const again = await admin.post(`${v}/performance/cycles`, { year: 2027, checkIns: 'monthly' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Tahun penilaian 2027 sudah dibuka.');
    expect((await staff.api.post(`${v}/performance/cycles`, { year: 2028 })).statusCode).toBe(403);
    expect((await otherAdmin.get(`${v}/performance/cycles`)).json().items).toEqual([]);
  });

  it('moves on only one stage at a time', async () => {
    const skipped = await admin.post(`${v}/performance/cycles/${cycleId}/transition`, { to: 'appraisal' });
    expect(skipped.statusCode).toBe(409);
    expect(await count('performance_cycle')).toBe(1);
  });
});

describe('an SKP', () => {
  it('is opened by the employee with their direct supervisor as appraiser', async () => {
    const opened = await staff.api.post(`${v}/performance/cycles/${cycleId}/skp`, {});
    expect(opened.statusCode, opened.body).toBe(201);
    const skp = opened.json();
    skpId = skp.id;
    expect(skp).toMatchObject({ state: 'draft', employee: { name: 'Analis Kepegawaian' } });
    expect(skp.appraiser.name).toBe('Kepala Bidang Mutasi');
    expect(skp.periods.map((p: { fromMonth: number }) => p.fromMonth)).toEqual([1, 4, 7, 10]);
    expect(skp.may).toMatchObject({ editResults: true, propose: true, agree: false, appraise: false });
  });

  it('is opened once per year, also when two requests race', async () => {
    const both = await Promise.all([
      colleague.api.post(`${v}/performance/cycles/${cycleId}/skp`, {}),
      colleague.api.post(`${v}/performance/cycles/${cycleId}/skp`, {}),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await count('skp')).toBe(2);
  });

  it('waits for the agency when the organisation names no appraiser', async () => {
    const refused = await loner.api.post(`${v}/performance/cycles/${cycleId}/skp`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Staf Kecamatan');
    // The refusal names the field a form marks: the agency then picks the appraiser there.
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual(['body/appraiserEmployeeId']);
    const chosen = await loner.api.post(`${v}/performance/cycles/${cycleId}/skp`, {
      appraiserEmployeeId: head.id,
    });
    expect(chosen.statusCode).toBe(403);
    const self = await admin.post(`${v}/performance/cycles/${cycleId}/skp`, {
      employeeId: loner.id,
      appraiserEmployeeId: loner.id,
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors.map((e: { path: string }) => e.path)).toEqual(['body/appraiserEmployeeId']);
    const byAgency = await admin.post(`${v}/performance/cycles/${cycleId}/skp`, {
      employeeId: loner.id,
      appraiserEmployeeId: head.id,
    });
    expect(byAgency.statusCode, byAgency.body).toBe(201);
  });

  it('is read by its employee, its appraiser and the agency, by nobody else', async () => {
    expect((await head.api.get(`${v}/performance/skp/${skpId}`)).statusCode).toBe(200);
    expect((await admin.get(`${v}/performance/skp/${skpId}`)).statusCode).toBe(200);
    expect((await colleague.api.get(`${v}/performance/skp/${skpId}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`${v}/performance/skp/${skpId}`)).statusCode).toBe(404);
    const mine = await colleague.api.get(`${v}/performance/cycles/${cycleId}/skp`);
    expect(mine.json().items.map((s: { employee: { name: string } }) => s.employee.name)).toEqual([
      'Pengelola Data',
    ]);
    // A supervisor's list is their subtree's; the SKP they appraise elsewhere are under Kinerja Saya.
    const unit = await head.api.get(`${v}/performance/cycles/${cycleId}/skp`);
    expect(unit.json().total).toBe(2);
  });

  it('is planned by the employee, its expectations by the appraiser, and agreed by the appraiser alone', async () => {
    expect((await staff.api.post(`${v}/performance/skp/${skpId}/propose`)).json().detail).toBe(
      'Tuliskan paling sedikit satu rencana hasil kerja sebelum mengajukan SKP.',
    );
    const results = {
      results: [
        { text: 'Data kepegawaian mutakhir', indicator: 'Persentase data terverifikasi', target: '95%' },
        {
          text: 'Usul kenaikan pangkat tepat waktu',
          indicator: 'Usul diproses sebelum periode',
          target: '100%',
        },
      ],
    };
    const byHead = await head.api.put(`${v}/performance/skp/${skpId}/results`, results);
    expect(byHead.statusCode).toBe(403);
    expect(byHead.json().detail).toBe('Hanya pegawai pemilik SKP yang dapat melakukan ini.');
    const written = await staff.api.put(`${v}/performance/skp/${skpId}/results`, results);
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json().results).toHaveLength(2);
    expect(
      (await staff.api.put(`${v}/performance/skp/${skpId}/expectations`, { expectations: [] })).statusCode,
    ).toBe(403);
    const expected = await head.api.put(`${v}/performance/skp/${skpId}/expectations`, {
      expectations: [{ text: 'Berorientasi pelayanan: menanggapi pertanyaan pegawai dalam satu hari kerja' }],
    });
    expect(expected.statusCode, expected.body).toBe(200);
    expect((await head.api.post(`${v}/performance/skp/${skpId}/agree`)).statusCode).toBe(409);
    expect((await staff.api.post(`${v}/performance/skp/${skpId}/propose`)).json().state).toBe('proposed');
    expect((await staff.api.post(`${v}/performance/skp/${skpId}/agree`)).statusCode).toBe(403);
    expect((await admin.post(`${v}/performance/skp/${skpId}/agree`)).statusCode).toBe(403);
    const returned = await head.api.post(`${v}/performance/skp/${skpId}/return`, {
      reason: 'Tambahkan target waktu.',
    });
    expect(returned.json().state).toBe('draft');
    expect(returned.json().periods[0].feedback[0]).toMatchObject({
      side: 'appraiser',
      body: 'Tambahkan target waktu.',
    });
    await staff.api.post(`${v}/performance/skp/${skpId}/propose`);
    const agreed = await head.api.post(`${v}/performance/skp/${skpId}/agree`);
    expect(agreed.json()).toMatchObject({ state: 'agreed' });
    const late = await staff.api.put(`${v}/performance/skp/${skpId}/results`, results);
    expect(late.statusCode).toBe(409);
  });
});

describe('check-ins and appraisals', () => {
  it('take feedback from both sides in a period begun, once the year runs', async () => {
    expect(
      (await staff.api.post(`${v}/performance/skp/${skpId}/feedback`, { period: 1, body: 'Tahap 1' }))
        .statusCode,
    ).toBe(409);
    const running = await admin.post(`${v}/performance/cycles/${cycleId}/transition`, { to: 'running' });
    expect(running.json().state).toBe('running');
    const mine = await staff.api.post(`${v}/performance/skp/${skpId}/feedback`, {
      period: 1,
      body: 'Verifikasi data OPD A dan B selesai.',
    });
    expect(mine.statusCode, mine.body).toBe(200);
    await head.api.post(`${v}/performance/skp/${skpId}/feedback`, {
      period: 1,
      body: 'Bagus, lanjutkan ke OPD C.',
    });
    const ahead = await staff.api.post(`${v}/performance/skp/${skpId}/feedback`, {
      period: 2,
      body: 'Nanti',
    });
    expect(ahead.statusCode).toBe(409);
    expect(ahead.json().detail).toBe('Periode 2 belum dimulai.');
    expect(
      (await staff.api.post(`${v}/performance/skp/${skpId}/feedback`, { period: 5, body: 'x' })).statusCode,
    ).toBe(400);
    expect(
      (await colleague.api.post(`${v}/performance/skp/${skpId}/feedback`, { period: 1, body: 'x' }))
        .statusCode,
    ).toBe(404);
    const sides = (await staff.api.get(`${v}/performance/skp/${skpId}`)).json().periods[0].feedback;
    expect(sides.map((f: { side: string }) => f.side)).toEqual(['appraiser', 'employee', 'appraiser']);
  });

  it('are made by the appraiser only, the predikat by the matrix', async () => {
    const rating = { period: 1, hasilKerja: 'above', perilakuKerja: 'above' };
    const byAgency = await admin.put(`${v}/performance/skp/${skpId}/appraisals`, rating);
    expect(byAgency.statusCode).toBe(403);
    expect(byAgency.json().detail).toBe(
      'Hanya pejabat penilai yang tercantum pada SKP ini yang dapat melakukan ini.',
    );
    expect((await staff.api.put(`${v}/performance/skp/${skpId}/appraisals`, rating)).statusCode).toBe(403);
    const outside = await head.api.put(`${v}/performance/skp/${skpId}/appraisals`, {
      ...rating,
      hasilKerja: 'excellent',
    });
    expect(outside.statusCode).toBe(400);
    expect(await count('performance_appraisal')).toBe(0);
    const annualEarly = await head.api.put(`${v}/performance/skp/${skpId}/appraisals`, {
      ...rating,
      period: 0,
    });
    expect(annualEarly.statusCode).toBe(409);
    const made = await head.api.put(`${v}/performance/skp/${skpId}/appraisals`, rating);
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().periods[0].appraisal).toMatchObject({
      predikat: 'sangat_baik',
      fromMonth: 1,
      toMonth: 3,
    });
    const again = await head.api.put(`${v}/performance/skp/${skpId}/appraisals`, {
      ...rating,
      perilakuKerja: 'meets',
    });
    expect(again.json().periods[0].appraisal.predikat).toBe('baik');
    expect(await count('performance_appraisal')).toBe(1);
  });

  it('end with the annual appraisal in the appraisal stage, and nothing after the year closes', async () => {
    await admin.post(`${v}/performance/cycles/${cycleId}/transition`, { to: 'appraisal' });
    const annual = await head.api.put(`${v}/performance/skp/${skpId}/appraisals`, {
      period: 0,
      hasilKerja: 'meets',
      perilakuKerja: 'below',
      followUp: 'Pembinaan perilaku kerja: ketepatan waktu rapat koordinasi.',
    });
    expect(annual.statusCode, annual.body).toBe(200);
    expect(annual.json().annual).toMatchObject({ predikat: 'kurang', source: 'jenjang' });
    await admin.post(`${v}/performance/cycles/${cycleId}/transition`, { to: 'closed' });
    const closed = await head.api.put(`${v}/performance/skp/${skpId}/appraisals`, {
      period: 0,
      hasilKerja: 'above',
      perilakuKerja: 'above',
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().detail).toBe(
      'Tahun penilaian 2027 sudah ditutup: tidak ada lagi yang dapat diubah.',
    );
    const mine = (await staff.api.get(`${v}/performance/me`)).json();
    expect(mine.history.map((a: { period: string; predikat: string }) => [a.period, a.predikat])).toEqual([
      ['annual', 'kurang'],
      ['quarterly', 'baik'],
    ]);
    const appraising = (await head.api.get(`${v}/performance/me`)).json().appraising;
    expect(appraising.map((s: { employee: { name: string } }) => s.employee.name).sort()).toEqual([
      'Analis Kepegawaian',
      'Pengelola Data',
      'Staf Kecamatan',
    ]);
  });

  it('cannot hold a predikat outside the matrix, even written directly', async () => {
    await expect(
      withTenant(ctx.db, tenantId, (tx) =>
        sql`update performance_appraisal set predikat = 'sangat_baik' where skp_id = ${skpId} and period = 'annual'`.execute(
          tx,
        ),
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('are audited under the employee', async () => {
    await deliverEvents(ctx);
    const actions = await withTenant(ctx.db, tenantId, async (tx) => {
      const { rows } = await sql<{ action: string }>`
        select action from audit_log where entity_id = ${String(staff.id)} and action like 'performance.%'
        order by id`.execute(tx);
      return rows.map((row) => row.action);
    });
    expect(actions).toContain('performance.appraised');
    expect(actions).toContain('performance.skpChanged');
  });
});

describe('the predikat distribution', () => {
  it('counts per OPD for the agency, a supervisor’s subtree only, and nothing for an employee', async () => {
    const all = (await admin.get(`${v}/performance/distribution?year=2027`)).json();
    expect(all.total).toMatchObject({ kurang: 1, sangat_baik: 0 });
    expect(all.units).toEqual([
      expect.objectContaining({ unit: 'Badan Kepegawaian', counts: expect.objectContaining({ kurang: 1 }) }),
    ]);
    expect(all.appraisers[0]).toMatchObject({ name: 'Kepala Bidang Mutasi', appraised: 1, flagged: false });
    expect((await staff.api.get(`${v}/performance/distribution?year=2027`)).statusCode).toBe(404);
    expect((await head.api.get(`${v}/performance/distribution?year=2027`)).json().total.kurang).toBe(1);
    expect((await otherAdmin.get(`${v}/performance/distribution?year=2027`)).json().total.kurang).toBe(0);
  });
});
