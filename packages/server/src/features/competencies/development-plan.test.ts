import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition, createUnit, type UnitRef } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { auditEntries } from '../../../test/upload-requests';
import { withTenant } from '../../db/database';

// The annual Rencana Pengembangan Kompetensi: an OPD drafts its part from a generated proposal,
// proposes it; the BKPSDM returns or consolidates it into the government's plan; a leader approves.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let opdAdmin: TestApi;
let pimpinan: TestApi;
let opd: UnitRef;
let otherOpd: UnitRef;
let codes: Map<string, number>;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  pimpinan = await apiAs(ctx, 'pimpinan', tenantId);
  opd = await createUnit(ctx, tenantId, 'Dinas Komunikasi dan Informatika');
  otherOpd = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
  opdAdmin = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: opd.id });
  const tik = await admin.post('/api/v1/competencies', { code: 'T.TIK', name: 'Teknologi Informasi' });
  codes = new Map(
    ((await admin.get('/api/v1/competencies')).json().items as { id: number; code: string }[]).map((c) => [
      c.code,
      c.id,
    ]),
  );
  expect(tik.statusCode).toBe(201);
  const staf = (await buildPosition(ctx, tenantId, { name: 'Pengelola Layanan', kind: 'pelaksana' })).id;
  await admin.put(`/api/v1/positions/${staf}/standard`, {
    requirements: [
      { competencyId: codes.get('M.1'), requiredLevel: 3 },
      { competencyId: codes.get('M.3'), requiredLevel: 3 },
    ],
  });
  // Four staff: M.1 short by 2, 1, 0, 0; M.3 short by 1 once; one with IT talent (T.TIK 5).
  const levels: [number, number, number | null][] = [
    [1, 3, 5],
    [2, 2, null],
    [3, 3, null],
    [3, 3, null],
  ];
  for (const [i, [m1, m3, tikLevel]] of levels.entries()) {
    const e = await buildEmployee(ctx, tenantId, { name: `Staf ${i}`, unit: opd });
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('employee').set({ position_id: staf }).where('id', '=', e.id).execute(),
    );
    const assess = (code: string, level: number) =>
      admin.post(`/api/v1/employees/${e.id}/assessments`, {
        competencyId: codes.get(code),
        level,
        assessedOn: '2026-06-01',
        method: 'assessmentCentre',
      });
    await assess('M.1', m1);
    await assess('M.3', m3);
    if (tikLevel !== null) await assess('T.TIK', tikLevel);
  }
});
afterAll(() => ctx.close());

let planId: number;

