import { DEFAULT_TALENT_SETTINGS, type TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { type NineBoxInput, placeInNineBox } from '@jenjang/domain/talent/nine-box.rules';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import {
  buildPosition,
  buildStandard,
  createUnit,
  type UnitRef,
} from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { buildCertificate } from '../../../test/factories/program.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { type Tx, withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// Talent mapping (PermenPANRB 3/2020): the agency places a year on the nine-box by a job, from each
// active PNS's annual predikat, JPM against their position's standard, education, service and
// programs completed; each person reads their own box and why; others' boxes only whom the settings
// in force name (a supervisor: their own unit's). The settings are a policy's, changed only on a
// draft, with their effect shown first. Nothing crosses to another government.

let ctx: TestContext;
const clock = new TestClock('2027-03-10T02:00:00Z');
const v = '/api/v1';
const YEAR = 2026;
const en = { locale: 'en' } as const;
let tenantId: number;
let admin: TestApi;
let leader: TestApi;
let supervisor: TestApi;
let auditor: TestApi;
let staff: TestApi;
let scopedAdmin: TestApi;
let otherAdmin: TestApi;
let otherTenantId: number;
let opdA: UnitRef;
let bidangA: UnitRef;
let opdB: UnitRef;
let policyId: number;
let draftId: number;
type Name = 'ani' | 'budi' | 'citra' | 'dodi' | 'eka' | 'fajar' | 'gita' | 'hadi';
const ids = {} as Record<Name, number>;

/** Each considered person's inputs, as the placement should read them (for placeInNineBox). */
const inputs = {} as Record<'ani' | 'budi' | 'citra' | 'dodi' | 'eka' | 'fajar', NineBoxInput>;
const input = (values: Partial<NineBoxInput>): NineBoxInput => ({
  predikat: null,
  components: {},
  jpmCategory: null,
  educationLevel: null,
  serviceYears: 0,
  completedPrograms: 0,
  potentialComponents: {},
  ...values,
});

const exec = <T>(id: number, run: (tx: Tx) => Promise<T>) => withTenant(ctx.db, id, run);

async function person(
  name: string,
  unit: UnitRef,
  values: {
    education?: string;
    tmtCpns?: string;
    predikats?: [number, string][];
    /** Current levels per competency of the standard (undefined: not assessed). */
    levels?: (number | undefined)[];
    type?: 'PNS' | 'PPPK';
    inactive?: boolean;
  },
) {
  const employee = await buildEmployee(ctx, tenantId, { name, unit });
  await exec(tenantId, async (tx) => {
    await sql`update employee set education_level = ${values.education ?? null},
      tmt_cpns = ${values.tmtCpns ?? '2010-01-01'}, employee_type = ${values.type ?? 'PNS'},
      status = ${values.inactive ? 'nonaktif' : 'aktif'},
      position_id = ${values.levels ? position.id : null} where id = ${employee.id}`.execute(tx);
    for (const [year, predikat] of values.predikats ?? []) {
      await appraise(tx, tenantId, employee.id, year, predikat);
    }
    for (const [i, level] of (values.levels ?? []).entries()) {
      if (level === undefined) continue;
      await sql`insert into competency_assessment (tenant_id, employee_id, competency_id, level, assessed_on, method)
        values (${tenantId}, ${employee.id}, ${position.competencies[i]}, ${level}, '2026-06-01', 'supervisor')`.execute(
        tx,
      );
    }
  });
  return employee.id;
}

/** An annual appraisal (PermenPANRB 6/2022: the predikat follows from hasil and perilaku kerja). */
async function appraise(tx: Tx, tenant: number, employeeId: number, year: number, predikat: string) {
  const [hasil, perilaku] = (
    {
      sangat_baik: ['above', 'above'],
      baik: ['meets', 'meets'],
      butuh_perbaikan: ['below', 'meets'],
    } as const
  )[predikat as 'baik'];
  await sql`insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month,
      hasil_kerja, perilaku_kerja, predikat, appraiser_name, appraiser_status, source)
    values (${tenant}, ${employeeId}, ${year}, 'annual', 1, 12, ${hasil}, ${perilaku}, ${predikat},
      'Wali Kota', 'NON ASN', 'import')`.execute(tx);
}

/** A position whose standard asks level 3 of two technical competencies (Σ required 6). */
const position = { id: 0, competencies: [] as number[] };

/** A program completed, its certificate issued on `issuedOn` (revoked when said). */
const certificate = (employeeId: number, issuedOn: string, revoked = false) =>
  buildCertificate(ctx, tenantId, admin, employeeId, issuedOn, { revoked });

async function placeYear(api: TestApi, year = YEAR) {
  const started = await api.post(`${v}/talent/years/${year}/placements`);
  expect(started.statusCode, started.body).toBe(202);
  await ctx.jobs.idle();
  return started.json().jobId as string;
}

interface Cell {
  box: number;
  count: number;
  performanceBand: string;
  potentialBand: string;
  label: string | null;
  recommendation: string;
}
const countsOf = (grid: { cells: Cell[] }) =>
  Object.fromEntries(grid.cells.filter((c) => c.count > 0).map((c) => [c.box, c.count]));
const grid = async (api: TestApi, query = '') => {
  const response = await api.get(`${v}/talent/years/${YEAR}${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    considered: number;
    cells: Cell[];
    unplaced: { total: number; noPredikat: number; noJpm: number };
    source: { policyId: number; versionNumber: number } | null;
    settings: TalentSettings;
  };
};
interface Row {
  employeeId: number;
  box: number | null;
  reasons: string[];
  recommendation: string | null;
  performanceScore: number;
  potentialScore: number;
  label: string | null;
}
const list = async (api: TestApi, query = '') => {
  const response = await api.get(`${v}/talent/years/${YEAR}/placements?pageSize=100${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Row[]; total: number };
};
const boxOf = async (name: Name) =>
  (await list(admin)).items.find((r) => r.employeeId === ids[name])?.box ?? null;
const audited = (action: string) =>
  exec(tenantId, (tx) =>
    tx
      .selectFrom('audit_log')
      .select(['entity', 'entity_id', 'data', 'actor_account_id'])
      .where('action', '=', action)
      .orderBy('id')
      .execute(),
  );
const scoresRows = () =>
  exec(tenantId, (tx) =>
    sql<{ employeeId: number; component: string; points: string }>`select employee_id::int as "employeeId",
      component, points::text as points from talent_score order by employee_id, axis, component`.execute(tx),
  ).then((r) => r.rows);

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 30 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  otherTenantId = (await createTenant(ctx)).id;
  opdA = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  bidangA = await createUnit(ctx, tenantId, 'Bidang Guru', opdA);
  opdB = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
  admin = await apiAs(ctx, 'admin', tenantId);
  leader = await apiAs(ctx, 'pimpinan', tenantId);
  auditor = await apiAs(ctx, 'auditor', tenantId);
  scopedAdmin = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: opdA.id });
  otherAdmin = await apiAs(ctx, 'admin', otherTenantId);

  position.id = (await buildPosition(ctx, tenantId, { name: 'Analis Talenta' })).id;
  position.competencies = await buildStandard(ctx, tenantId, position.id, ['T.TAL1', 'T.TAL2']);

  // Ani: Sangat Baik (80, above); JPM 6/6 = 100 (memenuhi, 50), S-2 (15), 16 years (cap 10), two
  // programs in 2025–2026 (10): potential 85, high. Box 9.
  ids.ani = await person('Ani', bidangA, {
    education: 'S-2 Administrasi Publik',
    tmtCpns: '2010-01-01',
    predikats: [[YEAR, 'sangat_baik']],
    levels: [3, 3],
  });
  inputs.ani = input({
    predikat: 'sangat_baik',
    jpmCategory: 'memenuhi',
    educationLevel: 'S2',
    serviceYears: 16,
    completedPrograms: 2,
  });
  // Budi: Baik (66, meets); JPM 5/6 = 83.33 (memenuhi, 50), S-1 (10), six years (6): potential 66,
  // middle. Box 5.
  ids.budi = await person('Budi', opdA, {
    education: 'S-1',
    tmtCpns: '2020-01-01',
    predikats: [
      [2025, 'butuh_perbaikan'],
      [YEAR, 'baik'],
    ],
    levels: [2, 3],
  });
  inputs.budi = input({ predikat: 'baik', jpmCategory: 'memenuhi', educationLevel: 'S1', serviceYears: 6 });
  // Citra: Butuh Perbaikan (33, below); JPM 4/6 = 66.67 (kurang memenuhi, 10), SLTA (other, 5), two
  // years (2), a program of 2024 outside the window: potential 17, low. Box 1.
  ids.citra = await person('Citra', opdB, {
    education: 'SMA Negeri 1',
    tmtCpns: '2024-01-01',
    predikats: [[YEAR, 'butuh_perbaikan']],
    levels: [2, 2],
  });
  inputs.citra = input({
    predikat: 'butuh_perbaikan',
    jpmCategory: 'kurangMemenuhi',
    educationLevel: 'SLTA',
    serviceYears: 2,
  });
  // Dodi: a complete JPM, but no annual predikat for the year (2025's only): no box.
  ids.dodi = await person('Dodi', opdB, {
    education: 'S-1',
    predikats: [[2025, 'baik']],
    levels: [3, 3],
  });
  inputs.dodi = input({ jpmCategory: 'memenuhi', educationLevel: 'S1', serviceYears: 16 });
  // Eka: Baik, but one of the two competencies never assessed: no JPM, no box.
  ids.eka = await person('Eka', opdA, {
    education: 'D-III',
    predikats: [[YEAR, 'baik']],
    levels: [3, undefined],
  });
  inputs.eka = input({ predikat: 'baik', educationLevel: 'D3', serviceYears: 16 });
  // Fajar: no position (no standard) and no predikat: neither.
  ids.fajar = await person('Fajar', opdB, {});
  inputs.fajar = input({ serviceYears: 16 });
  // Gita, a PPPK, and Hadi, no longer active, are not mapped at all.
  ids.gita = await person('Gita', opdA, { type: 'PPPK', predikats: [[YEAR, 'sangat_baik']], levels: [3, 3] });
  ids.hadi = await person('Hadi', opdA, {
    inactive: true,
    predikats: [[YEAR, 'sangat_baik']],
    levels: [3, 3],
  });

  await certificate(ids.ani, '2025-05-02');
  await certificate(ids.ani, '2026-08-01');
  // Neither of these counts: one revoked, one issued after the year.
  await certificate(ids.ani, '2026-09-01', true);
  await certificate(ids.ani, '2027-01-15');
  await certificate(ids.citra, '2024-06-01');

  staff = await apiAs(ctx, 'pegawai', tenantId, { employeeId: ids.ani });
  // Eka heads Dinas Pendidikan: a supervisor of its people (Ani, Budi, Eka, Gita, Hadi).
  supervisor = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opdA.id, employeeId: ids.eka });
});
afterAll(() => ctx.close());

