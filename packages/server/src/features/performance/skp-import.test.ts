import { rm } from 'node:fs/promises';
import { SKP_ANNUAL_EXPORT_COLUMNS } from '@jenjang/domain/performance/skp-export';
import { SKP_PERIODIC_COLUMNS } from '@jenjang/domain/performance/skp-import.rules';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit, type UnitRef } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { auditEntries, importAs, importIssues, uploadFile } from '../../../test/upload-requests';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// SIASN's appraisal history (rw-skp22 and kinerja periodik) imported through the pipeline every
// import shares, and exported back in the same shapes, on a clock set to 1 October 2026.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let opd: UnitRef;
const people: Record<string, { id: number; nip: string }> = {};
const STRANGER = '199001012015011999';
const UNKNOWN_ASSESSOR = '197605142000032002';

beforeAll(async () => {
  ctx = await createTestContext({}, { clock: new TestClock(new Date('2026-10-01T03:00:00Z')) });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  opd = await createUnit(ctx, tenantId, 'Dinas Kinerja');
  for (const name of ['Ani', 'Budi', 'Citra', 'Dodi', 'Siti']) {
    const e = await buildEmployee(ctx, tenantId, { name, unit: opd });
    people[name] = { id: e.id, nip: e.nip };
  }
  await appraiseInJenjang('Dodi', 2025);
});
afterAll(async () => {
  await ctx.close();
  await rm(ctx.config.dataDir, { recursive: true, force: true });
});

