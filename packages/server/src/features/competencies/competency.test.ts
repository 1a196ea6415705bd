import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition, createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { auditEntries } from '../../../test/upload-requests';
import { withTenant } from '../../db/database';

// The dictionary, the positions' standards and one person's assessments and gaps, through the API.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let codes: Map<string, number>;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const list = (await admin.get('/api/v1/competencies')).json().items as { id: number; code: string }[];
  codes = new Map(list.map((c) => [c.code, c.id]));
});
afterAll(() => ctx.close());

const count = (table: 'competency' | 'position_competency' | 'competency_assessment', id = tenantId) =>
  withTenant(ctx.db, id, async (tx) =>
    Number(
      (
        await tx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('the competency dictionary', () => {
  it('gives every government the nine of PermenPANRB 38/2017, with five described levels each', async () => {
    const id = (await admin.get('/api/v1/competencies')).json().items;
    expect(id.map((c: { code: string }) => c.code)).toEqual([
      'M.1',
      'M.2',
      'M.3',
      'M.4',
      'M.5',
      'M.6',
      'M.7',
      'M.8',
      'SK.1',
    ]);
    expect(id[0]).toMatchObject({ name: 'Integritas', type: 'manajerial', national: true, assessed: false });
    expect(id[0].definition).toMatch(/^Konsisten berperilaku/);
    for (const c of id) {
      expect(c.levels.map((l: { level: number }) => l.level)).toEqual([1, 2, 3, 4, 5]);
      for (const l of c.levels) expect(l.indicators.length).toBeGreaterThan(0);
    }
    const en = (await admin.get('/api/v1/competencies', { locale: 'en' })).json().items;
    expect(en[0]).toMatchObject({ name: 'Integrity' });
    expect(en[8]).toMatchObject({ code: 'SK.1', name: 'Nation unifier', type: 'sosialKultural' });
  });

  it('adds a technical competency under a normalised code, with its levels in order', async () => {
    const response = await admin.post('/api/v1/competencies', {
      code: ' t.ti-01 ',
      name: 'Pengelolaan Sistem Informasi',
      definition: 'Kemampuan mengelola sistem informasi pemerintahan.',
      levels: [
        { level: 2, descriptor: 'Mengoperasikan aplikasi', indicators: ['Menggunakan aplikasi kantor'] },
        { level: 1, descriptor: 'Mengenal sistem informasi' },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      code: 'T.TI-01',
      type: 'teknis',
      national: false,
      positionCount: 0,
    });
    expect(response.json().levels.map((l: { level: number }) => l.level)).toEqual([1, 2]);
    codes.set('T.TI-01', response.json().id);
    const audit = await auditEntries(ctx, tenantId, 'competency.created');
    expect(audit.at(-1)).toMatchObject({ entity: 'competency', data: { code: 'T.TI-01' } });
  });

  it('refuses a code of the national namespace, a taken code and a level described twice, storing nothing', async () => {
    const before = await count('competency');
    const body = { name: 'Kompetensi Uji', levels: [] };
    const national = await admin.post('/api/v1/competencies', { ...body, code: 'M.9' });
    expect(national.statusCode).toBe(400);
    expect(national.json().errors[0].message).toMatch(/kode kamus nasional/);
    const taken = await admin.post('/api/v1/competencies', { ...body, code: 't.ti-01' }, { locale: 'en' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toBe('A competency with code "T.TI-01" already exists.');
    const twice = await admin.post('/api/v1/competencies', {
      ...body,
      code: 'T.X',
      levels: [
        { level: 1, descriptor: 'a' },
        { level: 1, descriptor: 'b' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    const level6 = await admin.post('/api/v1/competencies', {
      ...body,
      code: 'T.Y',
      levels: [{ level: 6, descriptor: 'a' }],
    });
    expect(level6.statusCode).toBe(400);
    expect(await count('competency')).toBe(before);
  });

  it('keeps the national texts read-only and a used competency in place', async () => {
    const body = { code: 'M.1', name: 'Integritas Baru', levels: [] };
    expect((await admin.put(`/api/v1/competencies/${codes.get('M.1')}`, body)).statusCode).toBe(409);
    expect((await admin.delete(`/api/v1/competencies/${codes.get('M.1')}`)).statusCode).toBe(409);
    const unused = await admin.post('/api/v1/competencies', { code: 'T.HAPUS', name: 'Akan dihapus' });
    expect((await admin.delete(`/api/v1/competencies/${unused.json().id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/v1/competencies/${unused.json().id}`)).statusCode).toBe(404);
  });

  it('lets only the whole government’s admin keep it', async () => {
    const opd = await createUnit(ctx, tenantId, 'Dinas Kamus');
    const scoped = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: opd.id });
    const pegawai = await apiAs(ctx, 'pegawai', tenantId);
    for (const caller of [scoped, pegawai]) {
      expect((await caller.get('/api/v1/competencies')).json().items).toHaveLength(10);
      const created = await caller.post('/api/v1/competencies', { code: 'T.Z', name: 'Tidak boleh' });
      expect(created.statusCode).toBe(403);
    }
  });
});

describe('position standards', () => {
  let analis: number;
  let pranata: number;

  beforeAll(async () => {
    analis = (
      await buildPosition(ctx, tenantId, {
        name: 'Analis SDM Aparatur Ahli Muda',
        kind: 'fungsional',
        level: 'ahli_muda',
      })
    ).id;
    pranata = (
      await buildPosition(ctx, tenantId, {
        name: 'Analis SDM Aparatur Ahli Pertama',
        kind: 'fungsional',
        level: 'ahli_pertama',
      })
    ).id;
  });

  it('sets a position’s standard and audits each level that changed', async () => {
    const response = await admin.put(`/api/v1/positions/${analis}/standard`, {
      requirements: [
        { competencyId: codes.get('M.1'), requiredLevel: 3 },
        { competencyId: codes.get('T.TI-01'), requiredLevel: 2 },
        { competencyId: codes.get('M.4'), requiredLevel: 3 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().requirements.map((r: { code: string }) => r.code)).toEqual([
      'M.1',
      'M.4',
      'T.TI-01',
    ]);
    const audit = await auditEntries(ctx, tenantId, 'competency.standardChanged');
    expect(audit.at(-1)?.data).toMatchObject({
      changes: { 'M.1': { before: null, after: 3 }, 'T.TI-01': { before: null, after: 2 } },
    });
  });

  it('refuses another government’s competency and a competency listed twice, changing nothing', async () => {
    const other = (await createTenant(ctx)).id;
    const otherAdmin = await apiAs(ctx, 'admin', other);
    const foreign = (await otherAdmin.get('/api/v1/competencies')).json().items[0].id;
    const before = await count('position_competency');
    const response = await admin.put(`/api/v1/positions/${analis}/standard`, {
      requirements: [{ competencyId: foreign, requiredLevel: 3 }],
    });
    expect(response.statusCode).toBe(400);
    const twice = await admin.put(`/api/v1/positions/${analis}/standard`, {
      requirements: [
        { competencyId: codes.get('M.2'), requiredLevel: 3 },
        { competencyId: codes.get('M.2'), requiredLevel: 4 },
      ],
    });
    expect(twice.statusCode).toBe(400);
    // Nor may the other government set a standard on this one's position.
    const across = await otherAdmin.put(`/api/v1/positions/${analis}/standard`, { requirements: [] });
    expect(across.statusCode).toBe(404);
    expect(await count('position_competency')).toBe(before);
  });

  it('refuses a change made on a standard someone else changed meanwhile', async () => {
    const read = (await admin.get(`/api/v1/positions/${analis}/standard`)).json();
    const requirements = read.requirements.map((r: { competencyId: number; requiredLevel: number }) => ({
      competencyId: r.competencyId,
      requiredLevel: r.requiredLevel,
    }));
    const first = await admin.put(`/api/v1/positions/${analis}/standard`, {
      version: read.version,
      requirements,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(read.version);
    const changed = [{ ...requirements[0], requiredLevel: 4 }, ...requirements.slice(1)];
    const second = await admin.put(`/api/v1/positions/${analis}/standard`, {
      version: read.version,
      requirements: changed,
    });
    expect(second.statusCode).toBe(200);
    const stale = await admin.put(`/api/v1/positions/${analis}/standard`, {
      version: read.version,
      requirements,
    });
    expect(stale.statusCode).toBe(409);
    await admin.put(`/api/v1/positions/${analis}/standard`, { requirements });
  });

  it('copies a standard to similar positions', async () => {
    const response = await admin.post(`/api/v1/positions/${analis}/standard/copy`, {
      toPositionIds: [pranata],
    });
    expect(response.json()).toEqual({ positions: 1, requirements: 3 });
    const copied = (await admin.get(`/api/v1/positions/${pranata}/standard`)).json();
    expect(
      copied.requirements.map((r: { code: string; requiredLevel: number }) => [r.code, r.requiredLevel]),
    ).toEqual([
      ['M.1', 3],
      ['M.4', 3],
      ['T.TI-01', 2],
    ]);
    const again = await admin.post(`/api/v1/positions/${analis}/standard/copy`, { toPositionIds: [pranata] });
    expect(again.json()).toEqual({ positions: 0, requirements: 3 });
  });
});

describe('an employee’s assessments and gaps', () => {
  let position: number;
  let target: number;
  let employee: { id: number; nip: string };
  let opd: { id: number; path: number[] };

  beforeAll(async () => {
    opd = await createUnit(ctx, tenantId, 'Dinas Penilaian');
    position = (
      await buildPosition(ctx, tenantId, {
        name: 'Pranata Komputer Ahli Pertama',
        kind: 'fungsional',
        level: 'ahli_pertama',
      })
    ).id;
    target = (await buildPosition(ctx, tenantId, { name: 'Kepala Seksi Aplikasi', kind: 'pengawas' })).id;
    await admin.put(`/api/v1/positions/${position}/standard`, {
      requirements: [
        { competencyId: codes.get('M.1'), requiredLevel: 2 },
        { competencyId: codes.get('M.3'), requiredLevel: 2 },
      ],
    });
    await admin.put(`/api/v1/positions/${target}/standard`, {
      requirements: [
        { competencyId: codes.get('M.1'), requiredLevel: 3 },
        { competencyId: codes.get('M.8'), requiredLevel: 3 },
      ],
    });
    const built = await buildEmployee(ctx, tenantId, { unit: opd });
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('employee').set({ position_id: position }).where('id', '=', built.id).execute(),
    );
    employee = { id: built.id, nip: built.nip };
  });

  const assess = (
    caller: TestApi,
    code: string,
    level: number,
    assessedOn = yesterday(),
    method = 'assessmentCentre',
  ) =>
    caller.post(`/api/v1/employees/${employee.id}/assessments`, {
      competencyId: codes.get(code),
      level,
      assessedOn,
      method,
      assessor: 'UPT Penilaian Kompetensi',
    });

  it('shows the standard unassessed before any assessment: no gap, no JPM', async () => {
    const profile = (await admin.get(`/api/v1/employees/${employee.id}/competencies`)).json();
    expect(profile.current.gaps.map((g: { actual: null; gap: null }) => [g.actual, g.gap])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(profile.current.jpm).toBeNull();
  });

  it('records assessments as history and measures gaps and JPM against the position', async () => {
    expect((await assess(admin, 'M.1', 3, '2026-01-10')).statusCode).toBe(201);
    expect((await assess(admin, 'M.3', 1, '2026-01-10')).statusCode).toBe(201);
    // A later assessment changes the current level; the earlier one stays in the history.
    expect((await assess(admin, 'M.3', 2, '2026-06-10', 'supervisor')).statusCode).toBe(201);
    const profile = (await admin.get(`/api/v1/employees/${employee.id}/competencies`)).json();
    expect(
      profile.current.gaps.map((g: { code: string; actual: number; gap: number }) => [
        g.code,
        g.actual,
        g.gap,
      ]),
    ).toEqual([
      ['M.1', 3, 1],
      ['M.3', 2, 0],
    ]);
    // (3 + 2) ÷ (2 + 2) is 125 %, capped: a match is at most whole.
    expect(profile.current.jpm).toBe(100);
    expect(profile.current.jpmLabel).toBe('memenuhi');
    expect(profile.history).toHaveLength(3);
    expect(profile.performanceGap).toBeNull();
  });

  it('measures against a target position on request, and lists levels beyond the standard', async () => {
    await assess(admin, 'T.TI-01', 4);
    const profile = (
      await admin.get(`/api/v1/employees/${employee.id}/competencies?targetPositionId=${target}`)
    ).json();
    expect(profile.target.gaps.map((g: { code: string; gap: number | null }) => [g.code, g.gap])).toEqual([
      ['M.1', 0],
      ['M.8', null],
    ]);
    expect(profile.target.jpm).toBeNull();
    expect(profile.beyondStandard.map((b: { code: string; actual: number }) => [b.code, b.actual])).toEqual([
      ['T.TI-01', 4],
    ]);
  });

  it('labels JPM by the government’s thresholds', async () => {
    await assess(admin, 'M.1', 1, yesterday(), 'test');
    // (1 + 2) ÷ (2 + 2) = 75 %: "Masih Memenuhi Syarat" at the defaults 80/68.
    let profile = (await admin.get(`/api/v1/employees/${employee.id}/competencies`)).json();
    expect(profile.current).toMatchObject({ jpm: 75, jpmLabel: 'masihMemenuhi' });
    const settings = await admin.put('/api/v1/settings/government', {
      jpmThresholds: { meets: 75, stillMeets: 60 },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    profile = (await admin.get(`/api/v1/employees/${employee.id}/competencies`)).json();
    expect(profile.current.jpmLabel).toBe('memenuhi');
    const wrongOrder = await admin.put('/api/v1/settings/government', {
      jpmThresholds: { meets: 60, stillMeets: 75 },
    });
    expect(wrongOrder.statusCode).toBe(400);
    await admin.put('/api/v1/settings/government', { jpmThresholds: { meets: 80, stillMeets: 68 } });
  });

  it('refuses a level outside 1–5, a future day, an unknown competency and the same assessment twice, storing nothing', async () => {
    const before = await count('competency_assessment');
    expect((await assess(admin, 'M.1', 6)).statusCode).toBe(400);
    expect((await assess(admin, 'M.1', 0)).statusCode).toBe(400);
    const future = await assess(admin, 'M.1', 3, '2099-01-01');
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].message).toMatch(/belum tiba/);
    const unknown = await admin.post(`/api/v1/employees/${employee.id}/assessments`, {
      competencyId: 999_999_999,
      level: 3,
      assessedOn: yesterday(),
      method: 'self',
    });
    expect(unknown.statusCode).toBe(400);
    expect(await count('competency_assessment')).toBe(before);
    const repeated = await assess(admin, 'M.1', 1, yesterday(), 'test');
    expect(repeated.statusCode).toBe(409);
    expect(await count('competency_assessment')).toBe(before);
  });

  it('never records the same assessment twice when two requests race', async () => {
    const before = await count('competency_assessment');
    const results = await Promise.all([
      assess(admin, 'M.5', 3),
      assess(admin, 'M.5', 3),
      assess(admin, 'M.5', 3),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await count('competency_assessment')).toBe(before + 1);
  });

  it('shows a person their own levels only; a supervisor records for their subtree only', async () => {
    const self = await apiAs(ctx, 'pegawai', tenantId, { employeeId: employee.id });
    expect((await self.get(`/api/v1/employees/${employee.id}/competencies`)).statusCode).toBe(200);
    expect((await assess(self, 'M.2', 5)).statusCode).toBe(403);
    const stranger = await apiAs(ctx, 'pegawai', tenantId, {
      employeeId: (await buildEmployee(ctx, tenantId, { unit: opd })).id,
    });
    expect((await stranger.get(`/api/v1/employees/${employee.id}/competencies`)).statusCode).toBe(404);
    const atasan = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opd.id });
    expect((await assess(atasan, 'M.2', 2, yesterday(), 'supervisor')).statusCode).toBe(201);
    const elsewhere = await createUnit(ctx, tenantId, 'Dinas Lain');
    const otherAtasan = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: elsewhere.id });
    expect((await assess(otherAtasan, 'M.2', 2, yesterday(), 'supervisor')).statusCode).toBe(404);
    const pimpinan = await apiAs(ctx, 'pimpinan', tenantId);
    expect((await pimpinan.get(`/api/v1/employees/${employee.id}/competencies`)).statusCode).toBe(200);
    expect((await assess(pimpinan, 'M.2', 2)).statusCode).toBe(403);
    const otherGovernment = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
    expect((await otherGovernment.get(`/api/v1/employees/${employee.id}/competencies`)).statusCode).toBe(404);
  });
});
