import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition, createUnit, type UnitRef } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { refreshUnitRollups } from './gap.repository';

// The current gap figures are summed from each unit's own rows (migration 0049), recomputed when a
// reader finds them stale. Whatever changes — a level, a standard, a person's unit, position, kind
// or status, a newcomer — they must equal a count made from scratch from the assessment history
// (the path figures as of a day take), for the government and for every subtree.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let codes: Map<string, number>;
let today: string;
let opdA: UnitRef;
let bidangA1: UnitRef;
let opdB: UnitRef;
const positions: Record<string, number> = {};
const people: Record<string, number> = {};

const updateEmployee = (name: string, values: Record<string, unknown>) =>
  withTenant(ctx.db, tenantId, (tx) =>
    tx.updateTable('employee').set(values).where('id', '=', people[name]!).execute(),
  );

const assess = async (name: string, code: string, level: number) => {
  const response = await admin.post(`/api/v1/employees/${people[name]}/assessments`, {
    competencyId: codes.get(code),
    level,
    assessedOn: today,
    method: 'supervisor',
  });
  expect(response.statusCode, response.body).toBe(201);
};

const setStandard = async (position: string, requirements: [string, number][]) => {
  const response = await admin.put(`/api/v1/positions/${positions[position]}/standard`, {
    requirements: requirements.map(([code, requiredLevel]) => ({
      competencyId: codes.get(code),
      requiredLevel,
    })),
  });
  expect(response.statusCode, response.body).toBe(200);
};

const figures = (body: { competencies: unknown; units: unknown; jpm: unknown; positionKinds: unknown }) => ({
  competencies: body.competencies,
  units: body.units,
  jpm: body.jpm,
  positionKinds: body.positionKinds,
});

/** The current view of each scope against the one counted from the history, as of today. */
async function expectFresh(step: string) {
  for (const query of ['', `unitId=${opdA.id}`, `unitId=${bidangA1.id}`, `unitId=${opdB.id}`]) {
    const current = await admin.get(`/api/v1/competency-gaps?${query}`);
    const counted = await admin.get(`/api/v1/competency-gaps?${query}&asOf=${today}`);
    expect(current.statusCode, current.body).toBe(200);
    expect(figures(current.json()), `${step}: ${query || 'the government'}`).toEqual(figures(counted.json()));
  }
}

const staleUnits = () =>
  withTenant(ctx.db, tenantId, async (tx) =>
    (await tx.selectFrom('competency_gap_dirty').select('unit_id').execute()).map((r) => Number(r.unit_id)),
  );

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const list = (await admin.get('/api/v1/competencies')).json().items as { id: number; code: string }[];
  codes = new Map(list.map((c) => [c.code, c.id]));
  today = await withTenant(ctx.db, tenantId, (tx) => tenantToday(tx, ctx.clock.now()));
  opdA = await createUnit(ctx, tenantId, 'Dinas A');
  bidangA1 = await createUnit(ctx, tenantId, 'Bidang A1', opdA);
  opdB = await createUnit(ctx, tenantId, 'Dinas B');
  positions.analis = (
    await buildPosition(ctx, tenantId, { name: 'Analis', kind: 'fungsional', level: 'ahli_muda' })
  ).id;
  positions.staf = (await buildPosition(ctx, tenantId, { name: 'Staf', kind: 'pelaksana' })).id;
  await setStandard('analis', [
    ['M.1', 3],
    ['M.2', 2],
  ]);
  await setStandard('staf', [['M.1', 2]]);
  const place = async (name: string, unit: UnitRef, position: 'analis' | 'staf') => {
    people[name] = (await buildEmployee(ctx, tenantId, { name, unit })).id;
    await updateEmployee(name, {
      position_id: positions[position],
      position_kind: position === 'analis' ? 'fungsional' : 'pelaksana',
    });
  };
  await place('Ani', opdA, 'analis');
  await place('Budi', bidangA1, 'analis');
  await place('Citra', bidangA1, 'staf');
  await place('Dodi', opdB, 'staf');
  await assess('Ani', 'M.1', 3);
  await assess('Ani', 'M.2', 1);
  await assess('Budi', 'M.1', 2);
  await assess('Citra', 'M.1', 1);
});
afterAll(() => ctx.close());