describe('an OPD’s plan', () => {
  it('is started by the OPD’s admin for its own OPD only', async () => {
    const created = await opdAdmin.post('/api/v1/development-plans', {
      year: 2027,
      unitId: opd.id,
      budget: 50_000_000,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      state: 'draft',
      unit: { name: 'Dinas Komunikasi dan Informatika' },
      editable: true,
    });
    planId = created.json().id;
    expect(
      (await opdAdmin.post('/api/v1/development-plans', { year: 2027, unitId: otherOpd.id })).statusCode,
    ).toBe(403);
    expect((await opdAdmin.post('/api/v1/development-plans', { year: 2027, unitId: null })).statusCode).toBe(
      403,
    );
    expect(
      (await opdAdmin.post('/api/v1/development-plans', { year: 2027, unitId: opd.id })).statusCode,
    ).toBe(409);
    const bidang = await createUnit(ctx, tenantId, 'Bidang Aplikasi', opd);
    expect(
      (await admin.post('/api/v1/development-plans', { year: 2027, unitId: bidang.id })).statusCode,
    ).toBe(400);
  });

  it('gets a proposal from its gaps and its talent, ranked and costed', async () => {
    const response = await opdAdmin.post(`/api/v1/development-plans/${planId}/generate`, {
      jp: 24,
      costPerParticipant: 2_000_000,
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response
      .json()
      .items.map(
        (i: {
          competency: { code: string };
          basis: string;
          participants: number;
          priority: number;
          pathCode: string;
          estimatedCost: number;
        }) => [i.competency.code, i.basis, i.participants, i.priority, i.pathCode, i.estimatedCost],
      );
    expect(items).toEqual([
      ['M.1', 'gap', 2, 1, 'KL02', 4_000_000],
      ['M.3', 'gap', 1, 2, 'KL02', 2_000_000],
      ['T.TIK', 'talent', 1, 2, 'KL03', 2_000_000],
    ]);
    expect(response.json().items[0]).toMatchObject({
      title: 'Pengembangan kompetensi Integritas',
      targetGroup: '2 pegawai di bawah standar kompetensi Integritas',
      evidence: { assessed: 4, below: 2, shortfall: 3 },
    });
    expect(response.json().totals).toMatchObject({
      items: 3,
      participants: 4,
      jp: 96,
      estimatedCost: 8_000_000,
      remaining: 42_000_000,
    });
  });

  it('is edited by people: items changed, added by hand, kept when the proposal is generated again', async () => {
    const plan = (await opdAdmin.get(`/api/v1/development-plans/${planId}`)).json();
    const first = plan.items[0];
    const edit = {
      competencyId: first.competency.id,
      title: 'Pelatihan Integritas ASN',
      targetGroup: first.targetGroup,
      pathCode: 'KL02',
      jp: 32,
      participants: 2,
      estimatedCost: 5_000_000,
      priority: 1,
      rationale: 'Temuan inspektorat dan hasil asesmen.',
    };
    expect(
      (await opdAdmin.put(`/api/v1/development-plans/${planId}/items/${first.id}`, edit)).statusCode,
    ).toBe(200);
    for (const bad of [
      { jp: -1 },
      { estimatedCost: -5 },
      { participants: -1 },
      { priority: 4 },
      { pathCode: 'KL99' },
    ]) {
      const refused = await opdAdmin.put(`/api/v1/development-plans/${planId}/items/${first.id}`, {
        ...edit,
        ...bad,
      });
      expect(refused.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const manual = await opdAdmin.post(`/api/v1/development-plans/${planId}/items`, {
      competencyId: null,
      title: 'Coaching Kepemimpinan',
      targetGroup: 'Pejabat pengawas',
      pathCode: 'NKL01',
      jp: 10,
      participants: 3,
      estimatedCost: 0,
      priority: 3,
    });
    expect(manual.statusCode, manual.body).toBe(200);
    const again = await opdAdmin.post(`/api/v1/development-plans/${planId}/generate`, {
      jp: 24,
      costPerParticipant: 2_000_000,
    });
    expect(again.json().items.map((i: { title: string }) => i.title)).toContain('Coaching Kepemimpinan');
    expect(again.json().items).toHaveLength(4);
  });

  it('is proposed, returned with a reason, proposed again and consolidated into the government’s plan', async () => {
    const proposed = await opdAdmin.post(`/api/v1/development-plans/${planId}/transitions`, {
      transition: 'propose',
    });
    expect(proposed.json()).toMatchObject({ state: 'proposed', editable: false });
    expect((await opdAdmin.patch(`/api/v1/development-plans/${planId}`, { budget: 1 })).statusCode).toBe(409);
    // The OPD cannot return or consolidate its own proposal; the BKPSDM must say why it returns one.
    expect(
      (await opdAdmin.post(`/api/v1/development-plans/${planId}/transitions`, { transition: 'consolidate' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await admin.post(`/api/v1/development-plans/${planId}/transitions`, { transition: 'return' }))
        .statusCode,
    ).toBe(400);
    const returned = await admin.post(`/api/v1/development-plans/${planId}/transitions`, {
      transition: 'return',
      reason: 'Lengkapi dasar usulan.',
    });
    expect(returned.json().state).toBe('draft');
    await opdAdmin.post(`/api/v1/development-plans/${planId}/transitions`, { transition: 'propose' });
    const consolidated = await admin.post(`/api/v1/development-plans/${planId}/transitions`, {
      transition: 'consolidate',
    });
    expect(consolidated.statusCode, consolidated.body).toBe(200);
    expect(consolidated.json().state).toBe('consolidated');
    const list = (await admin.get('/api/v1/development-plans?year=2027')).json().items;
    const government = list.find((p: { unit: null | object }) => p.unit === null);
    expect(government).toMatchObject({ state: 'draft', totals: { items: 4 } });
    const full = (await admin.get(`/api/v1/development-plans/${government.id}`)).json();
    expect(full.items[0].fromUnit).toEqual({ id: opd.id, name: 'Dinas Komunikasi dan Informatika' });
    const moves = (await auditEntries(ctx, tenantId, 'development.plan.transitioned')).map(
      (e) => (e.data as { transition: string }).transition,
    );
    expect(moves).toEqual(['propose', 'return', 'propose', 'consolidate']);
  });

  it('is approved by a leader, never by the admins who drafted it', async () => {
    const government = (await admin.get('/api/v1/development-plans?year=2027'))
      .json()
      .items.find((p: { unit: null | object }) => p.unit === null);
    expect(
      (await admin.post(`/api/v1/development-plans/${government.id}/transitions`, { transition: 'approve' }))
        .statusCode,
    ).toBe(403);
    const approved = await pimpinan.post(`/api/v1/development-plans/${government.id}/transitions`, {
      transition: 'approve',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().state).toBe('approved');
    expect(
      (
        await pimpinan.post(`/api/v1/development-plans/${government.id}/transitions`, {
          transition: 'approve',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('exports in the layout an agency submits, with totals against the budget', async () => {
    const response = await admin.get(`/api/v1/development-plans/${planId}/export.xlsx`);
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('RENCANA PENGEMBANGAN KOMPETENSI TAHUN 2027');
    expect(sheet.getRow(5).getCell(2).value).toBe('Kompetensi');
    const cells = sheet.getColumn(2).values.map(String);
    expect(cells).toContain('M.1 Integritas');
    expect(cells).toContain('Coaching Kepemimpinan');
    expect(cells).toContain('Jumlah');
    expect(cells).toContain('Pagu anggaran');
  });

  it('is read within reach: the other OPD’s admin and another government see nothing of it', async () => {
    const other = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: otherOpd.id });
    expect((await other.get(`/api/v1/development-plans/${planId}`)).statusCode).toBe(404);
    expect((await other.get('/api/v1/development-plans')).json().items).toEqual([]);
    const atasan = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opd.id });
    expect((await atasan.get(`/api/v1/development-plans/${planId}`)).statusCode).toBe(200);
    const foreign = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
    expect((await foreign.get(`/api/v1/development-plans/${planId}`)).statusCode).toBe(404);
  });
});
