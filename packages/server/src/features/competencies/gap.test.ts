import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition, createUnit, type UnitRef } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { openSurvey } from '../../../test/factories/survey.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { insertSyntheticResponses } from '../surveys/responses/response.repository';

// Gap analysis over many people: the figures a planner reads for the government, an OPD or a unit,
// computed from the same requirements the person view shows.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let codes: Map<string, number>;
let opdA: UnitRef;
let bidangA1: UnitRef;
let opdB: UnitRef;
const people: Record<string, number> = {};

const assess = (employee: string, code: string, level: number, assessedOn: string) =>
  admin.post(`/api/v1/employees/${people[employee]}/assessments`, {
    competencyId: codes.get(code),
    level,
    assessedOn,
    method: 'assessmentCentre',
  });

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const list = (await admin.get('/api/v1/competencies')).json().items as { id: number; code: string }[];
  codes = new Map(list.map((c) => [c.code, c.id]));
  opdA = await createUnit(ctx, tenantId, 'Dinas A');
  bidangA1 = await createUnit(ctx, tenantId, 'Bidang A1', opdA);
  opdB = await createUnit(ctx, tenantId, 'Dinas B');
  const analis = (
    await buildPosition(ctx, tenantId, { name: 'Analis', kind: 'fungsional', level: 'ahli_muda' })
  ).id;
  const staf = (await buildPosition(ctx, tenantId, { name: 'Staf', kind: 'pelaksana' })).id;
  await admin.put(`/api/v1/positions/${analis}/standard`, {
    requirements: [
      { competencyId: codes.get('M.1'), requiredLevel: 3 },
      { competencyId: codes.get('M.2'), requiredLevel: 2 },
    ],
  });
  await admin.put(`/api/v1/positions/${staf}/standard`, {
    requirements: [{ competencyId: codes.get('M.1'), requiredLevel: 2 }],
  });
  const place = async (
    name: string,
    unit: UnitRef,
    position: number,
    status: 'aktif' | 'nonaktif' = 'aktif',
  ) => {
    const e = await buildEmployee(ctx, tenantId, { name, unit });
    await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .updateTable('employee')
        .set({
          position_id: position,
          position_kind: position === analis ? 'fungsional' : 'pelaksana',
          status,
        })
        .where('id', '=', e.id)
        .execute(),
    );
    people[name] = e.id;
  };
  await place('Ani', opdA, analis);
  await place('Budi', bidangA1, analis);
  await place('Citra', bidangA1, staf);
  await place('Dodi', opdB, staf);
  await place('Eko', opdB, staf, 'nonaktif');
  // Ani: M.1 2 (−1) then 3 (0) in June; M.2 2 (0). Budi: M.1 1 (−2), M.2 1 (−1).
  // Citra: M.1 2 (0). Dodi: unassessed. Eko is no longer active: not counted.
  for (const [who, code, level, day] of [
    ['Ani', 'M.1', 2, '2025-11-01'],
    ['Ani', 'M.1', 3, '2026-06-01'],
    ['Ani', 'M.2', 2, '2026-06-01'],
    ['Budi', 'M.1', 1, '2026-06-01'],
    ['Budi', 'M.2', 1, '2026-06-01'],
    ['Citra', 'M.1', 2, '2026-06-01'],
    ['Eko', 'M.1', 1, '2026-06-01'],
  ] as const) {
    expect((await assess(who, code, level, day)).statusCode).toBe(201);
  }
});
afterAll(() => ctx.close());

type Row = { code: string; required: number; assessed: number; below: number; shortfall: number };
const byCode = (rows: Row[]) =>
  Object.fromEntries(rows.map((r) => [r.code, [r.required, r.assessed, r.below, r.shortfall]]));

