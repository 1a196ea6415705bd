import { rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit, type UnitRef } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { auditEntries, importAs, importIssues } from '../../../test/upload-requests';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// Development history and the yearly JP (PP 17/2020 art. 203(4): at least 20 for a PNS; PP 49/2018
// art. 40: at most 24 for a PPPK), on a clock set to 1 October 2026 (three quarters of the year gone).

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let opdA: UnitRef;
let opdB: UnitRef;
const people: Record<string, { id: number; nip: string }> = {};

const record = (who: string, body: Record<string, unknown>) =>
  admin.post(`/api/v1/employees/${people[who]!.id}/development`, { kind: 'kursus', ...body });

beforeAll(async () => {
  ctx = await createTestContext({}, { clock: new TestClock(new Date('2026-10-01T03:00:00Z')) });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  opdA = await createUnit(ctx, tenantId, 'Dinas A');
  opdB = await createUnit(ctx, tenantId, 'Dinas B');
  for (const [name, unit, type] of [
    ['Ani', opdA, 'PNS'],
    ['Budi', opdA, 'PNS'],
    ['Citra', opdB, 'PPPK'],
    ['Dodi', opdB, 'PNS'],
  ] as const) {
    const e = await buildEmployee(ctx, tenantId, { name, unit });
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('employee').set({ employee_type: type }).where('id', '=', e.id).execute(),
    );
    people[name] = { id: e.id, nip: e.nip };
  }
});
afterAll(async () => {
  await ctx.close();
  await rm(ctx.config.dataDir, { recursive: true, force: true });
});

