import type { JpmLabel } from '@jenjang/domain/competency/competency-gap.rules';
import type { Predikat } from '@jenjang/domain/performance/predikat.rules';
import { yearsBetween } from '@jenjang/domain/shared/calendar-date';
import type { EducationLevel } from '@jenjang/domain/talent/education-level';
import { DEFAULT_TALENT_SETTINGS, type TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { placeInNineBox } from '@jenjang/domain/talent/nine-box.rules';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition, buildStandard, createUnit } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { buildCertificate } from '../../../test/factories/program.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { type Tx, withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// The effect of a draft's talent settings reads a placed year as it was placed (basis 'placements':
// the inputs its placements kept, the programs counted again for a settings whose training window
// is not the placing one) and a year not placed from everyone's data now (basis 'current'). Either
// way its counts, moves and names are those the domain's placeInNineBox gives under both settings.

let ctx: TestContext;
const TODAY = '2027-03-10';
const clock = new TestClock(`${TODAY}T02:00:00Z`);
const v = '/api/v1';
const YEAR = 2026;
let tenantId: number;
let admin: TestApi;
let policyId: number;
let draftId: number;

/** The defaults with the bands cut lower: the same training window, so a placed year reads as placed. */
const CUTOFFS: TalentSettings = {
  ...DEFAULT_TALENT_SETTINGS,
  performance: { ...DEFAULT_TALENT_SETTINGS.performance, cutoffs: [30, 60] },
  potential: { ...DEFAULT_TALENT_SETTINGS.potential, cutoffs: [40, 60] },
};
/** The defaults counting programs of the last three years, not two. */
const WINDOW: TalentSettings = {
  ...DEFAULT_TALENT_SETTINGS,
  potential: {
    ...DEFAULT_TALENT_SETTINGS.potential,
    training: { ...DEFAULT_TALENT_SETTINGS.potential.training, windowYears: 3 },
  },
};

/** What the database holds of a person, as the nine-box reads it. */
interface Held {
  id: number;
  predikats: Partial<Record<number, Predikat>>;
  jpmCategory: JpmLabel | null;
  educationLevel: EducationLevel | null;
  tmtCpns: string;
  certificates: string[];
}
type Name = 'ani' | 'budi' | 'citra' | 'dodi' | 'eka';
const held = {} as Record<Name, Held>;

const exec = <T>(run: (tx: Tx) => Promise<T>) => withTenant(ctx.db, tenantId, run);

/** A position whose standard asks level 3 of two technical competencies (Σ required 6). */
const position = { id: 0, competencies: [] as number[] };

async function assess(employeeId: number, levels: (number | undefined)[], on: string) {
  await exec(async (tx) => {
    for (const [i, level] of levels.entries()) {
      if (level === undefined) continue;
      await sql`insert into competency_assessment (tenant_id, employee_id, competency_id, level, assessed_on, method)
        values (${tenantId}, ${employeeId}, ${position.competencies[i]}, ${level}, ${on}, 'supervisor')`.execute(
        tx,
      );
    }
  });
}

/** An annual appraisal (PermenPANRB 6/2022: the predikat follows from hasil and perilaku kerja). */
async function appraise(
  employeeId: number,
  year: number,
  predikat: 'sangat_baik' | 'baik' | 'butuh_perbaikan',
) {
  const [hasil, perilaku] = {
    sangat_baik: ['above', 'above'],
    baik: ['meets', 'meets'],
    butuh_perbaikan: ['below', 'meets'],
  }[predikat];
  await exec((tx) =>
    sql`insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month,
        hasil_kerja, perilaku_kerja, predikat, appraiser_name, appraiser_status, source)
      values (${tenantId}, ${employeeId}, ${year}, 'annual', 1, 12, ${hasil}, ${perilaku}, ${predikat},
        'Wali Kota', 'NON ASN', 'import')`.execute(tx),
  );
}

/** A program completed, its certificate issued on `issuedOn`. */
const certificate = (employeeId: number, issuedOn: string) =>
  buildCertificate(ctx, tenantId, admin, employeeId, issuedOn);

async function person(
  name: string,
  values: {
    education: string;
    tmtCpns: string;
    predikats: [number, 'sangat_baik' | 'baik' | 'butuh_perbaikan'][];
    levels: (number | undefined)[];
    certificates?: string[];
  },
) {
  const unit = await createUnit(ctx, tenantId, `Unit ${name}`);
  const { id } = await buildEmployee(ctx, tenantId, { name, unit });
  await exec((tx) =>
    sql`update employee set education_level = ${values.education}, tmt_cpns = ${values.tmtCpns},
      position_id = ${position.id} where id = ${id}`.execute(tx),
  );
  for (const [year, predikat] of values.predikats) await appraise(id, year, predikat);
  await assess(id, values.levels, '2026-06-01');
  for (const issuedOn of values.certificates ?? []) await certificate(id, issuedOn);
  return id;
}

/** A person's box for a year under settings, from what they hold (the domain's rules only). */
function boxIn(p: Held, year: number, settings: TalentSettings): number | null {
  const end = `${year}-12-31`;
  const from = `${year - settings.potential.training.windowYears + 1}-01-01`;
  return placeInNineBox(
    {
      predikat: p.predikats[year] ?? null,
      components: {},
      jpmCategory: p.jpmCategory,
      educationLevel: p.educationLevel,
      serviceYears: Math.max(0, yearsBetween(p.tmtCpns, end < TODAY ? end : TODAY)),
      completedPrograms: p.certificates.filter((d) => d >= from && d <= end).length,
      potentialComponents: {},
    },
    settings,
  ).box;
}

type Move = { from: number | null; to: number | null; count: number };
type Counts = { boxes: Record<string, number>; unplaced: number };
interface Figures {
  basis: string;
  considered: number;
  before: Counts;
  after: Counts;
  moved: number;
  moves: Move[];
  people: [number, number | null, number | null][];
}

const byMove = (a: Move, b: Move) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`);

/** The effect's figures in one order: moves by from and to, people by id. */
function figuresOf(
  effect: Omit<Figures, 'people'> & {
    people: { employeeId: number; from: number | null; to: number | null }[];
  },
): Figures {
  return {
    basis: effect.basis,
    considered: effect.considered,
    before: effect.before,
    after: effect.after,
    moved: effect.moved,
    moves: [...effect.moves].sort(byMove),
    people: effect.people
      .map((p): Figures['people'][number] => [p.employeeId, p.from, p.to])
      .sort((a, b) => a[0] - b[0]),
  };
}

/** What the effect should show for `people` in a year, from before to after. */
function expected(
  people: readonly Held[],
  year: number,
  settings: readonly [TalentSettings, TalentSettings],
  basis: 'placements' | 'current',
): Figures {
  const counts = (): Counts => ({
    boxes: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => [String(b), 0])),
    unplaced: 0,
  });
  const count = (c: Counts, box: number | null) => {
    if (box === null) c.unplaced += 1;
    else c.boxes[String(box)] = (c.boxes[String(box)] ?? 0) + 1;
  };
  const figures: Figures = {
    basis,
    considered: people.length,
    before: counts(),
    after: counts(),
    moved: 0,
    moves: [],
    people: [],
  };
  for (const p of [...people].sort((a, b) => a.id - b.id)) {
    const [from, to] = [boxIn(p, year, settings[0]), boxIn(p, year, settings[1])];
    count(figures.before, from);
    count(figures.after, to);
    if (from === to) continue;
    figures.moved += 1;
    figures.people.push([p.id, from, to]);
    const move = figures.moves.find((m) => m.from === from && m.to === to);
    if (move) move.count += 1;
    else figures.moves.push({ from, to, count: 1 });
  }
  figures.moves.sort(byMove);
  return figures;
}

const settingsUrl = () => `${v}/policies/${policyId}/versions/${draftId}/talent-settings`;

async function draft(settings: TalentSettings) {
  const set = await admin.put(settingsUrl(), { settings });
  expect(set.statusCode, set.body).toBe(200);
}

async function effect(year?: number): Promise<Figures & { year: number }> {
  const response = await admin.get(`${settingsUrl()}/effect${year ? `?year=${year}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return { year: response.json().year, ...figuresOf(response.json()) };
}

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 30 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  position.id = (await buildPosition(ctx, tenantId, { name: 'Analis Talenta' })).id;
  position.competencies = await buildStandard(ctx, tenantId, position.id, ['T.EFF1', 'T.EFF2']);

  // Ani: Sangat Baik, JPM 100 (memenuhi), S-2, 16 years; a program in 2025 and one in 2024 (in a
  // three-year window only): box 9 either way.
  const ani = {
    education: 'S-2 Administrasi Publik',
    tmtCpns: '2010-01-01',
    certificates: ['2024-06-01', '2025-05-02'],
  };
  held.ani = {
    id: await person('Ani', { ...ani, predikats: [[YEAR, 'sangat_baik']], levels: [3, 3] }),
    predikats: { [YEAR]: 'sangat_baik' },
    jpmCategory: 'memenuhi',
    educationLevel: 'S2',
    ...ani,
  };
  // Budi: Baik (66), JPM 83.33 (memenuhi), S-1, six years: potential 66, box 5; with his program of
  // 2024 counted in a three-year window, 71: high, box 7.
  const budi = { education: 'S-1', tmtCpns: '2020-01-01', certificates: ['2024-03-01'] };
  held.budi = {
    id: await person('Budi', {
      ...budi,
      predikats: [
        [2025, 'butuh_perbaikan'],
        [YEAR, 'baik'],
      ],
      levels: [2, 3],
    }),
    predikats: { 2025: 'butuh_perbaikan', [YEAR]: 'baik' },
    jpmCategory: 'memenuhi',
    educationLevel: 'S1',
    ...budi,
  };
  // Citra: Butuh Perbaikan (33), JPM 66.67 (kurang memenuhi), SLTA, two years: box 1 (Baik in 2025).
  const citra = { education: 'SMA Negeri 1', tmtCpns: '2024-01-01', certificates: [] };
  held.citra = {
    id: await person('Citra', {
      ...citra,
      predikats: [
        [2025, 'baik'],
        [YEAR, 'butuh_perbaikan'],
      ],
      levels: [2, 2],
    }),
    predikats: { 2025: 'baik', [YEAR]: 'butuh_perbaikan' },
    jpmCategory: 'kurangMemenuhi',
    educationLevel: 'SLTA',
    ...citra,
  };
  // Dodi: a complete JPM but 2025's predikat only: no box in 2026.
  const dodi = { education: 'S-1', tmtCpns: '2010-01-01', certificates: [] };
  held.dodi = {
    id: await person('Dodi', { ...dodi, predikats: [[2025, 'baik']], levels: [3, 3] }),
    predikats: { 2025: 'baik' },
    jpmCategory: 'memenuhi',
    educationLevel: 'S1',
    ...dodi,
  };
  // Eka: Baik, one competency never assessed: no JPM, no box.
  const eka = { education: 'D-III', tmtCpns: '2010-01-01', certificates: [] };
  held.eka = {
    id: await person('Eka', { ...eka, predikats: [[YEAR, 'baik']], levels: [3, undefined] }),
    predikats: { [YEAR]: 'baik' },
    jpmCategory: null,
    educationLevel: 'D3',
    ...eka,
  };

  const created = await admin.post(`${v}/policies`, policyBody({ title: 'Kebijakan Manajemen Talenta' }));
  expect(created.statusCode, created.body).toBe(200);
  policyId = created.json().id;
  draftId = (await admin.get(`${v}/policies/${policyId}`)).json().versions[0].id as number;
});
afterAll(() => ctx.close());

const everyone = () => Object.values(held);
/** The people as the year was placed (the data changes in the last test). */
let asPlaced: Held[] = [];

describe('the effect of a draft’s talent settings', () => {
  /** The effect over the other window before the year was placed: read from the data now. */
  let otherWindowNow: Figures & { year: number };

  it('reads everyone’s data now for a year not placed', async () => {
    await draft(CUTOFFS);
    const shown = await effect(YEAR);
    expect(shown).toEqual({
      year: YEAR,
      ...expected(everyone(), YEAR, [DEFAULT_TALENT_SETTINGS, CUTOFFS], 'current'),
    });
    // Budi (66, 66) goes from 5 to 9, Citra (33, 17) from 1 to 3.
    expect(shown.people).toEqual(
      [
        [held.budi.id, 5, 9],
        [held.citra.id, 1, 3],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );

    // Each settings counting programs over its own window: the data read twice.
    await draft(WINDOW);
    otherWindowNow = await effect(YEAR);
    expect(otherWindowNow).toEqual({
      year: YEAR,
      ...expected(everyone(), YEAR, [DEFAULT_TALENT_SETTINGS, WINDOW], 'current'),
    });
    // Budi's program of 2024 counts in three years, not two: 66 → 71, from 5 to 7.
    expect(otherWindowNow.people).toEqual([[held.budi.id, 5, 7]]);
  });

  it('reads a placed year as placed: before is its grid', async () => {
    await draft(CUTOFFS);
    const current = await effect(YEAR);
    const started = await admin.post(`${v}/talent/years/${YEAR}/placements`);
    expect(started.statusCode, started.body).toBe(202);
    await ctx.jobs.idle();
    asPlaced = everyone().map((p) => structuredClone(p));

    const placed = await effect(YEAR);
    expect(placed).toEqual({ ...current, basis: 'placements' });
    expect(placed).toEqual({
      year: YEAR,
      ...expected(asPlaced, YEAR, [DEFAULT_TALENT_SETTINGS, CUTOFFS], 'placements'),
    });
    // The latest placed year by default.
    expect(await effect()).toEqual(placed);

    // Before, under the settings that placed the year, is the year's grid.
    const grid = await admin.get(`${v}/talent/years/${YEAR}`);
    expect(grid.statusCode, grid.body).toBe(200);
    const cells = grid.json().cells as { box: number; count: number }[];
    expect(placed.before).toEqual({
      boxes: Object.fromEntries(cells.map((c) => [String(c.box), c.count])),
      unplaced: grid.json().unplaced.total,
    });

    // Another year, not placed, is read from the data now.
    expect(await effect(2025)).toEqual({
      year: 2025,
      ...expected(everyone(), 2025, [DEFAULT_TALENT_SETTINGS, CUTOFFS], 'current'),
    });
  });

  it('counts a placed year’s programs again over a draft’s other window', async () => {
    await draft(WINDOW);
    const shown = await effect(YEAR);
    expect(shown).toEqual({
      year: YEAR,
      ...expected(asPlaced, YEAR, [DEFAULT_TALENT_SETTINGS, WINDOW], 'placements'),
    });
    expect(shown).toEqual({ ...otherWindowNow, basis: 'placements' });

    // A certificate recorded since, within both windows, counts on both sides: Budi's 2026 program
    // lifts him to box 7 before and after alike, so the settings move nobody (it counted on the
    // draft's side only once: a move the settings did not make).
    await certificate(held.budi.id, '2026-10-01');
    held.budi.certificates = [...held.budi.certificates, '2026-10-01'];
    const since = await effect(YEAR);
    expect(since.people).toEqual([]);
    expect(since.moves).toEqual([]);
    expect(since.before.boxes['7']).toBe(1);
  });

  it('shows the year as placed, not as the data has changed since', async () => {
    await draft(CUTOFFS);
    const cutoffs = await effect(YEAR);
    await draft(WINDOW);
    const window = await effect(YEAR);
    const notPlaced = await effect(2025);
    // Citra is assessed anew (JPM 100: memenuhi) and Dodi's 2026 predikat arrives.
    await assess(held.citra.id, [3, 3], '2026-12-01');
    held.citra.jpmCategory = 'memenuhi';
    await appraise(held.dodi.id, YEAR, 'baik');
    held.dodi.predikats[YEAR] = 'baik';
    // Placed anew, the year would differ.
    for (const settings of [CUTOFFS, WINDOW]) {
      expect(expected(everyone(), YEAR, [DEFAULT_TALENT_SETTINGS, settings], 'placements')).not.toEqual(
        expected(asPlaced, YEAR, [DEFAULT_TALENT_SETTINGS, settings], 'placements'),
      );
    }

    expect(await effect(YEAR)).toEqual(window);
    await draft(CUTOFFS);
    expect(await effect(YEAR)).toEqual(cutoffs);
    // A year not placed reads the data now: Citra's JPM moves her in 2025.
    const now = await effect(2025);
    expect(now).not.toEqual(notPlaced);
    expect(now).toEqual({
      year: 2025,
      ...expected(everyone(), 2025, [DEFAULT_TALENT_SETTINGS, CUTOFFS], 'current'),
    });
  });
});