describe('placing a year', () => {
  it('is the agency’s, for a year that has begun', async () => {
    const before = await admin.get(`${v}/talent/years/${YEAR}`, en);
    expect(before.statusCode).toBe(404);
    expect(before.json().detail).toBe(`The talent mapping of ${YEAR} has not been placed.`);
    for (const api of [leader, supervisor, staff, auditor, scopedAdmin]) {
      expect((await api.post(`${v}/talent/years/${YEAR}/placements`)).statusCode).toBe(403);
    }
    const future = await admin.post(`${v}/talent/years/2028/placements`, undefined, en);
    expect(future.statusCode).toBe(400);
    expect(future.json().detail).toBe('2028 has not begun: talent mapping is for a year under way or over.');
    expect((await admin.post(`${v}/talent/years/2018/placements`)).statusCode).toBe(400);
    await ctx.jobs.idle();
    const mapped = await exec(tenantId, (tx) =>
      sql<{ n: number }>`select (select count(*) from talent_mapping)::int
        + (select count(*) from talent_placement)::int as n`.execute(tx),
    );
    expect(mapped.rows[0]!.n).toBe(0);

    const overview = (await admin.get(`${v}/talent`)).json();
    expect(overview).toMatchObject({ years: [], canPlace: true, seesOthers: true, current: null });
    expect(overview.placeable).toEqual([YEAR, 2025]);
    expect(overview.settings).toEqual(DEFAULT_TALENT_SETTINGS);
    expect((await leader.get(`${v}/talent`)).json()).toMatchObject({
      canPlace: false,
      seesOthers: true,
      placeable: [],
    });
    expect((await supervisor.get(`${v}/talent`)).json()).toMatchObject({
      canPlace: false,
      seesOthers: false,
    });
  });

  it('places every active PNS as the nine-box rules say, and says why the others have no box', async () => {
    const jobId = await placeYear(admin);
    const job = await admin.get(`${v}/jobs/${jobId}`);
    expect(job.statusCode, job.body).toBe(200);
    // The year's counts are read from the year, not the job (whose result is an import's counts).
    expect(job.json()).toMatchObject({
      kind: 'talent.place',
      status: 'succeeded',
      result: null,
      errors: null,
    });

    const expected = Object.fromEntries(
      Object.entries(inputs).map(([name, i]) => [name, placeInNineBox(i, DEFAULT_TALENT_SETTINGS)]),
    );
    // The domain's boxes, as worked out by hand above.
    expect(Object.fromEntries(Object.entries(expected).map(([n, p]) => [n, p.box]))).toEqual({
      ani: 9,
      budi: 5,
      citra: 1,
      dodi: null,
      eka: null,
      fajar: null,
    });

    const year = await grid(admin);
    expect(year.considered).toBe(6);
    expect(countsOf(year)).toEqual({ 9: 1, 5: 1, 1: 1 });
    expect(year.unplaced).toEqual({ total: 3, noPredikat: 2, noJpm: 2 });
    expect(year.source).toBeNull();
    expect(year.cells).toHaveLength(9);
    expect(year.cells.find((c) => c.box === 9)).toMatchObject({
      performanceBand: 'above',
      potentialBand: 'high',
      recommendation: 'talentPool',
    });
    expect(year.cells.find((c) => c.box === 4)).toMatchObject({
      performanceBand: 'below',
      potentialBand: 'high',
    });

    const rows = (await list(admin)).items;
    expect(rows.map((r) => r.employeeId).sort()).toEqual(
      [ids.ani, ids.budi, ids.citra, ids.dodi, ids.eka, ids.fajar].sort(),
    );
    for (const [name, placed] of Object.entries(expected)) {
      const row = rows.find((r) => r.employeeId === ids[name as Name])!;
      expect(row, name).toMatchObject({
        box: placed.box,
        recommendation: placed.recommendation,
        performanceScore: placed.performance.score,
        potentialScore: placed.potential.score,
        reasons: placed.reasons,
      });
    }
    expect(rows.find((r) => r.employeeId === ids.ani)).toMatchObject({
      performanceScore: 80,
      potentialScore: 85,
    });
    expect(rows.find((r) => r.employeeId === ids.dodi)!.reasons).toEqual(['talent.noPredikat']);
    expect(rows.find((r) => r.employeeId === ids.eka)!.reasons).toEqual(['talent.noJpm']);
    expect(rows.find((r) => r.employeeId === ids.fajar)!.reasons).toEqual([
      'talent.noPredikat',
      'talent.noJpm',
    ]);
    // The highest box first, the unplaced last.
    expect(rows.slice(0, 3).map((r) => r.employeeId)).toEqual([ids.ani, ids.budi, ids.citra]);

    // Filters: a box, the unplaced, a recommendation, a unit (with its subunits), a name.
    expect((await list(admin, '&box=9')).items.map((r) => r.employeeId)).toEqual([ids.ani]);
    expect((await list(admin, '&unplaced=true')).total).toBe(3);
    expect((await list(admin, '&recommendation=performanceFollowUp')).items.map((r) => r.employeeId)).toEqual(
      [ids.citra],
    );
    expect((await list(admin, `&unitId=${opdA.id}`)).total).toBe(3);
    expect((await list(admin, '&q=ajar')).items.map((r) => r.employeeId)).toEqual([ids.fajar]);
    const unitGrid = await grid(admin, `?unitId=${opdB.id}`);
    expect(countsOf(unitGrid)).toEqual({ 1: 1 });
    expect(unitGrid.unplaced).toEqual({ total: 2, noPredikat: 2, noJpm: 1 });

    const overview = (await admin.get(`${v}/talent`)).json();
    expect(overview.years).toEqual([
      expect.objectContaining({ year: YEAR, considered: 6, placed: 3, source: null }),
    ]);
  });

  it('placed again, replaces the year’s placements rather than adding to them', async () => {
    await placeYear(admin);
    const year = await grid(admin);
    expect(year.considered).toBe(6);
    expect(countsOf(year)).toEqual({ 9: 1, 5: 1, 1: 1 });
    const count = await exec(tenantId, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from talent_placement`.execute(tx),
    );
    expect(count.rows[0]!.n).toBe(6);
  });
});

describe('why a person is where they are', () => {
  it('shows every line of both scores and what the placement read', async () => {
    const response = await admin.get(`${v}/talent/years/${YEAR}/placements/${ids.ani}`);
    expect(response.statusCode, response.body).toBe(200);
    const ani = response.json();
    expect(ani).toMatchObject({
      year: YEAR,
      person: { employeeId: ids.ani, name: 'Ani', unit: 'Bidang Guru', position: 'Analis Talenta' },
      box: 9,
      recommendation: 'talentPool',
      reasons: [],
      inputs: {
        predikat: 'sangat_baik',
        jpm: 100,
        jpmCategory: 'memenuhi',
        educationLevel: 'S2',
        serviceYears: 16,
        completedPrograms: 2,
      },
      settings: DEFAULT_TALENT_SETTINGS,
    });
    expect(ani.performance).toEqual(placeInNineBox(inputs.ani, DEFAULT_TALENT_SETTINGS).performance);
    expect(ani.performance.lines[0]).toMatchObject({
      key: 'predikat',
      points: 80,
      params: { predikat: 'sangat_baik' },
    });
    expect(ani.potential.lines.map((l: { key: string; points: number }) => [l.key, l.points])).toEqual([
      ['jpm', 50],
      ['qualification', 15],
      ['serviceYears', 10],
      ['training', 10],
    ]);

    const budi = (await admin.get(`${v}/talent/years/${YEAR}/placements/${ids.budi}`)).json();
    expect(budi.inputs).toMatchObject({ jpm: 83.33, jpmCategory: 'memenuhi', serviceYears: 6 });
    const citra = (await admin.get(`${v}/talent/years/${YEAR}/placements/${ids.citra}`)).json();
    expect(citra.inputs).toMatchObject({ jpm: 66.67, jpmCategory: 'kurangMemenuhi', completedPrograms: 0 });
    const eka = (await admin.get(`${v}/talent/years/${YEAR}/placements/${ids.eka}`)).json();
    expect(eka).toMatchObject({
      box: null,
      reasons: ['talent.noJpm'],
      inputs: { jpm: null, jpmCategory: null },
    });
    expect(eka.potential.lines[0]).toMatchObject({ key: 'jpm', code: 'talent.line.jpmMissing', points: 0 });
    // Not mapped: nothing to show.
    expect((await admin.get(`${v}/talent/years/${YEAR}/placements/${ids.gita}`)).statusCode).toBe(404);
    expect((await admin.get(`${v}/talent/years/2025/placements/${ids.ani}`)).statusCode).toBe(404);
  });

  it('is every employee’s own to read: their boxes, and nobody else’s', async () => {
    const mine = await staff.get(`${v}/talent/me`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items).toHaveLength(1);
    expect(mine.json().items[0]).toMatchObject({ year: YEAR, person: { employeeId: ids.ani }, box: 9 });
    expect((await staff.get(`${v}/talent/years/${YEAR}/placements/${ids.ani}`)).json().box).toBe(9);
    expect((await leader.get(`${v}/talent/me`)).json()).toEqual({ items: [] });
    const supervisorOwn = (await supervisor.get(`${v}/talent/me`)).json().items;
    expect(supervisorOwn.map((p: { person: { employeeId: number } }) => p.person.employeeId)).toEqual([
      ids.eka,
    ]);
  });
});

describe('who sees placements under the defaults (leaders only)', () => {
  it('show the grid to a leader; supervisors, auditors and employees see only their own', async () => {
    const asLeader = await grid(leader);
    expect(countsOf(asLeader)).toEqual({ 9: 1, 5: 1, 1: 1 });
    expect((await list(leader)).total).toBe(6);
    expect((await leader.get(`${v}/talent/years/${YEAR}/placements/${ids.citra}`)).statusCode).toBe(200);

    for (const api of [supervisor, staff, auditor]) {
      const refused = await api.get(`${v}/talent/years/${YEAR}`, en);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().detail).toContain('does not let your role see');
      expect((await api.get(`${v}/talent/years/${YEAR}/placements`)).statusCode).toBe(403);
    }
    // Someone else's placement reads as nobody's: within the supervisor's unit or not.
    for (const who of [ids.ani, ids.budi, ids.citra]) {
      expect((await supervisor.get(`${v}/talent/years/${YEAR}/placements/${who}`)).statusCode).toBe(404);
    }
    expect((await supervisor.get(`${v}/talent/years/${YEAR}/placements/${ids.eka}`)).statusCode).toBe(200);
    expect((await staff.get(`${v}/talent/years/${YEAR}/placements/${ids.budi}`)).statusCode).toBe(404);
    // An OPD's admin is not the agency, and not named by the settings.
    expect((await scopedAdmin.get(`${v}/talent/years/${YEAR}`)).statusCode).toBe(403);
  });
});

describe('component points', () => {
  const url = (id: number, year = YEAR) => `${v}/talent/years/${year}/scores/${id}`;

  it('are the agency’s, on the components the settings name, within their maximum; nothing else is kept', async () => {
    for (const api of [leader, supervisor, staff, scopedAdmin]) {
      const refused = await api.put(url(ids.budi), { performance: { innovation: 5 }, potential: {} });
      expect(refused.statusCode).toBe(403);
      expect((await api.get(url(ids.budi))).statusCode).toBe(403);
    }
    const unknown = await admin.put(url(ids.budi), { performance: { inovasi: 5 }, potential: {} }, en);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toBe(`The component "inovasi" is not in this year's talent settings.`);
    // The potential axis names no component under the defaults.
    expect(
      (await admin.put(url(ids.budi), { performance: {}, potential: { innovation: 1 } })).statusCode,
    ).toBe(400);
    const above = await admin.put(url(ids.budi), { performance: { innovation: 10.5 }, potential: {} }, en);
    expect(above.statusCode).toBe(400);
    expect(above.json().detail).toBe('The points for Inovasi are at most 10.');
    // One good component and one bad: none of it kept.
    const mixed = await admin.put(url(ids.budi), {
      performance: { innovation: 5, discipline: 25 },
      potential: {},
    });
    expect(mixed.statusCode).toBe(400);
    expect(
      (await admin.put(url(ids.budi), { performance: { innovation: -1 }, potential: {} })).statusCode,
    ).toBe(400);
    const future = await admin.put(
      url(ids.budi, 2028),
      { performance: { innovation: 5 }, potential: {} },
      en,
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().detail).toContain('2028 has not begun');
    expect(
      (await admin.put(url(ids.gita), { performance: { innovation: 5 }, potential: {} })).statusCode,
    ).toBe(409);
    expect(
      (await admin.put(url(ids.hadi), { performance: { innovation: 5 }, potential: {} })).statusCode,
    ).toBe(409);
    expect(
      (await admin.put(url(999_999), { performance: { innovation: 5 }, potential: {} })).statusCode,
    ).toBe(404);
    expect(await scoresRows()).toEqual([]);
    expect(await boxOf('budi')).toBe(5);
    expect(await audited('talent.scoresChanged')).toEqual([]);
  });

  it('given on a placed year place the person anew: a bonus lifts, a penalty lowers', async () => {
    const given = await admin.put(url(ids.budi), {
      performance: { innovation: 10 },
      potential: {},
      note: 'Inovasi layanan terbaik 2026.',
    });
    expect(given.statusCode, given.body).toBe(200);
    const expected = placeInNineBox(
      { ...inputs.budi, components: { innovation: 10 } },
      DEFAULT_TALENT_SETTINGS,
    );
    expect(expected.box).toBe(8);
    expect(given.json()).toMatchObject({
      performance: { innovation: 10 },
      potential: {},
      note: 'Inovasi layanan terbaik 2026.',
      placement: { box: 8, performance: { score: 76, band: 'above' }, recommendation: 'talentPool' },
    });
    expect(await boxOf('budi')).toBe(8);
    expect(countsOf(await grid(admin))).toEqual({ 9: 1, 8: 1, 1: 1 });
    expect((await admin.get(url(ids.budi))).json()).toMatchObject({ performance: { innovation: 10 } });

    // A discipline penalty takes Ani from Sangat Baik (80) to 60: meets, with her high potential box 7.
    const penalty = await admin.put(url(ids.ani), { performance: { discipline: 20 }, potential: {} });
    expect(penalty.json().placement).toMatchObject({ box: 7, performance: { score: 60, band: 'meets' } });
    expect((await staff.get(`${v}/talent/me`)).json().items[0].box).toBe(7);
    // Taken back: Ani is in box 9 again.
    const back = await admin.put(url(ids.ani), { performance: {}, potential: {} });
    expect(back.json()).toMatchObject({ performance: {}, placement: { box: 9 } });
    expect(countsOf(await grid(admin))).toEqual({ 9: 1, 8: 1, 1: 1 });
    expect((await admin.get(`${v}/talent`)).json().years[0]).toMatchObject({ considered: 6, placed: 3 });

    // Points on a person without a box keep them without one.
    const eka = await admin.put(url(ids.eka), { performance: { achievements: 10 }, potential: {} });
    expect(eka.json().placement).toMatchObject({ box: null, reasons: ['talent.noJpm'] });
    expect(await scoresRows()).toEqual([
      { employeeId: ids.budi, component: 'innovation', points: '10.00' },
      { employeeId: ids.eka, component: 'achievements', points: '10.00' },
    ]);
    // A year not placed keeps the points for when it is.
    const unplacedYear = await admin.put(url(ids.citra, 2025), {
      performance: { innovation: 3 },
      potential: {},
    });
    expect(unplacedYear.statusCode, unplacedYear.body).toBe(200);
    expect(unplacedYear.json().placement).toBeNull();
    await admin.put(url(ids.citra, 2025), { performance: {}, potential: {} });
  });
});

/** The defaults, with the bands cut lower and supervisors among the readers. */
const REVISED: TalentSettings = {
  ...DEFAULT_TALENT_SETTINGS,
  performance: { ...DEFAULT_TALENT_SETTINGS.performance, cutoffs: [30, 60] },
  potential: { ...DEFAULT_TALENT_SETTINGS.potential, cutoffs: [40, 60] },
  boxLabels: { '9': 'Bintang' },
  visibleTo: ['pimpinan', 'atasan'],
};

describe('the talent settings of a policy', () => {
  const settingsUrl = () => `${v}/policies/${policyId}/versions/${draftId}/talent-settings`;

  it('are set on a draft only by those who draft policies, and valid or not at all', async () => {
    const created = await admin.post(`${v}/policies`, policyBody({ title: 'Kebijakan Manajemen Talenta' }));
    policyId = created.json().id;
    await admin.post(`${v}/policies/${policyId}/draft/provisions`, {
      parentId: null,
      afterId: null,
      label: 'Pasal 1',
      body: 'Pemetaan talenta mengikuti pengaturan dalam lampiran.',
    });
    draftId = (await admin.get(`${v}/policies/${policyId}`)).json().versions[0].id as number;
    expect((await admin.get(settingsUrl())).json()).toMatchObject({
      settings: null,
      inheritedFrom: null,
      editable: true,
      defaults: DEFAULT_TALENT_SETTINGS,
    });
    // Staff read no draft of a policy they were not consulted on.
    expect((await staff.get(settingsUrl())).statusCode).toBe(404);

    const twice = await admin.put(
      settingsUrl(),
      {
        settings: {
          ...REVISED,
          boxNumbers: [
            [1, 3, 6],
            [2, 5, 8],
            [4, 7, 7],
          ],
        },
      },
      en,
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain('The boxes must be numbered 1 to 9, each once.');
    const inverted = await admin.put(
      settingsUrl(),
      { settings: { ...REVISED, performance: { ...REVISED.performance, cutoffs: [60, 30] } } },
      en,
    );
    expect(inverted.statusCode).toBe(400);
    expect(inverted.body).toContain('The lower cut-off must be below the upper one.');
    const viewerTwice = await admin.put(settingsUrl(), {
      settings: { ...REVISED, visibleTo: ['atasan', 'atasan'] },
    });
    expect(viewerTwice.statusCode).toBe(400);
    const employeesSee = await admin.put(settingsUrl(), { settings: { ...REVISED, visibleTo: ['pegawai'] } });
    expect(employeesSee.statusCode).toBe(400);
    const extra = await admin.put(settingsUrl(), { settings: { ...REVISED, secret: true } });
    expect(extra.statusCode).toBe(400);
    for (const api of [leader, supervisor, scopedAdmin]) {
      expect((await api.put(settingsUrl(), { settings: REVISED })).statusCode).toBe(403);
      expect((await api.delete(settingsUrl())).statusCode).toBe(403);
    }
    expect((await admin.get(settingsUrl())).json().settings).toBeNull();
    expect(await audited('talent.settingsChanged')).toEqual([]);

    const set = await admin.put(settingsUrl(), { settings: REVISED });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ settings: REVISED, editable: true });
    const taken = await admin.delete(settingsUrl());
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().settings).toBeNull();
    expect((await admin.put(settingsUrl(), { settings: REVISED })).statusCode).toBe(200);
    // Not yet adopted: the defaults are in force still.
    expect((await admin.get(`${v}/talent`)).json().current).toBeNull();
  });

  it('show before adoption who would move between boxes; the names for the agency only', async () => {
    const effect = await admin.get(`${settingsUrl()}/effect?year=${YEAR}`);
    expect(effect.statusCode, effect.body).toBe(200);
    // Budi (76, 66) goes from 8 to 9, Citra (33, 17) from 1 to 3; Ani stays in 9.
    expect(effect.json()).toMatchObject({
      year: YEAR,
      current: null,
      considered: 6,
      before: { boxes: { '9': 1, '8': 1, '1': 1, '3': 0 }, unplaced: 3 },
      after: { boxes: { '9': 2, '8': 0, '1': 0, '3': 1 }, unplaced: 3 },
      moved: 2,
    });
    expect(effect.json().moves).toEqual(
      expect.arrayContaining([
        { from: 8, to: 9, count: 1 },
        { from: 1, to: 3, count: 1 },
      ]),
    );
    expect(
      effect
        .json()
        .people.map((p: { employeeId: number; from: number; to: number }) => [p.employeeId, p.from, p.to])
        .sort(),
    ).toEqual(
      [
        [ids.budi, 8, 9],
        [ids.citra, 1, 3],
      ].sort(),
    );
    // The latest appraised year by default.
    expect((await admin.get(`${settingsUrl()}/effect`)).json()).toMatchObject({ year: YEAR, moved: 2 });
    const asLeader = await leader.get(`${settingsUrl()}/effect?year=${YEAR}`);
    expect(asLeader.statusCode, asLeader.body).toBe(200);
    expect(asLeader.json()).toMatchObject({ moved: 2, people: null });
    for (const api of [supervisor, staff]) {
      expect([403, 404]).toContain((await api.get(`${settingsUrl()}/effect?year=${YEAR}`)).statusCode);
    }
    // The placed year is unchanged until someone places it again.
    expect(countsOf(await grid(admin))).toEqual({ 9: 1, 8: 1, 1: 1 });
  });

  it('once adopted, are frozen, rule the year’s next placement, and let supervisors see their own unit', async () => {
    const adopted = await leader.post(`${v}/policies/${policyId}/transitions`, { transition: 'adopt' });
    expect(adopted.statusCode, adopted.body).toBe(200);
    const frozen = await admin.put(settingsUrl(), { settings: DEFAULT_TALENT_SETTINGS }, en);
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().detail).toContain('change only on a draft version');
    expect((await admin.delete(settingsUrl())).statusCode).toBe(409);
    expect((await admin.get(settingsUrl())).json()).toMatchObject({ settings: REVISED, editable: false });
    expect((await admin.get(`${v}/talent`)).json().current).toMatchObject({ policyId, versionNumber: 1 });

    // The supervisor now sees the people of Dinas Pendidikan (Bidang Guru included), no one else.
    expect((await supervisor.get(`${v}/talent`)).json().seesOthers).toBe(true);
    const own = await grid(supervisor);
    expect(own.considered).toBe(3);
    expect(countsOf(own)).toEqual({ 9: 1, 8: 1 });
    expect(own.unplaced).toEqual({ total: 1, noPredikat: 0, noJpm: 1 });
    const ownList = await list(supervisor);
    expect(ownList.items.map((r) => r.employeeId).sort()).toEqual([ids.ani, ids.budi, ids.eka].sort());
    expect(ownList.total).toBe(3);
    // Asking for another unit finds nobody; another unit's person reads as nobody's.
    const elsewhere = await grid(supervisor, `?unitId=${opdB.id}`);
    expect(elsewhere.considered).toBe(0);
    expect((await list(supervisor, `&unitId=${opdB.id}`)).total).toBe(0);
    expect((await supervisor.get(`${v}/talent/years/${YEAR}/placements/${ids.budi}`)).statusCode).toBe(200);
    expect((await supervisor.get(`${v}/talent/years/${YEAR}/placements/${ids.citra}`)).statusCode).toBe(404);
    expect((await supervisor.get(`${v}/talent/years/${YEAR}/placements/${ids.dodi}`)).statusCode).toBe(404);
    // Still not the agency: no points, no placing.
    expect(
      (
        await supervisor.put(`${v}/talent/years/${YEAR}/scores/${ids.budi}`, {
          performance: {},
          potential: {},
        })
      ).statusCode,
    ).toBe(403);
    // Auditors are not named: still refused; employees too.
    expect((await auditor.get(`${v}/talent/years/${YEAR}`)).statusCode).toBe(403);
    expect((await staff.get(`${v}/talent/years/${YEAR}/placements`)).statusCode).toBe(403);

    // Placed again, the year follows the policy: Budi to 9, Citra to 3, and box 9 is called Bintang.
    await placeYear(admin);
    const year = await grid(admin);
    expect(year.source).toMatchObject({ policyId, versionNumber: 1 });
    expect(year.settings).toEqual(REVISED);
    expect(countsOf(year)).toEqual({ 9: 2, 3: 1 });
    expect(year.cells.find((c) => c.box === 9)!.label).toBe('Bintang');
    expect(await boxOf('budi')).toBe(9);
    expect(await boxOf('citra')).toBe(3);
    const ani = (await staff.get(`${v}/talent/me`)).json().items[0];
    expect(ani).toMatchObject({ box: 9, label: 'Bintang', settings: REVISED });
    expect(countsOf(await grid(supervisor))).toEqual({ 9: 2 });
  });
});