describe('the units’ gap rows', () => {
  it('equal a count from the history after every kind of change', async () => {
    await expectFresh('at first');
    await assess('Budi', 'M.2', 2);
    await expectFresh('a new level');
    await assess('Ani', 'M.1', 1);
    await expectFresh('a lower level replacing a higher one');
    await updateEmployee('Citra', { unit_id: opdB.id });
    await expectFresh('a move to another OPD');
    await updateEmployee('Dodi', { position_id: positions.analis, position_kind: 'fungsional' });
    await expectFresh('a new position');
    await updateEmployee('Budi', { position_kind: 'struktural' });
    await expectFresh('a new position kind');
    await updateEmployee('Ani', { status: 'nonaktif' });
    await expectFresh('leaving');
    await updateEmployee('Ani', { status: 'aktif' });
    await expectFresh('coming back');
    await setStandard('analis', [
      ['M.1', 4],
      ['M.3', 2],
    ]);
    await expectFresh('a standard raised, a requirement added and one removed');
    await updateEmployee('Dodi', { unit_id: null });
    await expectFresh('no unit');
    people.Eka = (await buildEmployee(ctx, tenantId, { name: 'Eka', unit: bidangA1 })).id;
    await updateEmployee('Eka', { position_id: positions.staf, position_kind: 'pelaksana' });
    await assess('Eka', 'M.1', 2);
    await expectFresh('a newcomer');
  });

  it('recomputes only the stale units of the subtree read', async () => {
    await assess('Citra', 'M.1', 2); // Citra works in Dinas B now
    await assess('Eka', 'M.1', 3); // Eka in Bidang A1
    expect((await staleUnits()).sort()).toEqual([bidangA1.id, opdB.id].sort());
    await admin.get(`/api/v1/competency-gaps?unitId=${opdA.id}`);
    expect(await staleUnits()).toEqual([opdB.id]);
    await expectFresh('after a partial refresh');
    expect(await staleUnits()).toEqual([]);
  });

  it('labels JPM by the government’s cut-offs as they are now, with nothing recomputed', async () => {
    const settings = '/api/v1/settings/government';
    await assess('Budi', 'M.3', 1); // Budi: M.1 2 of 4, M.3 1 of 2: JPM 50, lacking
    const before = (await admin.get('/api/v1/competency-gaps')).json().jpm;
    expect(before.lacking).toBeGreaterThan(0);
    // Every JPM is at least 20 (level 1 of a required 5): a cut-off of 1.5 % lets everyone assessed meet.
    expect((await admin.put(settings, { jpmThresholds: { meets: 1.5, stillMeets: 1 } })).statusCode).toBe(
      200,
    );
    expect(await staleUnits()).toEqual([]);
    const after = (await admin.get('/api/v1/competency-gaps')).json().jpm;
    expect(after).toEqual({ ...before, meets: before.employees - before.unknown, stillMeets: 0, lacking: 0 });
    await expectFresh('new cut-offs');
    await admin.put(settings, { jpmThresholds: { meets: 80, stillMeets: 68 } });
  });

  it('serves readers of overlapping scopes at once without losing or doubling a unit', async () => {
    await setStandard('staf', [['M.1', 3]]);
    await assess('Ani', 'M.2', 2);
    const reads = await Promise.all(
      ['', `unitId=${opdA.id}`, `unitId=${bidangA1.id}`, `unitId=${opdB.id}`, '', `unitId=${opdA.id}`].map(
        (query) => admin.get(`/api/v1/competency-gaps?${query}`),
      ),
    );
    expect(reads.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    await expectFresh('after concurrent readers');
  });

  it('lets a writer mark a unit stale while a reader holds the marks it took', async () => {
    await assess('Ani', 'M.3', 1); // Dinas A stale
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let taken = 0;
    const reader = withTenant(ctx.db, tenantId, async (tx) => {
      taken = await refreshUnitRollups(tx, null);
      await held;
    });
    await expect.poll(() => taken).toBeGreaterThan(0);
    // Marks Dinas A again while the reader's transaction, which deleted its mark, is still open.
    await assess('Ani', 'M.3', 2);
    release();
    await reader;
    expect(await staleUnits()).toEqual([opdA.id]);
    await expectFresh('after a write beside a refresh');
  });

  it('keeps each government’s rows to itself', async () => {
    const other = await createTenant(ctx);
    const otherAdmin = await apiAs(ctx, 'admin', other.id);
    expect((await otherAdmin.get('/api/v1/competency-gaps')).json().competencies).toEqual([]);
    const rows = await withTenant(ctx.db, other.id, (tx) =>
      tx.selectFrom('competency_gap_unit').select('unit_id').execute(),
    );
    expect(rows).toEqual([]);
  });
});