describe('gap analysis', () => {
  it('counts requirements, assessments, needs and shortfall per competency for the government', async () => {
    const response = await admin.get('/api/v1/competency-gaps');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    // M.1: Ani 3/3, Budi 1/3, Citra 2/2, Dodi –/2. M.2: Ani 2/2, Budi 1/2.
    expect(byCode(body.competencies)).toEqual({ 'M.1': [4, 3, 1, 2], 'M.2': [2, 2, 1, 1] });
    // JPM: Ani 100 %, Budi 2/5 = 40 %, Citra 100 %, Dodi unknown.
    expect(body.jpm).toEqual({ employees: 4, meets: 2, stillMeets: 0, lacking: 1, unknown: 1 });
    expect(body.units.map((u: { name: string }) => u.name)).toEqual(['Dinas A', 'Dinas B']);
    const dinasA = body.units.find((u: { name: string }) => u.name === 'Dinas A');
    expect(
      dinasA.cells.find((c: { competencyId: number }) => c.competencyId === codes.get('M.1')),
    ).toMatchObject({
      required: 3,
      below: 1,
      shortfall: 2,
    });
    expect(body.positionKinds.map((k: { kind: string; employees: number }) => [k.kind, k.employees])).toEqual(
      [
        ['fungsional', 2],
        ['pelaksana', 2],
      ],
    );
  });

  it('narrows to a subtree, whose own staff form a row of the heat map', async () => {
    const body = (await admin.get(`/api/v1/competency-gaps?unitId=${opdA.id}`)).json();
    expect(body.unit).toEqual({ id: opdA.id, name: 'Dinas A' });
    expect(body.units.map((u: { name: string }) => u.name)).toEqual(['Bidang A1', 'Dinas A']);
    expect(byCode(body.competencies)).toEqual({ 'M.1': [3, 3, 1, 2], 'M.2': [2, 2, 1, 1] });
  });

  it('shows the trend against an earlier day: levels as they were then', async () => {
    const body = (await admin.get('/api/v1/competency-gaps?compareTo=2025-12-31')).json();
    const m1 = body.competencies.find((c: Row) => c.code === 'M.1');
    // On 31 Dec 2025 only Ani's first assessment (2, one below 3) existed.
    expect(m1.previous).toEqual({ required: 4, assessed: 1, below: 1, shortfall: 1 });
    expect(m1.below).toBe(1);
    const future = await admin.get('/api/v1/competency-gaps?asOf=2099-01-01');
    expect(future.statusCode).toBe(400);
  });

  it('settles the current level by day, not by the order assessments are recorded in', async () => {
    // Citra's older result arrives after her newer one: her current level stays the newer 2.
    expect((await assess('Citra', 'M.1', 1, '2025-01-01')).statusCode).toBe(201);
    const current = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('competency_current')
        .select(['level', 'assessed_on'])
        .where('employee_id', '=', people.Citra!)
        .execute(),
    );
    expect(current).toEqual([{ level: 2, assessed_on: '2026-06-01' }]);
    const body = (await admin.get('/api/v1/competency-gaps?positionKind=pelaksana')).json();
    expect(byCode(body.competencies)).toEqual({ 'M.1': [2, 1, 0, 0] });
  });

  it('reads the same figures from the settled levels as from the history', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const settled = (await admin.get('/api/v1/competency-gaps')).json();
    const fromHistory = (await admin.get(`/api/v1/competency-gaps?asOf=${today}`)).json();
    expect(fromHistory.competencies).toEqual(settled.competencies);
    expect(fromHistory.units).toEqual(settled.units);
    expect(fromHistory.jpm).toEqual(settled.jpm);
  });

  it('filters by position kind', async () => {
    const body = (await admin.get('/api/v1/competency-gaps?positionKind=pelaksana')).json();
    expect(byCode(body.competencies)).toEqual({ 'M.1': [2, 1, 0, 0] });
  });

  it('ranks the people furthest below their standard', async () => {
    const body = (await admin.get('/api/v1/competency-gaps/needs')).json();
    expect(
      body.items.map((p: { name: string; shortfall: number; below: number }) => [
        p.name,
        p.shortfall,
        p.below,
      ]),
    ).toEqual([['Budi', 3, 2]]);
    expect(body.items[0]).toMatchObject({ unitName: 'Bidang A1', positionName: 'Analis' });
    const m2 = (await admin.get(`/api/v1/competency-gaps/needs?competencyId=${codes.get('M.2')}`)).json();
    expect(m2.total).toBe(1);
    const past = (await admin.get('/api/v1/competency-gaps/needs?page=5')).json();
    expect([past.items, past.total]).toEqual([[], 1]);
  });

  it('keeps a supervisor within their subtree and a pegawai out', async () => {
    const atasan = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opdB.id });
    const own = await atasan.get('/api/v1/competency-gaps');
    expect(own.json().unit).toEqual({ id: opdB.id, name: 'Dinas B' });
    expect(byCode(own.json().competencies)).toEqual({ 'M.1': [1, 0, 0, 0] });
    expect((await atasan.get(`/api/v1/competency-gaps?unitId=${opdA.id}`)).statusCode).toBe(404);
    expect((await atasan.get(`/api/v1/competency-gaps/needs?unitId=${opdA.id}`)).statusCode).toBe(404);
    const pegawai = await apiAs(ctx, 'pegawai', tenantId, { employeeId: people.Budi });
    expect((await pegawai.get('/api/v1/competency-gaps')).statusCode).toBe(403);
    const other = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
    expect((await other.get(`/api/v1/competency-gaps?unitId=${opdA.id}`)).statusCode).toBe(404);
    expect((await other.get('/api/v1/competency-gaps')).json().competencies).toEqual([]);
  });

  it('sets measured gaps beside the needs staff stated in a needs survey', async () => {
    const { waveId } = await openSurvey(
      ctx,
      { admin, opd: opdA, staff: [] },
      { mode: 'anonymous', templateKey: 'training-needs', minGroupSize: 3 },
    );
    // Staff rate Integritas (M.1) far below their need, Kerja Sama (M.2) well above it.
    await withTenant(ctx.db, tenantId, (tx) =>
      insertSyntheticResponses(
        tx,
        Array.from({ length: 6 }, () => ({
          tenant_id: tenantId,
          wave_id: waveId,
          employee_id: null,
          unit_id: null,
          answered_on: '2026-06-01',
          answers: JSON.stringify({
            managerial_competencies: {
              m1_integrity: { ability: 2, need: 5 },
              m2_teamwork: { ability: 4, need: 2 },
            },
          }),
        })),
      ),
    );
    const response = await admin.get(`/api/v1/competency-gaps/stated-needs?waveId=${waveId}`);
    expect(response.statusCode, response.body).toBe(200);
    const rows = Object.fromEntries(
      response
        .json()
        .rows.map((r: { code: string; agreement: string; statedGap: number | null; below: number }) => [
          r.code,
          [r.agreement, r.statedGap, r.below],
        ]),
    );
    // Measured: M.1 one of three below, M.2 one of two. Stated: M.1 +3, M.2 −2.
    expect(rows['M.1']).toEqual(['statedOnly', 3, 1]);
    expect(rows['M.2']).toEqual(['measuredOnly', -2, 1]);
    const notNeeds = await openSurvey(ctx, { admin, opd: opdA, staff: [] }, { mode: 'anonymous' });
    expect(
      (await admin.get(`/api/v1/competency-gaps/stated-needs?waveId=${notNeeds.waveId}`)).statusCode,
    ).toBe(400);
  });

  it('gives a policy the share below standard of a competency and the share meeting the standard, year by year', async () => {
    const policyId = (
      await admin.post('/api/v1/policies', policyBody({ title: 'Kebijakan Kompetensi' }))
    ).json().id;
    const add = (params: Record<string, unknown>, name: string) =>
      admin.post(`/api/v1/policies/${policyId}/indicators`, {
        name,
        params,
        direction: 'down',
        baseline: null,
        target: 0.2,
      });
    const below = await add(
      { source: 'competency.belowStandard', competencyId: codes.get('M.1') },
      'Integritas di bawah standar',
    );
    expect(below.statusCode, below.body).toBe(200);
    const points = Object.fromEntries(
      below.json().points.map((p: { label: string; value: number }) => [p.label, p.value]),
    );
    // End of 2025: only Ani's first M.1 (2 of 3) was assessed: all below. Now: Budi alone of three.
    expect(points['2025']).toBe(1);
    expect(points['2026']).toBeCloseTo(1 / 3);
    expect(below.json().sourceLabel).toContain('M.1 Integritas');
    const met = await add({ source: 'competency.standardMet', unitId: opdA.id }, 'Memenuhi syarat');
    const metPoints = Object.fromEntries(
      met.json().points.map((p: { label: string; value: number }) => [p.label, p.value]),
    );
    // Dinas A (Ani, Budi, Citra): Ani and Citra meet now; at the end of 2025 nobody had a full profile.
    expect(metPoints['2026']).toBeCloseTo(2 / 3);
    expect(metPoints['2025']).toBe(0);
    const foreign = await add({ source: 'competency.belowStandard', competencyId: 999_999 }, 'Asing');
    expect(foreign.statusCode).toBe(400);
  });
});