describe('another government', () => {
  it('never sees this one’s placements, points or settings, and places its own', async () => {
    expect((await otherAdmin.get(`${v}/talent`)).json()).toMatchObject({
      years: [],
      current: null,
      placeable: [],
    });
    expect((await otherAdmin.get(`${v}/talent/years/${YEAR}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`${v}/talent/years/${YEAR}/placements`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`${v}/talent/years/${YEAR}/placements/${ids.ani}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`${v}/talent/years/${YEAR}/scores/${ids.budi}`)).statusCode).toBe(404);
    const points = await otherAdmin.put(`${v}/talent/years/${YEAR}/scores/${ids.budi}`, {
      performance: { innovation: 1 },
      potential: {},
    });
    expect(points.statusCode).toBe(404);
    const foreignSettings = `${v}/policies/${policyId}/versions/${draftId}/talent-settings`;
    expect((await otherAdmin.get(foreignSettings)).statusCode).toBe(404);
    expect((await otherAdmin.put(foreignSettings, { settings: REVISED })).statusCode).toBe(404);

    // Its own year, with its only employee: its own considered, nobody of ours.
    const own = await buildEmployee(ctx, otherTenantId, { name: 'Orang Lain' });
    await exec(otherTenantId, (tx) => appraise(tx, otherTenantId, own.id, YEAR, 'baik'));
    await placeYear(otherAdmin);
    const theirs = (await otherAdmin.get(`${v}/talent/years/${YEAR}/placements`)).json();
    expect(theirs.items.map((r: Row) => r.employeeId)).toEqual([own.id]);
    // Their settings are the defaults: this government's policy rules nothing there.
    expect((await otherAdmin.get(`${v}/talent/years/${YEAR}`)).json()).toMatchObject({
      considered: 1,
      source: null,
    });
    // And ours is as it was.
    expect((await grid(admin)).considered).toBe(6);
  });
});

