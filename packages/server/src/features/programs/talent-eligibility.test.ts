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
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// A program for some talent boxes (e.g. the talent pool, 7–9): only those whom the latest talent
// mapping placed in one of them may apply; whoever has no box yet may not. Each is told the boxes
// the program is for and their own box, a nominating supervisor only the boxes.

let ctx: TestContext;
const v = '/api/v1';
const YEAR = 2026;
let tenantId: number;
let admin: TestApi;
let opd: UnitRef;
const position = { id: 0, competencies: [] as number[] };
type Name = 'ani' | 'citra' | 'dodi' | 'gita' | 'eko';
const people = {} as Record<Name, { id: number; api: TestApi }>;
let programId: number;
let batchId: number;

const exec = <T>(run: Parameters<typeof withTenant<T>>[2]) => withTenant(ctx.db, tenantId, run);

/** PermenPANRB 6/2022: the hasil kerja and perilaku kerja ratings that give each predikat. */
const RATINGS = {
  sangat_baik: ['above', 'above'],
  baik: ['meets', 'meets'],
  butuh_perbaikan: ['below', 'meets'],
  kurang: ['meets', 'below'],
} as const;

/** A PNS whose annual predikat, education, service and JPM (levels of the standard's two) place them. */
async function person(values: {
  education: string;
  tmtCpns: string;
  predikat?: keyof typeof RATINGS;
  levels: number[];
}) {
  const employee = await buildEmployee(ctx, tenantId, { unit: opd });
  await exec(async (tx) => {
    await sql`update employee set education_level = ${values.education}, tmt_cpns = ${values.tmtCpns},
      position_id = ${position.id} where id = ${employee.id}`.execute(tx);
    if (values.predikat) {
      const [hasil, perilaku] = RATINGS[values.predikat];
      await sql`insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month,
          hasil_kerja, perilaku_kerja, predikat, appraiser_name, appraiser_status, source)
        values (${tenantId}, ${employee.id}, ${YEAR}, 'annual', 1, 12, ${hasil}, ${perilaku}, ${values.predikat},
          'Wali Kota', 'NON ASN', 'import')`.execute(tx);
    }
    for (const [i, level] of values.levels.entries()) {
      await sql`insert into competency_assessment (tenant_id, employee_id, competency_id, level, assessed_on, method)
        values (${tenantId}, ${employee.id}, ${position.competencies[i]}, ${level}, '2026-06-01', 'supervisor')`.execute(
        tx,
      );
    }
  });
  return { id: employee.id, api: await apiAs(ctx, 'pegawai', tenantId, { employeeId: employee.id }) };
}

async function placeYear() {
  const started = await admin.post(`${v}/talent/years/${YEAR}/placements`);
  expect(started.statusCode, started.body).toBe(202);
  expect(started.json().jobId).toEqual(expect.any(String));
  await ctx.jobs.idle();
}

const boxes = async () =>
  new Map(
    (
      (await admin.get(`${v}/talent/years/${YEAR}/placements?pageSize=100`)).json().items as {
        employeeId: number;
        box: number | null;
      }[]
    ).map((row) => [row.employeeId, row.box]),
  );

const mine = async (name: Name, locale?: 'en') =>
  (await people[name].api.get(`${v}/programs/${programId}/mine`, locale ? { locale } : {})).json()
    .eligibility;

beforeAll(async () => {
  ctx = await createTestContext({}, { clock: new TestClock('2027-03-10T02:00:00Z') });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  opd = await createUnit(ctx, tenantId, 'Badan Kepegawaian dan Pengembangan SDM');
  position.id = (await buildPosition(ctx, tenantId, { name: 'Analis SDM Aparatur' })).id;
  position.competencies = await buildStandard(ctx, tenantId, position.id, ['T.TEL1', 'T.TEL2']);
  // Under the default settings: Sangat Baik (80, above); JPM 100 (memenuhi, 50), S-2 (15), service
  // capped at 10: potential 75, high. Box 9.
  people.ani = await person({
    education: 'S-2 Manajemen SDM',
    tmtCpns: '2010-01-01',
    predikat: 'sangat_baik',
    levels: [3, 3],
  });
  // Gita, the same, applies while in box 9.
  people.gita = await person({
    education: 'S-2 Manajemen SDM',
    tmtCpns: '2010-01-01',
    predikat: 'sangat_baik',
    levels: [3, 3],
  });
  // Butuh Perbaikan (33, below); JPM 66.67 (kurang memenuhi, 10), SLTA (5), two years: potential 17, low. Box 1.
  people.citra = await person({
    education: 'SMA Negeri 2',
    tmtCpns: '2024-01-01',
    predikat: 'butuh_perbaikan',
    levels: [2, 2],
  });
  // No annual predikat for the year: placed, but in no box.
  people.dodi = await person({ education: 'S-1', tmtCpns: '2012-01-01', levels: [3, 3] });
  await placeYear();
  // Eko joins after the mapping: never placed.
  people.eko = await person({ education: 'S-1', tmtCpns: '2026-01-01', predikat: 'baik', levels: [3, 3] });
  expect(Object.fromEntries(await boxes())).toEqual({
    [people.ani.id]: 9,
    [people.gita.id]: 9,
    [people.citra.id]: 1,
    [people.dodi.id]: null,
  });

  const created = await admin.post(`${v}/programs`, {
    title: 'Pelatihan Kepemimpinan Talenta',
    pathCode: 'KL01',
    jp: 40,
    providerKind: 'internal',
    eligibility: { talentBoxes: [9, 7, 8] },
  });
  expect(created.statusCode, created.body).toBe(201);
  programId = created.json().id;
  expect(created.json().eligibility.talentBoxes).toEqual([9, 7, 8]);
  const batch = await admin.post(`${v}/programs/${programId}/batches`, {
    name: 'Angkatan I',
    startsOn: '2027-05-03',
    endsOn: '2027-05-07',
    capacity: 10,
  });
  expect(batch.statusCode, batch.body).toBe(200);
  batchId = batch.json().batches[0].id;
  const opened = await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
  expect(opened.statusCode, opened.body).toBe(200);
});
afterAll(() => ctx.close());

