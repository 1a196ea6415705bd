import { DEFAULT_TALENT_SETTINGS } from '@jenjang/domain/talent/nine-box.contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition, createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// An employee's individual development plan: drafted from their largest gaps, agreed by the
// supervisor (never by the employee alone), followed through.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let self: TestApi;
let atasan: TestApi;
let employeeId: number;
let opdId: number;
const url = () => `/api/v1/employees/${employeeId}/idp`;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const opd = await createUnit(ctx, tenantId, 'Dinas Perhubungan');
  opdId = opd.id;
  const codes = new Map(
    ((await admin.get('/api/v1/competencies')).json().items as { id: number; code: string }[]).map((c) => [
      c.code,
      c.id,
    ]),
  );
  const position = (
    await buildPosition(ctx, tenantId, {
      name: 'Analis Transportasi',
      kind: 'fungsional',
      level: 'ahli_muda',
    })
  ).id;
  await admin.put(`/api/v1/positions/${position}/standard`, {
    requirements: ['M.1', 'M.3', 'M.4', 'M.8'].map((code) => ({
      competencyId: codes.get(code),
      requiredLevel: 3,
    })),
  });
  const e = await buildEmployee(ctx, tenantId, { name: 'Rina', unit: opd });
  employeeId = e.id;
  await withTenant(ctx.db, tenantId, (tx) =>
    tx.updateTable('employee').set({ position_id: position }).where('id', '=', e.id).execute(),
  );
  for (const [code, level] of [
    ['M.1', 3],
    ['M.3', 2],
    ['M.4', 1],
    ['M.8', 2],
  ] as const) {
    await admin.post(`/api/v1/employees/${e.id}/assessments`, {
      competencyId: codes.get(code),
      level,
      assessedOn: '2026-06-01',
      method: 'assessmentCentre',
    });
  }
  self = await apiAs(ctx, 'pegawai', tenantId, { employeeId });
  atasan = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opd.id });
});
afterAll(() => ctx.close());