describe('a person hired after the year was placed', () => {
  it('is placed when given points, and the year’s counts follow', async () => {
    const newcomer = await person('Nina', opdB, {
      education: 'S-1',
      tmtCpns: '2026-02-01',
      predikats: [[YEAR, 'sangat_baik']],
      levels: [3, 3],
    });
    const given = await admin.put(`${v}/talent/years/${YEAR}/scores/${newcomer}`, {
      performance: { achievements: 5 },
      potential: {},
    });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json().placement).toMatchObject({ box: expect.any(Number) });
    const summary = (await admin.get(`${v}/talent`)).json().years[0];
    expect(summary.placed).toBeLessThanOrEqual(summary.considered);
    expect(summary).toMatchObject({ considered: 7, placed: 4 });
    expect((await grid(admin)).considered).toBe(7);
  });
});

describe('after the year was placed', () => {
  it('reads a supervisor’s unit as it is now: list, counts and one person agree after a move', async () => {
    const before = (await list(supervisor)).items.map((r) => r.employeeId);
    expect(before).toContain(ids.budi);
    await exec(tenantId, (tx) =>
      sql`update employee set unit_id = ${opdB.id} where id = ${ids.budi}`.execute(tx),
    );
    const after = await list(supervisor);
    expect(after.items.map((r) => r.employeeId)).not.toContain(ids.budi);
    expect((await grid(supervisor)).considered).toBe(after.total);
    expect((await supervisor.get(`${v}/talent/years/${YEAR}/placements/${ids.budi}`)).statusCode).toBe(404);
    await exec(tenantId, (tx) =>
      sql`update employee set unit_id = ${opdA.id} where id = ${ids.budi}`.execute(tx),
    );
    expect((await list(supervisor)).items.map((r) => r.employeeId)).toContain(ids.budi);
  });

  it('shows no one to a supervisor account without a unit, though the settings name supervisors', async () => {
    const unscoped = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: null });
    expect((await unscoped.get(`${v}/talent/years/${YEAR}`)).statusCode).toBe(403);
    expect((await unscoped.get(`${v}/talent/years/${YEAR}/placements/${ids.budi}`)).statusCode).toBe(404);
  });

  it('gives points on the components of the settings that placed the year, and a placement and points changed at once both land', async () => {
    const year = (await admin.get(`${v}/talent/years/${YEAR}/scores/${ids.citra}`)).json();
    expect(year.settings).toEqual((await grid(admin)).settings);
    const [placing, given] = await Promise.all([
      admin.post(`${v}/talent/years/${YEAR}/placements`),
      admin.put(`${v}/talent/years/${YEAR}/scores/${ids.citra}`, {
        performance: { innovation: 3 },
        potential: {},
      }),
    ]);
    expect(placing.statusCode, placing.body).toBe(202);
    expect(given.statusCode, given.body).toBe(200);
    await ctx.jobs.idle();
    const job = (await admin.get(`${v}/jobs/${placing.json().jobId}`)).json();
    expect(job.status).toBe('succeeded');
    const citra = (await admin.get(`${v}/talent/years/${YEAR}/placements/${ids.citra}`)).json();
    expect(
      citra.performance.lines.find((l: { component: string | null }) => l.component === 'innovation')?.points,
    ).toBe(3);
  });
});