/** Siti's annual appraisal of an employee made in Jenjang: a closed year, an agreed SKP, Sesuai/Sesuai. */
async function appraiseInJenjang(who: string, year: number) {
  await withTenant(ctx.db, tenantId, async (tx) => {
    const cycle = await tx
      .insertInto('performance_cycle')
      .values({ tenant_id: tenantId, year, check_ins: 'quarterly', state: 'closed' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const skp = await tx
      .insertInto('skp')
      .values({
        tenant_id: tenantId,
        cycle_id: cycle.id,
        employee_id: people[who]!.id,
        appraiser_employee_id: people.Siti!.id,
        state: 'agreed',
        agreed_at: new Date(`${year}-01-15T02:00:00Z`),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('performance_appraisal')
      .values({
        tenant_id: tenantId,
        employee_id: people[who]!.id,
        year,
        period: 'annual',
        from_month: 1,
        to_month: 12,
        hasil_kerja: 'meets',
        perilaku_kerja: 'meets',
        predikat: 'baik',
        appraiser_employee_id: people.Siti!.id,
        appraiser_name: 'Siti',
        appraiser_nip: people.Siti!.nip,
        appraiser_status: 'ASN',
        skp_id: skp.id,
        source: 'jenjang',
      })
      .execute();
  });
}

/** Every appraisal of a government, in a stable order, as stored. */
const stored = (id = tenantId) =>
  withTenant(ctx.db, id, (tx) =>
    tx
      .selectFrom('performance_appraisal as a')
      .innerJoin('employee as e', 'e.id', 'a.employee_id')
      .select([
        'e.name',
        'a.year',
        'a.period',
        'a.from_month',
        'a.to_month',
        'a.hasil_kerja',
        'a.perilaku_kerja',
        'a.predikat',
        'a.coefficient',
        'a.appraiser_employee_id',
        'a.appraiser_nip',
        'a.appraiser_golongan',
        'a.appraiser_status',
        'a.source',
        'a.job_id',
        'a.recorded_by',
        'a.recorded_at',
      ])
      .orderBy('e.name')
      .orderBy('a.year')
      .orderBy('a.from_month')
      .orderBy('a.to_month')
      .execute(),
  );

const ANNUAL_HEADER =
  'nip;tahun;hasilKinerja;hasilKinerjaNilai;perilakuKerja;PerilakuKerjaNilai;kuadranKinerja;namaPenilai;nipNrpPenilai;penilaiGolonganId;statusPenilai';
const annualFile = () =>
  [
    ANNUAL_HEADER,
    `${people.Ani!.nip};2025;1;;1;;;Siti;${people.Siti!.nip};41;ASN`,
    `${people.Budi!.nip};2025;;Sesuai Ekspektasi;3;;4;Bupati;;;NON ASN`,
    `${people.Citra!.nip};2024;3;;2;;1;Siti;${people.Siti!.nip};;ASN`,
    `${STRANGER};2025;2;;2;;;Siti;${people.Siti!.nip};;`,
    `${people.Citra!.nip};2025;2;;2;;;Orang Luar;${UNKNOWN_ASSESSOR};;`,
    `${people.Dodi!.nip};2025;1;;1;;;Siti;${people.Siti!.nip};;ASN`,
  ].join('\n');

async function periodicWorkbook(rows: unknown[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('kinerja periodik');
  sheet.addRow(SKP_PERIODIC_COLUMNS.map((c) => c.key));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One row of SKP_PERIODIC_COLUMNS, Siti appraising. */
const periodicRow = (who: string, year: number, [hasil, perilaku]: number[], period: unknown[]) => [
  people[who]!.nip,
  year,
  hasil,
  null,
  perilaku,
  null,
  null,
  null,
  'Siti',
  people.Siti!.nip,
  null,
  'Kepala Bidang',
  'Dinas Kinerja',
  'ASN',
  ...period,
];

describe('the appraisal history import', () => {
  it('takes SIASN’s annual records with the matrix’s predikat and refuses each row it cannot hold', async () => {
    const job = await importAs(ctx, admin, 'performance-history', annualFile(), 'rw-skp22.csv');
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    expect(job.result).toMatchObject({ rows: 6, inserted: 2, updated: 0, invalid: 4 });
    const rows = await stored();
    expect(
      rows.map((r) => [r.name, r.year, r.period, r.hasil_kerja, r.perilaku_kerja, r.predikat, r.source]),
    ).toEqual([
      ['Ani', 2025, 'annual', 'above', 'above', 'sangat_baik', 'import'],
      ['Budi', 2025, 'annual', 'meets', 'below', 'kurang', 'import'],
      ['Dodi', 2025, 'annual', 'meets', 'meets', 'baik', 'jenjang'],
    ]);
    expect(rows[0]).toMatchObject({
      from_month: 1,
      to_month: 12,
      appraiser_employee_id: people.Siti!.id,
      appraiser_golongan: 'IV/a',
      job_id: job.id,
      recorded_by: admin.account.id,
    });
    expect(rows[1]).toMatchObject({
      appraiser_employee_id: null,
      appraiser_nip: null,
      appraiser_status: 'NON ASN',
    });
    const found = await importIssues(ctx, admin, job.id);
    expect(found.map((i) => [i.rowNumber, i.column])).toEqual([
      [4, 'kuadranKinerja'],
      [5, 'nip'],
      [6, 'nipNrpPenilai'],
      [7, 'tahun'],
    ]);
    expect(found[0]?.message).toContain('menghasilkan predikat Butuh Perbaikan');
    expect(found[1]?.message).toContain(STRANGER);
    expect(found[2]?.message).toContain(`NIP penilai ${UNKNOWN_ASSESSOR} tidak ditemukan`);
    expect(found[3]?.message).toContain('sudah dibuat di Jenjang');
    const inEnglish = await importIssues(ctx, admin, job.id, 'en');
    expect(inEnglish[3]?.message).toContain('The 2025 appraisal of this period was made in Jenjang');
    const audit = await auditEntries(ctx, tenantId, 'performance.import');
    expect(audit.at(-1)).toMatchObject({ entity: 'job', data: { inserted: 2, invalid: 4 } });
  });

  it('takes SIASN’s periodic records as their months of the year, not a period across two years', async () => {
    const file = await periodicWorkbook([
      [...periodicRow('Ani', 2026, [2, 2], [1, 3, 2026, 2026, 'Triwulan', 12.5])],
      [...periodicRow('Ani', 2026, [1, 2], [4, 6, 2026, 2026, 'triwulan', '12,5'])],
      [...periodicRow('Budi', 2026, [3, 3], [9, 9, 2026, 2026, 'Bulanan', null])],
      [...periodicRow('Budi', 2025, [2, 1], [7, 12, 2025, 2025, 'Semester', 0])],
      [...periodicRow('Budi', 2025, [2, 2], [11, 1, 2025, 2026, 'triwulan', null])],
    ]);
    const job = await importAs(ctx, admin, 'performance-history', file, 'kinerja-periodik.xlsx');
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    expect(job.result).toMatchObject({ rows: 5, inserted: 4, invalid: 1 });
    const periodic = (await stored()).filter((r) => r.period !== 'annual');
    expect(
      periodic.map((r) => [r.name, r.year, r.period, r.from_month, r.to_month, r.predikat, r.coefficient]),
    ).toEqual([
      ['Ani', 2026, 'quarterly', 1, 3, 'baik', '12.500'],
      ['Ani', 2026, 'quarterly', 4, 6, 'baik', '12.500'],
      ['Budi', 2025, 'semester', 7, 12, 'baik', '0.000'],
      ['Budi', 2026, 'monthly', 9, 9, 'sangat_kurang', null],
    ]);
    const found = await importIssues(ctx, admin, job.id);
    expect(found.map((i) => [i.rowNumber, i.column])).toEqual([[6, 'tahun']]);
    expect(found[0]?.message).toBe('Periode 2025-11 sampai 2026-01 tidak berada dalam tahun penilaian 2025.');
  });

  it('changes nothing when the same files come again, and a changed rating as a correction', async () => {
    const before = await stored();
    const again = await importAs(ctx, admin, 'performance-history', annualFile());
    expect(again.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, invalid: 4 });
    expect(await stored()).toEqual(before);
    const corrected = annualFile().replace(`${people.Ani!.nip};2025;1;;1;`, `${people.Ani!.nip};2025;1;;2;`);
    const fixed = await importAs(ctx, admin, 'performance-history', corrected);
    expect(fixed.result).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    const ani = (await stored()).find((r) => r.name === 'Ani' && r.period === 'annual');
    expect(ani).toMatchObject({ perilaku_kerja: 'meets', predikat: 'baik', job_id: fixed.id });
  });

  it('is the whole government’s admin’s: an OPD admin and a supervisor are refused', async () => {
    const scoped = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: opd.id });
    const atasan = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opd.id });
    const before = await stored();
    for (const caller of [scoped, atasan]) {
      const upload = await uploadFile(ctx, caller, 'rw-skp22.csv', Buffer.from(annualFile()), {
        url: '/api/v1/imports/performance-history',
      });
      expect(upload.statusCode).toBe(403);
      const exported = await caller.get('/api/v1/performance/export?year=2025');
      expect(exported.statusCode).toBe(403);
    }
    const refused = await scoped.get('/api/v1/performance/export?year=2025');
    expect(refused.json().detail).toContain('Hanya BKPSDM');
    expect(await stored()).toEqual(before);
  });

  it('finds only its own government’s employees, and shows another government nothing', async () => {
    const other = (await createTenant(ctx)).id;
    const otherAdmin = await apiAs(ctx, 'admin', other);
    const job = await importAs(ctx, otherAdmin, 'performance-history', annualFile());
    expect(job.result).toMatchObject({ inserted: 0, invalid: 6 });
    expect(await stored(other)).toEqual([]);
    const mine = await importAs(ctx, admin, 'performance-history', annualFile());
    expect((await otherAdmin.get(`/api/v1/imports/${mine.id}/issues`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/v1/jobs/${mine.id}`)).statusCode).toBe(404);
    const book = await workbookOf(await otherAdmin.get('/api/v1/performance/export?year=2025'));
    expect(book.worksheets[0]!.rowCount).toBe(1);
  });
});

async function workbookOf(response: Awaited<ReturnType<TestApi['get']>>) {
  expect(response.statusCode, response.body).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return book;
}

describe('the SIASN export of appraisals', () => {
  it('writes a year’s annual appraisals in rw-skp22’s shape, which the import reads back unchanged', async () => {
    const response = await admin.get('/api/v1/performance/export?year=2025');
    expect(response.headers['content-disposition']).toContain('siasn-skp-2025.xlsx');
    const sheet = (await workbookOf(response)).worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...SKP_ANNUAL_EXPORT_COLUMNS]);
    // Ani and Budi imported, Dodi appraised in Jenjang.
    expect(sheet.rowCount).toBe(4);
    const nips = [2, 3, 4].map((n) => sheet.getRow(n).getCell(1).value);
    expect(nips).toEqual([people.Ani!.nip, people.Budi!.nip, people.Dodi!.nip].sort());
    expect(sheet.getColumn(1).numFmt).toBe('@');
    const before = await stored();
    const job = await importAs(ctx, admin, 'performance-history', response.rawPayload, 'siasn-skp-2025.xlsx');
    expect(job.result).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3, invalid: 0 });
    expect(await stored()).toEqual(before);
  });

  it('writes the periodic ones as kinerja periodik, read back unchanged too', async () => {
    const response = await admin.get('/api/v1/performance/export?year=2026&layout=periodic');
    expect(response.headers['content-disposition']).toContain('siasn-kinerja-periodik-2026.xlsx');
    const sheet = (await workbookOf(response)).worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    const before = await stored();
    const job = await importAs(ctx, admin, 'performance-history', response.rawPayload, 'periodik.xlsx');
    expect(job.result).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3, invalid: 0 });
    expect(await stored()).toEqual(before);
    expect((await admin.get('/api/v1/performance/export?year=2018')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/performance/export?year=2026&layout=bulanan')).statusCode).toBe(400);
  });
});