describe('one employee’s development', () => {
  it('records a completed activity and counts its JP in the year it ended', async () => {
    const response = await record('Ani', {
      name: 'Bimtek Analisis Jabatan',
      pathCode: 'KL10',
      institution: 'BKPSDM',
      startedOn: '2026-03-02',
      endedOn: '2026-03-04',
      jp: 24,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ jp: 24, source: 'manual', pathCode: 'KL10' });
    await record('Ani', { name: 'Seminar Desember', endedOn: '2025-12-20', jp: 4 });
    const ani = (await admin.get(`/api/v1/employees/${people.Ani!.id}/development`)).json();
    expect(ani.attainment).toMatchObject({ year: 2026, earned: 24, target: 20, status: 'met', share: 1 });
    expect(ani.years).toEqual([
      { year: 2026, earned: 24 },
      { year: 2025, earned: 4 },
    ]);
    const last = (await admin.get(`/api/v1/employees/${people.Ani!.id}/development?year=2025`)).json();
    expect(last.attainment).toMatchObject({ earned: 4, status: 'behind' });
    expect((await auditEntries(ctx, tenantId, 'development.recorded')).length).toBe(2);
  });

  it('keeps pace with the year: 16 JP on 1 October is on track for a PNS, 14 behind', async () => {
    await record('Budi', {
      name: 'E-learning Pelayanan Publik',
      pathCode: 'NKL03',
      endedOn: '2026-05-01',
      jp: 14,
    });
    let budi = (await admin.get(`/api/v1/employees/${people.Budi!.id}/development`)).json();
    expect(budi.attainment.status).toBe('behind');
    expect(budi.attainment.expectedByNow).toBeCloseTo(15, 0);
    await record('Budi', { name: 'Kursus Menulis Laporan', endedOn: '2026-09-01', jp: 2 });
    budi = (await admin.get(`/api/v1/employees/${people.Budi!.id}/development`)).json();
    expect(budi.attainment).toMatchObject({ earned: 16, status: 'onTrack' });
  });

  it('gives a PPPK the target and the ceiling of the settings', async () => {
    await record('Citra', { name: 'Pelatihan Teknis Perawat', endedOn: '2026-06-01', jp: 30 });
    const citra = (await admin.get(`/api/v1/employees/${people.Citra!.id}/development`)).json();
    expect(citra.attainment).toMatchObject({ target: 24, ceiling: 24, status: 'aboveCeiling' });
    const settings = await admin.put('/api/v1/settings/government', {
      jp: { pnsTarget: 20, pppkTarget: 24, pppkCeiling: 40, minutesPerJp: 45 },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const again = (await admin.get(`/api/v1/employees/${people.Citra!.id}/development`)).json();
    expect(again.attainment.status).toBe('met');
    const wrong = await admin.put('/api/v1/settings/government', {
      jp: { pnsTarget: 20, pppkTarget: 24, pppkCeiling: 10, minutesPerJp: 45 },
    });
    expect(wrong.statusCode).toBe(400);
  });

  it('refuses an activity not yet ended, a start after the end, no JP, and the same one twice', async () => {
    const count = async () =>
      withTenant(ctx.db, tenantId, async (tx) =>
        Number(
          (
            await tx
              .selectFrom('development_record')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      );
    const before = await count();
    const future = await record('Dodi', { name: 'Diklat Nanti', endedOn: '2026-12-01', jp: 20 });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].message).toMatch(/belum tiba/);
    expect(
      (await record('Dodi', { name: 'Terbalik', startedOn: '2026-05-02', endedOn: '2026-05-01', jp: 2 }))
        .statusCode,
    ).toBe(400);
    expect((await record('Dodi', { name: 'Tanpa JP', endedOn: '2026-05-01', jp: 0 })).statusCode).toBe(400);
    expect((await record('Dodi', { name: 'Negatif', endedOn: '2026-05-01', jp: -3 })).statusCode).toBe(400);
    expect(await count()).toBe(before);
    const twice = await record('Ani', {
      name: 'Bimtek Analisis Jabatan',
      pathCode: 'KL10',
      institution: 'BKPSDM',
      startedOn: '2026-03-02',
      endedOn: '2026-03-04',
      jp: 24,
    });
    expect(twice.statusCode).toBe(409);
    expect(await count()).toBe(before);
  });

  it('shows a person their own history only; another government sees none of it', async () => {
    const self = await apiAs(ctx, 'pegawai', tenantId, { employeeId: people.Dodi!.id });
    expect((await self.get(`/api/v1/employees/${people.Dodi!.id}/development`)).statusCode).toBe(200);
    expect((await self.get(`/api/v1/employees/${people.Ani!.id}/development`)).statusCode).toBe(404);
    expect(
      (
        await self.post(`/api/v1/employees/${people.Dodi!.id}/development`, {
          kind: 'kursus',
          name: 'Sendiri',
          endedOn: '2026-05-01',
          jp: 4,
        })
      ).statusCode,
    ).toBe(403);
    const other = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
    expect((await other.get(`/api/v1/employees/${people.Ani!.id}/development`)).statusCode).toBe(404);
  });
});

describe('JP attainment over many people', () => {
  it('counts each unit’s people by status and lists who is behind, furthest first', async () => {
    const overview = (await admin.get('/api/v1/jp-attainment')).json();
    // Ani met (24), Budi on track (16), Citra met (30 under the 40 ceiling), Dodi behind (0).
    expect(overview.totals).toMatchObject({
      employees: 4,
      met: 2,
      onTrack: 1,
      behind: 1,
      aboveCeiling: 0,
      earned: 70,
    });
    expect(overview.units.map((u: { name: string; behind: number }) => [u.name, u.behind])).toEqual([
      ['Dinas A', 0],
      ['Dinas B', 1],
    ]);
    const behind = (await admin.get('/api/v1/jp-attainment/behind')).json();
    expect(
      behind.items.map((p: { name: string; earned: number; short: number }) => [p.name, p.earned, p.short]),
    ).toEqual([['Dodi', 0, 20]]);
    const lastYear = (await admin.get('/api/v1/jp-attainment/behind?year=2025')).json();
    // In 2025 only Ani earned anything (4): everyone is behind, those with nothing first.
    expect(lastYear.items.map((p: { name: string }) => p.name)).toEqual(['Budi', 'Citra', 'Dodi', 'Ani']);
    // A page past the end (an old link) is empty but still says how many there are.
    const second = (await admin.get('/api/v1/jp-attainment/behind?year=2025&page=2&pageSize=3')).json();
    expect([second.items.map((p: { name: string }) => p.name), second.total]).toEqual([['Ani'], 4]);
    const past = (await admin.get('/api/v1/jp-attainment/behind?year=2025&page=9&pageSize=3')).json();
    expect([past.items, past.total]).toEqual([[], 4]);
    expect((await admin.get('/api/v1/jp-attainment?year=2027')).statusCode).toBe(400);
  });

  it('exports who is behind as a workbook', async () => {
    const response = await admin.get('/api/v1/jp-attainment/behind.xlsx?year=2025');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('pegawai-belum-capai-jp-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(7).value).toBe('Kekurangan JP');
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(5).getCell(2).value).toBe('Ani');
    expect(sheet.getRow(5).getCell(7).value).toBe(16);
  });

  it('keeps a supervisor to their subtree, and the list of names from readers of no one', async () => {
    const atasan = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opdB.id });
    expect((await atasan.get('/api/v1/jp-attainment')).json().totals.employees).toBe(2);
    expect((await atasan.get(`/api/v1/jp-attainment/behind?unitId=${opdA.id}`)).statusCode).toBe(404);
    const pegawai = await apiAs(ctx, 'pegawai', tenantId, { employeeId: people.Ani!.id });
    expect((await pegawai.get('/api/v1/jp-attainment')).statusCode).toBe(403);
  });
});