describe('succession to key positions', () => {
  const keys = `${v}/talent/key-positions`;
  let headId: number;
  interface Candidate {
    employeeId: number;
    box: number | null;
    jpm: number | null;
    readiness: string | null;
  }

  it('are the agency’s to mark, a known position once', async () => {
    // A head of section whose standard asks the same two competencies at level 3.
    headId = (await buildPosition(ctx, tenantId, { name: 'Kepala Bidang Talenta' })).id;
    await exec(tenantId, async (tx) => {
      for (const competency of position.competencies) {
        await sql`insert into position_competency (tenant_id, position_id, competency_id, required_level)
          values (${tenantId}, ${headId}, ${competency}, 3)`.execute(tx);
      }
    });
    for (const api of [leader, supervisor, staff, auditor, scopedAdmin]) {
      expect((await api.post(keys, { positionId: headId })).statusCode).toBe(403);
    }
    const unknown = await admin.post(keys, { positionId: 999_999 }, en);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toBe('The position chosen was not found.');
    // Another government's admin cannot mark ours: it is no position of theirs.
    expect((await otherAdmin.post(keys, { positionId: headId })).statusCode).toBe(400);
    const marked = await admin.post(keys, { positionId: headId, note: 'Pensiun 2028' });
    expect(marked.statusCode, marked.body).toBe(201);
    expect(marked.json().position).toMatchObject({
      positionId: headId,
      holders: 0,
      successors: 0,
      note: 'Pensiun 2028',
    });
    const twice = await admin.post(keys, { positionId: headId }, en);
    expect(twice.statusCode).toBe(409);
  });

  it('draw candidates from the latest talent pool, best match to the position’s standard first', async () => {
    const pool = (await list(admin, '&recommendation=talentPool')).items.map((r) => r.employeeId);
    const { candidates, year, successors } = (await admin.get(`${keys}/${headId}`)).json() as {
      candidates: Candidate[];
      successors: Candidate[];
      year: number;
    };
    expect(year).toBe(YEAR);
    expect(successors).toEqual([]);
    expect(candidates.map((c) => c.employeeId).sort()).toEqual([...pool].sort());
    // Ani meets both competencies at 3 (100), Budi one at 2 (83.33).
    expect(candidates[0]).toMatchObject({ employeeId: ids.ani, jpm: 100 });
    expect(candidates.find((c) => c.employeeId === ids.budi)?.jpm).toBe(83.33);
    const jpms = candidates.map((c) => c.jpm ?? -1);
    expect(jpms).toEqual([...jpms].sort((a, b) => b - a));
  });

  it('name successors who are active PNS not holding the position, ready now or later', async () => {
    const named = await admin.put(`${keys}/${headId}/successors`, { employeeId: ids.ani, readiness: 'soon' });
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json().successors).toMatchObject([{ employeeId: ids.ani, readiness: 'soon', jpm: 100 }]);
    expect(named.json().candidates.map((c: Candidate) => c.employeeId)).not.toContain(ids.ani);
    // Re-rated, not doubled.
    const rerated = await admin.put(`${keys}/${headId}/successors`, {
      employeeId: ids.ani,
      readiness: 'now',
    });
    expect(rerated.json().successors).toMatchObject([{ employeeId: ids.ani, readiness: 'now' }]);
    expect(rerated.json().position).toMatchObject({ successors: 1, readyNow: 1 });
    // A PPPK, someone no longer active, someone holding the position: refused, nothing kept.
    for (const employeeId of [ids.gita, ids.hadi]) {
      const refused = await admin.put(`${keys}/${headId}/successors`, { employeeId, readiness: 'now' }, en);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().detail).toBe('A successor must be an active PNS.');
    }
    await exec(tenantId, (tx) =>
      sql`update employee set position_id = ${headId} where id = ${ids.dodi}`.execute(tx),
    );
    const holder = await admin.put(
      `${keys}/${headId}/successors`,
      { employeeId: ids.dodi, readiness: 'now' },
      en,
    );
    expect(holder.statusCode).toBe(400);
    expect(holder.json().detail).toBe('This employee already holds the position.');
    const bad = await admin.put(`${keys}/${headId}/successors`, {
      employeeId: ids.budi,
      readiness: 'tomorrow',
    });
    expect(bad.statusCode).toBe(400);
    const view = (await admin.get(`${keys}/${headId}`)).json();
    expect(view.successors.map((c: Candidate) => c.employeeId)).toEqual([ids.ani]);
    expect(view.position.holders).toBe(1);
  });

  it('are read by the agency and the leaders the settings name, never by a unit’s supervisor', async () => {
    expect((await leader.get(keys)).json()).toMatchObject({
      canManage: false,
      items: [{ positionId: headId }],
    });
    expect(
      (await leader.put(`${keys}/${headId}/successors`, { employeeId: ids.budi, readiness: 'now' }))
        .statusCode,
    ).toBe(403);
    const refused = await supervisor.get(keys, en);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe(
      'Succession plans are for the agency and the leaders the talent policy allows.',
    );
    expect((await supervisor.get(`${keys}/${headId}`)).statusCode).toBe(403);
    expect((await staff.get(keys)).statusCode).toBe(403);
    expect((await auditor.get(keys)).statusCode).toBe(403);
    expect((await otherAdmin.get(keys)).json().items).toEqual([]);
    expect((await otherAdmin.get(`${keys}/${headId}`)).statusCode).toBe(404);
    expect((await otherAdmin.delete(`${keys}/${headId}/successors/${ids.ani}`)).statusCode).toBe(404);
  });

  it('unmarked, take their successors with them, and each change is audited', async () => {
    const removed = await admin.delete(`${keys}/${headId}/successors/${ids.ani}`);
    expect(removed.json().successors).toEqual([]);
    expect((await admin.delete(`${keys}/${headId}/successors/${ids.ani}`)).statusCode).toBe(404);
    await admin.put(`${keys}/${headId}/successors`, { employeeId: ids.budi, readiness: 'later' });
    expect((await admin.delete(`${keys}/${headId}`)).statusCode).toBe(204);
    expect((await admin.get(`${keys}/${headId}`)).statusCode).toBe(404);
    const left = await exec(tenantId, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from talent_successor`.execute(tx),
    );
    expect(left.rows[0]!.n).toBe(0);
    const trail = await audited('talent.successionChanged');
    expect(trail.map((e) => (e.data as { change: string }).change)).toEqual([
      'marked',
      'named',
      'named',
      'removed',
      'named',
      'unmarked',
    ]);
    expect(trail.every((e) => e.entity === 'position' && Number(e.entity_id) === headId)).toBe(true);
  });
});

describe('the audit trail', () => {
  it('records each placement, each change of points and each change of settings', async () => {
    // Three placements of the year and the one beside a change of points ("after the year was placed").
    const placed = await audited('talent.placed');
    expect(placed).toHaveLength(4);
    expect(placed[0]).toMatchObject({
      entity: 'job',
      actor_account_id: admin.account.id,
      data: { year: YEAR, considered: 6, placed: 3 },
    });
    const points = await audited('talent.scoresChanged');
    expect(points.length).toBeGreaterThanOrEqual(6);
    expect(points[0]).toMatchObject({
      entity: 'employee',
      entity_id: String(ids.budi),
      actor_account_id: admin.account.id,
      data: { year: YEAR },
    });
    const settings = await audited('talent.settingsChanged');
    expect(settings.map((s) => (s.data as { stated: boolean }).stated)).toEqual([true, false, true]);
    expect(settings[0]).toMatchObject({
      entity: 'policy',
      entity_id: String(policyId),
      data: { versionId: draftId },
    });
    // Nothing of it in the other government's trail but its own placement.
    const theirs = await exec(otherTenantId, (tx) =>
      tx.selectFrom('audit_log').select('action').where('action', 'like', 'talent.%').execute(),
    );
    expect(theirs.map((a) => a.action)).toEqual(['talent.placed']);
  });
});