describe('an individual development plan', () => {
  it('starts with activities for the person’s largest gaps', async () => {
    expect((await self.get(`${url()}?year=2027`)).json()).toEqual({ idp: null });
    const created = await self.post(url(), { year: 2027 });
    expect(created.statusCode, created.body).toBe(201);
    expect(
      created
        .json()
        .items.map((i: { competency: { code: string }; jp: number; pathCode: string }) => [
          i.competency.code,
          i.jp,
          i.pathCode,
        ]),
    ).toEqual([
      ['M.4', 16, 'KL02'],
      ['M.3', 8, 'KL02'],
      ['M.8', 8, 'KL02'],
    ]);
    expect(created.json()).toMatchObject({ state: 'draft', editable: true, transitions: [] });
    expect((await self.post(url(), { year: 2027 })).statusCode).toBe(409);
  });

  it('is agreed by the supervisor, not by the employee alone', async () => {
    expect((await self.post(`${url()}/2027/transitions`, { transition: 'agree' })).statusCode).toBe(403);
    const agreed = await atasan.post(`${url()}/2027/transitions`, { transition: 'agree' });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json()).toMatchObject({ state: 'agreed', agreedBy: 'Akun atasan', editable: false });
  });

  it('once under way records only when activities were completed; changing them reopens it first', async () => {
    const started = await self.post(`${url()}/2027/transitions`, { transition: 'start' });
    expect(started.json().state).toBe('inProgress');
    const items = started
      .json()
      .items.map(
        (i: {
          competency: { id: number };
          activity: string;
          pathCode: string;
          jp: number;
          dueOn: string;
          policyId: null;
        }) => ({
          competencyId: i.competency.id,
          activity: i.activity,
          pathCode: i.pathCode,
          jp: i.jp,
          dueOn: i.dueOn,
          completedOn: null,
          policyId: i.policyId,
        }),
      );
    items[0].completedOn = '2027-03-10';
    const progress = await self.put(`${url()}/2027`, { note: null, items });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json().items[0].completedOn).toBe('2027-03-10');
    const changed = await self.put(`${url()}/2027`, { note: null, items: [{ ...items[0], jp: 40 }] });
    expect(changed.statusCode).toBe(409);
    const done = await self.post(`${url()}/2027/transitions`, { transition: 'complete' });
    expect(done.json()).toMatchObject({ state: 'done', transitions: [] });
  });

  it('refuses bad activities and keeps others’ plans out of reach', async () => {
    await self.post(url(), { year: 2028, recommend: false });
    const bad = await self.put(`${url()}/2028`, {
      note: null,
      items: [{ competencyId: 999_999, activity: 'X', pathCode: 'KL01', jp: 8 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (
        await self.put(`${url()}/2028`, {
          note: null,
          items: [{ competencyId: null, activity: 'X', pathCode: 'KL01', jp: -8 }],
        })
      ).statusCode,
    ).toBe(400);
    const stranger = await apiAs(ctx, 'pegawai', tenantId, {
      employeeId: (await buildEmployee(ctx, tenantId)).id,
    });
    expect((await stranger.get(`${url()}?year=2027`)).statusCode).toBe(404);
    expect((await stranger.post(url(), { year: 2029 })).statusCode).toBe(404);
    const other = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
    expect((await other.get(`${url()}?year=2027`)).statusCode).toBe(404);
  });
});

describe('an individual development plan drawn from results (PP 17/2020 art. 206, PermenPANRB 3/2020)', () => {
  /** An employee (of no unit, or the supervisor's) whose latest annual predikat and talent box are given. */
  async function someone(
    name: string,
    predikat: { year: number; hasil: string; perilaku: string; predikat: string } | null,
    box: { year: number; box: number; recommendation: string } | null,
    unitId: number | null = null,
  ) {
    const e = await buildEmployee(ctx, tenantId, { name, unitId });
    await withTenant(ctx.db, tenantId, async (tx) => {
      if (predikat) {
        await tx
          .insertInto('performance_appraisal')
          .values({
            tenant_id: tenantId,
            employee_id: e.id,
            year: predikat.year,
            period: 'annual',
            from_month: 1,
            to_month: 12,
            hasil_kerja: predikat.hasil as 'meets',
            perilaku_kerja: predikat.perilaku as 'meets',
            predikat: predikat.predikat,
            source: 'import',
          })
          .execute();
      }
      if (box) {
        await tx
          .insertInto('talent_mapping')
          .values({
            tenant_id: tenantId,
            year: box.year,
            settings: JSON.stringify(DEFAULT_TALENT_SETTINGS),
            considered: 1,
            placed: 1,
          })
          .onConflict((c) => c.columns(['tenant_id', 'year']).doNothing())
          .execute();
        await tx
          .insertInto('talent_placement')
          .values({
            tenant_id: tenantId,
            year: box.year,
            employee_id: e.id,
            box: box.box,
            performance_band: 'above',
            potential_band: 'high',
            performance_score: '80',
            potential_score: '75',
            recommendation: box.recommendation as 'talentPool',
            inputs: JSON.stringify({}),
          })
          .execute();
      }
    });
    return e.id;
  }

  const activities = async (id: number) => {
    const created = await admin.post(`/api/v1/employees/${id}/idp`, { year: 2027 });
    expect(created.statusCode, created.body).toBe(201);
    return created
      .json()
      .items.map((i: { activity: string; pathCode: string; jp: number; competency: unknown }) => [
        i.pathCode,
        i.jp,
        i.competency,
        i.activity,
      ]);
  };

  it('answers a predikat below Baik with coaching by the supervisor', async () => {
    const id = await someone(
      'Dedi',
      { year: 2026, hasil: 'meets', perilaku: 'below', predikat: 'kurang' },
      null,
    );
    expect(await activities(id)).toEqual([
      ['NKL01', 10, null, 'Pembinaan kinerja bersama atasan (predikat Kurang tahun 2026)'],
    ]);
  });

  it('prepares the talent pool by mentoring, and adds nothing for a predikat of Baik', async () => {
    const id = await someone(
      'Sari',
      { year: 2026, hasil: 'meets', perilaku: 'meets', predikat: 'baik' },
      {
        year: 2026,
        box: 9,
        recommendation: 'talentPool',
      },
    );
    expect(await activities(id)).toEqual([
      ['NKL02', 20, null, 'Mentoring persiapan jabatan yang lebih tinggi'],
    ]);
  });

  it('counts a box only where the plan’s author may see it, and never for a later year', async () => {
    // Under the default settings a supervisor does not see their staff's boxes: nothing of it shows.
    const id = await someone('Yuni', null, { year: 2026, box: 9, recommendation: 'talentPool' }, opdId);
    const drafted = await atasan.post(`/api/v1/employees/${id}/idp`, { year: 2027 });
    expect(drafted.statusCode, drafted.body).toBe(201);
    expect(drafted.json().items).toEqual([]);
    // A placement of a year after the plan's is not read for it.
    const later = await someone('Zaki', null, { year: 2027, box: 8, recommendation: 'talentPool' });
    const early = await admin.post(`/api/v1/employees/${later}/idp`, { year: 2026 });
    expect(early.json().items).toEqual([]);
  });

  it('reads only appraisals of years before the plan’s, and suggests nothing when asked to start empty', async () => {
    const id = await someone(
      'Tono',
      { year: 2027, hasil: 'below', perilaku: 'below', predikat: 'sangat_kurang' },
      null,
    );
    expect(await activities(id)).toEqual([]);
    const other = await someone(
      'Wati',
      { year: 2026, hasil: 'below', perilaku: 'meets', predikat: 'butuh_perbaikan' },
      null,
    );
    const empty = await admin.post(`/api/v1/employees/${other}/idp`, { year: 2027, recommend: false });
    expect(empty.json().items).toEqual([]);
  });
});