describe('the development history import', () => {
  it('reads SIASN’s riwayat kursus and riwayat diklat, and the same files again change nothing', async () => {
    const kursus = [
      'NIP Baru;Nama Kursus;Jenis Kursus;Institusi Penyelenggara;Nomor Sertipikat;Tanggal Kursus;Tanggal Selesai Kursus;Tahun Kursus;Jumlah Jam',
      `${people.Dodi!.nip};Kursus Excel Lanjutan;Kursus;BPSDM;K-1;01-02-2026;03-02-2026;2026;12`,
      `${people.Dodi!.nip};Kursus Lama;Kursus;LAN;;;;2024;6`,
      `199001012015011999;Kursus Orang Lain;Kursus;LAN;;01-02-2026;03-02-2026;2026;6`,
      `${people.Dodi!.nip};Kursus Belum Selesai;Kursus;LAN;;01-11-2026;03-11-2026;2026;6`,
      `${people.Dodi!.nip};Kursus Tanpa Jam;Kursus;LAN;;01-02-2026;03-02-2026;2026;0`,
    ].join('\n');
    const job = await importAs(ctx, admin, 'development', kursus);
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    expect(job.result).toMatchObject({ rows: 5, inserted: 2, invalid: 3, warnings: 1 });
    const found = await importIssues(ctx, admin, job.id);
    expect(found.map((i) => [i.rowNumber, i.severity, i.column])).toEqual(
      [
        [3, 'warning', 'tahun_kursus'],
        [5, 'error', 'tanggal_selesai_kursus'],
        [6, 'error', 'jumlah_jam'],
        [4, 'error', 'nip'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    const diklat = [
      'nip;nama_diklat;jenis_diklat;institusi_penyelenggara;nomor_sertifikat;tanggal;tanggal_selesai;tahun;jumlah_jam',
      `${people.Dodi!.nip};Pelatihan Kepemimpinan Pengawas;Struktural;BPSDM;PKP-9;01-03-2026;30-06-2026;2026;120`,
    ].join('\n');
    const second = await importAs(ctx, admin, 'development', diklat);
    expect(second.result).toMatchObject({ inserted: 1 });
    const dodi = (await admin.get(`/api/v1/employees/${people.Dodi!.id}/development`)).json();
    expect(dodi.attainment).toMatchObject({ earned: 132, status: 'met' });
    expect(dodi.years).toEqual([
      { year: 2026, earned: 132 },
      { year: 2024, earned: 6 },
    ]);
    const again = await importAs(ctx, admin, 'development', kursus);
    expect(again.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const changed = await importAs(ctx, admin, 'development', diklat.replace(';120', ';100'));
    expect(changed.result).toMatchObject({ inserted: 0, updated: 1 });
  });
});

describe('the JP attainment indicator', () => {
  it('gives a policy the share of active PNS who reached the target, year by year', async () => {
    const policyId = (await admin.post('/api/v1/policies', policyBody({ title: 'Kebijakan 20 JP' }))).json()
      .id;
    const response = await admin.post(`/api/v1/policies/${policyId}/indicators`, {
      name: 'PNS mencapai 20 JP',
      params: { source: 'development.jpAttainment', unitId: null },
      direction: 'up',
      baseline: null,
      target: 0.9,
    });
    expect(response.statusCode, response.body).toBe(200);
    const points = Object.fromEntries(
      response.json().points.map((p: { label: string; value: number }) => [p.label, p.value]),
    );
    // PNS: Ani 24, Budi 16, Dodi 132 (his imports) in 2026; in 2024 and 2025 nobody reached 20.
    expect(points['2026']).toBeCloseTo(2 / 3);
    expect(points['2025']).toBe(0);
    expect(points['2024']).toBe(0);
  });
});
