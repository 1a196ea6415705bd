import { DEFAULT_PROMOTION_RULES } from '@jenjang/domain/talent/promotion.contract';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// Kenaikan pangkat under the government's own rules: the list of a period says why each person is
// or is not eligible; the rules are those of the promotion policy in force, and a revision's effect
// on the list is shown before it is adopted; proposals go one step, within the education's ceiling,
// and a decree sets the new golongan. Nothing crosses to another government.

let ctx: TestContext;
const clock = new TestClock('2027-03-10T02:00:00Z');
const v = '/api/v1';
const APRIL = '2027-04-01';
let tenantId: number;
let admin: TestApi;
let leader: TestApi;
let staff: TestApi;
let otherAdmin: TestApi;
const ids: Record<'ani' | 'budi' | 'citra' | 'dodi' | 'eka', number> = {
  ani: 0,
  budi: 0,
  citra: 0,
  dodi: 0,
  eka: 0,
};
let policyId: number;

async function person(
  name: string,
  values: { golongan: string; tmt: string; education: string; predikats: [number, string][]; pppk?: boolean },
) {
  const unit = await createUnit(ctx, tenantId, `Dinas ${name}`);
  const employee = await buildEmployee(ctx, tenantId, { name, unit, golongan: values.golongan });
  await withTenant(ctx.db, tenantId, async (tx) => {
    await sql`update employee set tmt_golongan = ${values.tmt}, education_level = ${values.education},
      employee_type = ${values.pppk ? 'PPPK' : 'PNS'} where id = ${employee.id}`.execute(tx);
    for (const [year, predikat] of values.predikats) {
      const hasil = { butuh_perbaikan: 'below', sangat_baik: 'above' }[predikat] ?? 'meets';
      const perilaku = predikat === 'sangat_baik' ? 'above' : 'meets';
      await sql`insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month,
          hasil_kerja, perilaku_kerja, predikat, appraiser_name, appraiser_status, source)
        values (${tenantId}, ${employee.id}, ${year}, 'annual', 1, 12, ${hasil}, ${perilaku}, ${predikat},
          'Wali Kota', 'NON ASN', 'import')`.execute(tx);
    }
  });
  return employee.id;
}