describe('a program for some talent boxes', () => {
  it('refuses boxes outside 1–9 or named twice', async () => {
    for (const talentBoxes of [[0], [10], [7, 7]]) {
      const refused = await admin.post(`${v}/programs`, {
        title: 'Salah',
        pathCode: 'KL01',
        jp: 8,
        providerKind: 'internal',
        eligibility: { talentBoxes },
      });
      expect(refused.statusCode, String(talentBoxes)).toBe(400);
    }
  });

  it('is open to someone whose latest box is one of them', async () => {
    expect(await mine('ani')).toEqual({ eligible: true, reasons: [], explanations: [] });
    const applied = await people.ani.api.post(`${v}/programs/${programId}/applications`, {
      preferences: [batchId],
    });
    expect(applied.statusCode, applied.body).toBe(201);
  });

  it('tells someone in another box which boxes it is for and their own', async () => {
    expect(await mine('citra')).toEqual({
      eligible: false,
      reasons: ['talentBox'],
      explanations: [
        'Program ini untuk pegawai di kotak talenta 7, 8, 9; pemetaan talenta terakhir menempatkan Anda di kotak 1.',
      ],
    });
    expect((await mine('citra', 'en')).explanations).toEqual([
      'This program is for talent boxes 7, 8, 9; the latest talent mapping placed you in box 1.',
    ]);
    const refused = await people.citra.api.post(`${v}/programs/${programId}/applications`, {
      preferences: [batchId],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(
      'Belum memenuhi syarat program ini: Program ini untuk pegawai di kotak talenta 7, 8, 9; ' +
        'pemetaan talenta terakhir menempatkan Anda di kotak 1.',
    );
  });

  it('is closed to whoever has no box, placed without one or never placed', async () => {
    for (const name of ['dodi', 'eko'] as const) {
      expect(await mine(name, 'en'), name).toEqual({
        eligible: false,
        reasons: ['talentBox'],
        explanations: [
          'This program is for talent boxes 7, 8, 9, and no talent mapping has placed you in a box yet.',
        ],
      });
    }
  });

  it('does not tell a nominating supervisor their staff member’s box', async () => {
    const supervisor = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opd.id });
    const refused = await supervisor.post(
      `${v}/programs/${programId}/nominations`,
      { employeeId: people.citra.id, preferences: [batchId] },
      { locale: 'en' },
    );
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().detail).toContain('This program is for talent boxes 7, 8, 9.');
    expect(refused.json().detail).not.toContain('box 1');
  });

  it('counts out of the selection whoever left the boxes after applying', async () => {
    const applied = await people.gita.api.post(`${v}/programs/${programId}/applications`, {
      preferences: [batchId],
    });
    expect(applied.statusCode, applied.body).toBe(201);
    // Gita's predikat is corrected to Kurang and the year placed again: performance below, box 4.
    await exec((tx) =>
      sql`update performance_appraisal set hasil_kerja = 'meets', perilaku_kerja = 'below', predikat = 'kurang'
        where employee_id = ${people.gita.id}`.execute(tx),
    );
    await placeYear();
    expect((await boxes()).get(people.gita.id)).toBe(4);
    await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' });
    const selection = await admin.post(`${v}/programs/${programId}/selection`);
    expect(selection.statusCode, selection.body).toBe(200);
    const { items } = (await admin.get(`${v}/programs/${programId}/applications`)).json();
    const outcome = new Map(
      items.map((a: { employee: { id: number }; outcome: string }) => [a.employee.id, a.outcome]),
    );
    expect(outcome.get(people.ani.id)).toBe('selected');
    expect(outcome.get(people.gita.id)).toBe('ineligible');
  });

  it('reads a program stored before talent boxes existed as open to every box', async () => {
    const old = await admin.post(`${v}/programs`, {
      title: 'Pelatihan Lama',
      pathCode: 'KL03',
      jp: 8,
      providerKind: 'internal',
    });
    const oldId = old.json().id as number;
    await exec((tx) =>
      sql`update program set eligibility = eligibility - 'talentBoxes' where id = ${oldId}`.execute(tx),
    );
    const read = await admin.get(`${v}/programs/${oldId}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().eligibility.talentBoxes).toEqual([]);
    await admin.post(`${v}/programs/${oldId}/batches`, {
      name: 'Angkatan I',
      startsOn: '2027-06-07',
      endsOn: '2027-06-08',
      capacity: 5,
    });
    const opened = await admin.post(`${v}/programs/${oldId}/transitions`, { transition: 'open' });
    expect(opened.statusCode, opened.body).toBe(200);
    for (const name of ['citra', 'eko'] as const) {
      const standing = await people[name].api.get(`${v}/programs/${oldId}/mine`);
      expect(standing.json().eligibility, name).toEqual({ eligible: true, reasons: [], explanations: [] });
    }
  });
});