const rows = async (api: TestApi, show = 'all') => {
  const response = await api.get(`${v}/promotion/eligibility?period=${APRIL}&show=${show}&pageSize=200`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const rowOf = (list: { items: { employeeId: number }[] }, id: number) =>
  list.items.find((r) => r.employeeId === id) as
    | { eligible: boolean; target: string; checks: { rule: string; met: boolean; code: string }[] }
    | undefined;
const failed = (row: ReturnType<typeof rowOf>) => row!.checks.filter((c) => !c.met).map((c) => c.code);

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 30 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  leader = await apiAs(ctx, 'pimpinan', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
  // Ani: four and a half years in III/b, S1, two Baik: eligible for III/c.
  ids.ani = await person('Ani', {
    golongan: 'III/b',
    tmt: '2022-10-01',
    education: 'S-1',
    predikats: [
      [2025, 'baik'],
      [2026, 'baik'],
    ],
  });
  // Budi: III/c with a D-III, whose ceiling is III/c.
  ids.budi = await person('Budi', {
    golongan: 'III/c',
    tmt: '2022-04-01',
    education: 'D-III',
    predikats: [
      [2025, 'baik'],
      [2026, 'sangat_baik'],
    ],
  });
  // Citra: 2025 Butuh Perbaikan, 2026 Baik: eligible only if one year counts.
  ids.citra = await person('Citra', {
    golongan: 'III/a',
    tmt: '2021-04-01',
    education: 'S-1',
    predikats: [
      [2025, 'butuh_perbaikan'],
      [2026, 'baik'],
    ],
  });
  // Dodi: would be eligible, but a sanction runs.
  ids.dodi = await person('Dodi', {
    golongan: 'II/c',
    tmt: '2020-01-01',
    education: 'SLTA',
    predikats: [
      [2025, 'baik'],
      [2026, 'baik'],
    ],
  });
  // Eka: a PPPK, on no list of kenaikan pangkat.
  ids.eka = await person('Eka', {
    golongan: 'IX',
    tmt: '2020-01-01',
    education: 'S-1',
    predikats: [],
    pppk: true,
  });
  staff = await apiAs(ctx, 'pegawai', tenantId, { employeeId: ids.ani });
});
afterAll(() => ctx.close());

describe('a period’s eligibility list', () => {
  it('names the eligible and says for everyone else which rule fails, under the defaults until a policy rules', async () => {
    const periods = await admin.get(`${v}/promotion/periods`);
    expect(periods.statusCode, periods.body).toBe(200);
    expect(periods.json().current).toBeNull();
    expect(periods.json().items.map((p: { date: string }) => p.date)).toContain(APRIL);

    const list = await rows(admin);
    expect(list.summary).toMatchObject({ considered: 4, eligible: 2 });
    expect(rowOf(list, ids.ani)).toMatchObject({ eligible: true, target: 'III/c' });
    expect(failed(rowOf(list, ids.budi))).toEqual(['promotion.educationCeiling.above']);
    expect(failed(rowOf(list, ids.citra))).toEqual(['promotion.appraisals.below']);
    expect(rowOf(list, ids.dodi)).toMatchObject({ eligible: true });
    expect(rowOf(list, ids.eka)).toBeUndefined();
    expect(list.proposalDue).toBe('2027-02-01');

    expect((await staff.get(`${v}/promotion/eligibility?period=${APRIL}`)).statusCode).toBe(403);
    expect((await otherAdmin.get(`${v}/promotion/eligibility?period=${APRIL}&show=all`)).json().total).toBe(
      0,
    );
    const notFirst = await admin.get(`${v}/promotion/eligibility?period=2027-04-15`);
    expect(notFirst.statusCode).toBe(400);
  });

  it('bars a person while a disciplinary sanction runs, and not after it ends', async () => {
    const bad = await admin.post(`${v}/promotion/sanctions`, {
      employeeId: ids.dodi,
      level: 'sedang',
      startsOn: '2027-01-10',
      endsOn: '2026-12-31',
      decree: '800/12/BKPSDM/2027',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('tidak dapat berakhir sebelum dimulai');
    expect((await staff.post(`${v}/promotion/sanctions`, { employeeId: ids.dodi })).statusCode).toBe(403);

    const recorded = await admin.post(`${v}/promotion/sanctions`, {
      employeeId: ids.dodi,
      level: 'sedang',
      startsOn: '2027-01-10',
      decree: '800/12/BKPSDM/2027',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(failed(rowOf(await rows(admin), ids.dodi))).toEqual(['promotion.sanction.activeOpen']);
    const other = await otherAdmin.post(`${v}/promotion/sanctions/${recorded.json().id}/end`, {
      endsOn: '2027-03-31',
    });
    expect(other.statusCode).toBe(404);
    const ended = await admin.post(`${v}/promotion/sanctions/${recorded.json().id}/end`, {
      endsOn: '2027-03-31',
    });
    expect(ended.json().endsOn).toBe('2027-03-31');
    expect(rowOf(await rows(admin), ids.dodi)).toMatchObject({ eligible: true });
  });

  it('finds people by name or NIP, by a rule they fail, or within a unit, and counts everyone weighed', async () => {
    const list = async (query: string) => {
      const response = await admin.get(`${v}/promotion/eligibility?period=${APRIL}&show=all&${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as {
        summary: { considered: number };
        total: number;
        items: { employeeId: number }[];
      };
    };
    const named = await list('q=cIt');
    expect(named.items.map((r) => r.employeeId)).toEqual([ids.citra]);
    expect(named).toMatchObject({ total: 1, summary: { considered: 4 } });
    const nip = (named.items[0] as unknown as { nip: string }).nip;
    expect((await list(`q=${nip}`)).items.map((r) => r.employeeId)).toEqual([ids.citra]);
    expect((await list('failing=educationCeiling')).items.map((r) => r.employeeId)).toEqual([ids.budi]);

    const [{ unitId }] = (
      await withTenant(ctx.db, tenantId, (tx) =>
        sql<{ unitId: number }>`select unit_id::int as "unitId" from employee where id = ${ids.budi}`.execute(
          tx,
        ),
      )
    ).rows as [{ unitId: number }];
    const unit = await list(`unitId=${unitId}`);
    expect(unit).toMatchObject({ total: 1, summary: { considered: 1, eligible: 0 } });
    expect(unit.items[0]).toMatchObject({
      employeeId: ids.budi,
      name: 'Budi',
      unit: 'Dinas Budi',
      golongan: 'III/c',
      tmtGolongan: '2022-04-01',
      education: 'D-III',
      position: null,
      target: 'III/d',
      promotion: null,
    });
    // A page past the end shows nobody, and still counts everyone.
    expect(await list('page=2&pageSize=3')).toMatchObject({ total: 4, items: [{}] });
    expect(await list('page=3&pageSize=3')).toMatchObject({ total: 4, items: [] });
  });
});

describe('the promotion policy', () => {
  it('owns the rules: set on a draft, frozen once adopted, kept by a revision until it states its own', async () => {
    const created = await admin.post(`${v}/policies`, policyBody({ title: 'Kebijakan Kenaikan Pangkat' }));
    policyId = created.json().id;
    await admin.post(`${v}/policies/${policyId}/draft/provisions`, {
      parentId: null,
      afterId: null,
      label: 'Pasal 1',
      body: 'Kenaikan pangkat reguler mengikuti ketentuan dalam lampiran.',
    });
    const draft = (await admin.get(`${v}/policies/${policyId}`)).json().versions[0].id as number;
    const url = `${v}/policies/${policyId}/versions/${draft}/promotion-rules`;
    expect((await admin.get(url)).json()).toMatchObject({ rules: null, editable: true });

    const sloppy = await admin.put(url, { rules: { ...DEFAULT_PROMOTION_RULES, periods: [4, 4] } });
    expect(sloppy.statusCode).toBe(400);
    expect(sloppy.body).toContain('lebih dari sekali');
    const inverted = await admin.put(url, {
      rules: { ...DEFAULT_PROMOTION_RULES, educationCeilings: { S1: 'III/d', S2: 'III/c' } },
    });
    expect(inverted.statusCode).toBe(400);
    expect((await leader.put(url, { rules: DEFAULT_PROMOTION_RULES })).statusCode).toBe(403);

    const set = await admin.put(url, { rules: DEFAULT_PROMOTION_RULES });
    expect(set.statusCode, set.body).toBe(200);
    await leader.post(`${v}/policies/${policyId}/transitions`, { transition: 'adopt' });
    expect((await admin.put(url, { rules: DEFAULT_PROMOTION_RULES })).statusCode).toBe(409);
    expect((await admin.get(`${v}/promotion/periods`)).json().current).toMatchObject({
      policyId,
      versionNumber: 1,
    });

    const revising = await admin.post(`${v}/policies/${policyId}/transitions`, {
      transition: 'startRevision',
    });
    const revision = revising.json().versions[0].id as number;
    const revisionUrl = `${v}/policies/${policyId}/versions/${revision}/promotion-rules`;
    expect((await admin.get(revisionUrl)).json()).toMatchObject({ inheritedFrom: 1, editable: true });
    // Staff read no draft of a policy they were not consulted on.
    expect((await staff.get(revisionUrl)).statusCode).toBe(404);
  });

  it('shows what a revision would change before it is adopted: who gains, who loses', async () => {
    const revision = (await admin.get(`${v}/policies/${policyId}`)).json().versions[0].id as number;
    const url = `${v}/policies/${policyId}/versions/${revision}/promotion-rules`;
    const revised = { ...DEFAULT_PROMOTION_RULES, appraisalsConsidered: 1, periods: [2, 4, 6, 8, 10, 12] };
    expect((await admin.put(url, { rules: revised })).statusCode).toBe(200);

    const effect = await admin.get(`${url}/effect?period=${APRIL}`);
    expect(effect.statusCode, effect.body).toBe(200);
    expect(effect.json()).toMatchObject({
      period: APRIL,
      current: { versionNumber: 1 },
      before: { eligible: 2, failing: { appraisals: 1 } },
      after: { eligible: 3, failing: { appraisals: 0 } },
      gainedCount: 1,
      lostCount: 0,
    });
    expect(effect.json().gained.map((p: { employeeId: number }) => p.employeeId)).toEqual([ids.citra]);
    // A leader reviews the figures, not the names.
    const asLeader = (await leader.get(`${url}/effect?period=${APRIL}`)).json();
    expect(asLeader).toMatchObject({ gainedCount: 1, gained: null, lost: null });
    // The list still follows the rules in force: the revision is not adopted.
    expect(rowOf(await rows(admin), ids.citra)).toMatchObject({ eligible: false });
  });
});

describe('a proposal', () => {
  it('goes one step, within the education’s ceiling, for an eligible person on a period date, once', async () => {
    const propose = (employeeId: number, toGolongan: string, period = APRIL) =>
      admin.post(`${v}/promotion/proposals`, { employeeId, period, toGolongan });
    const skipping = await propose(ids.ani, 'III/d');
    expect(skipping.statusCode).toBe(400);
    expect(skipping.json().detail).toBe('Kenaikan pangkat reguler dari III/b adalah ke III/c, bukan III/d.');
    // The position path: an Ahli Pertama goes no higher than III/b.
    await withTenant(ctx.db, tenantId, (tx) =>
      sql`update employee set position_kind = 'fungsional', position_level = 'ahli_pertama' where id = ${ids.ani}`.execute(
        tx,
      ),
    );
    const pastPosition = await propose(ids.ani, 'III/c');
    expect(pastPosition.json().detail).toBe(
      'Golongan III/c melebihi golongan tertinggi jenjang jabatan Ahli Pertama (III/b): kenaikan pangkat menunggu kenaikan jenjang jabatan.',
    );
    expect(rowOf(await rows(admin), ids.ani)).toMatchObject({ eligible: false });
    await withTenant(ctx.db, tenantId, (tx) =>
      sql`update employee set position_level = 'ahli_muda' where id = ${ids.ani}`.execute(tx),
    );
    const aboveCeiling = await propose(ids.budi, 'III/d');
    expect(aboveCeiling.json().detail).toBe('Golongan III/d melebihi batas untuk pendidikan D3 (III/c).');
    expect((await propose(ids.citra, 'III/b')).statusCode).toBe(409);
    expect((await propose(ids.ani, 'III/c', '2027-05-01')).statusCode).toBe(400);
    expect((await propose(ids.eka, 'X')).statusCode).toBe(400);

    const made = await propose(ids.ani, 'III/c');
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ state: 'proposed', fromGolongan: 'III/b', rulesVersionNumber: 1 });
    expect((await propose(ids.ani, 'III/c')).statusCode).toBe(409);
    const count = await withTenant(ctx.db, tenantId, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from promotion`.execute(tx),
    );
    expect(count.rows[0]!.n).toBe(1);
  });

  it('is approved with its decree, which sets the golongan and TMT, and then never changes', async () => {
    const [proposal] = (await rows(admin, 'proposed')).items;
    const url = `${v}/promotion/proposals/${proposal.promotion.id}/decision`;
    const decree = { outcome: 'approved', decreeNumber: '823.3/045/BKPSDM/2027', decreeDate: '2027-03-20' };
    expect((await admin.post(url, { ...decree, tmt: '2027-10-01' })).statusCode).toBe(400);
    expect((await otherAdmin.post(url, { ...decree, tmt: APRIL })).statusCode).toBe(404);
    const approved = await admin.post(url, { ...decree, tmt: APRIL });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', tmt: APRIL });
    expect((await admin.post(url, { outcome: 'rejected', reason: 'Salah usul.' })).statusCode).toBe(409);

    const employee = (await admin.get(`${v}/employees/${ids.ani}`)).json();
    expect(employee).toMatchObject({ golongan: 'III/c', tmtGolongan: APRIL });

    const mine = (await staff.get(`${v}/promotion/me`)).json();
    expect(mine.history).toHaveLength(1);
    expect(mine.next).toMatchObject({ period: '2027-10-01', eligible: false });
    expect(mine.next.checks.find((c: { rule: string }) => c.rule === 'yearsInRank').code).toBe(
      'promotion.yearsInRank.short',
    );
  });

  it('is exported in SIASN’s promotion shape for the period', async () => {
    const response = await admin.get(`${v}/promotion/export?period=${APRIL}`);
    expect(response.statusCode, response.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    const values = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(values.slice(2)).toEqual([
      '01-04-2027',
      '101',
      'III/b',
      'III/c',
      '823.3/045/BKPSDM/2027',
      '20-03-2027',
      '01-04-2027',
    ]);
    expect((await staff.get(`${v}/promotion/export?period=${APRIL}`)).statusCode).toBe(403);
  });
});
