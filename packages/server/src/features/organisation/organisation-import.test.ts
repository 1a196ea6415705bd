import { rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import type { LoggedIn } from '../../../test/factories/account.factory';
import { buildPosition, createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { importAs, importIssues, uploadFile } from '../../../test/upload-requests';
import { withTenant } from '../../db/database';

// Setting up a government's organisation from files: units by path or by parent name, positions
// with kind and jenjang, through the same pipeline as the employee import.

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
  await rm(ctx.config.dataDir, { recursive: true, force: true });
});

async function newAdmin(scopeUnitId: number | null = null, tenantId?: number) {
  const id = tenantId ?? (await createTenant(ctx)).id;
  const session = await apiAs(ctx, 'admin', id, { scopeUnitId });
  return { tenantId: id, session };
}

const upload = (session: LoggedIn, kind: string, content: Buffer) =>
  uploadFile(ctx, session, `${kind}.csv`, content, { url: `/api/v1/imports/${kind}` });
const importFile = (session: LoggedIn, kind: string, content: Buffer | string, fileName?: string) =>
  importAs(ctx, session, kind, content, fileName);
const issues = (session: LoggedIn, jobId: string, locale = 'id') => importIssues(ctx, session, jobId, locale);

async function tree(tenantId: number) {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const rows = await tx.selectFrom('unit').select(['id', 'name', 'kind', 'path']).orderBy('path').execute();
    const names = new Map(rows.map((row) => [row.id, row.name]));
    return rows.map((row) => `${row.path.map((id) => names.get(id)).join(' > ')} (${row.kind})`);
  });
}

const UNIT_FILE = [
  'unit_kerja;jenis_unit',
  'Dinas Pendidikan;Dinas',
  'Dinas Pendidikan > Bidang Pembinaan SD;Bidang',
  'Dinas Pendidikan / Bidang Pembinaan SD / Seksi Kurikulum SD;Seksi',
  'Kecamatan Bukit Bestari > Kelurahan Tanjung Ayun Sakti;Kelurahan',
  'dinas pendidikan > Bidang Pembinaan SD;bidang',
].join('\r\n');

describe('importing units', () => {
  it('creates the tree from paths, the implied parents too, and a second import changes nothing', async () => {
    const { tenantId, session } = await newAdmin();
    const job = await importFile(session, 'units', UNIT_FILE);
    expect(job.status, JSON.stringify(job.errors)).toBe('succeeded');
    expect(job.kind).toBe('unit-import');
    expect(job.result).toEqual({ rows: 5, inserted: 4, updated: 0, unchanged: 0, invalid: 0, warnings: 1 });
    expect(await tree(tenantId)).toEqual([
      'Dinas Pendidikan (dinas)',
      'Dinas Pendidikan > Bidang Pembinaan SD (bidang)',
      'Dinas Pendidikan > Bidang Pembinaan SD > Seksi Kurikulum SD (seksi)',
      'Kecamatan Bukit Bestari (opd)',
      'Kecamatan Bukit Bestari > Kelurahan Tanjung Ayun Sakti (kelurahan)',
    ]);
    const [duplicate] = await issues(session, job.id);
    expect(duplicate).toMatchObject({ rowNumber: 3, severity: 'warning', column: 'unit_kerja' });
    expect(duplicate?.message).toBe(
      'Unit ini muncul lagi di baris 6; baris ini diabaikan dan baris 6 yang dipakai.',
    );

    const audit = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('audit_log').select(['action', 'data']).orderBy('seq').execute(),
    );
    expect(audit.filter((a) => a.action === 'unit.created')).toHaveLength(5);
    expect(audit.at(-1)).toMatchObject({ action: 'unit.import', data: { inserted: 4, rows: 5 } });

    const again = await importFile(session, 'units', UNIT_FILE);
    expect(again.result).toEqual({ rows: 5, inserted: 0, updated: 0, unchanged: 4, invalid: 0, warnings: 1 });
    expect(await tree(tenantId)).toHaveLength(5);
  });

  it('reads units by name and parent name, in any order, and reports an ambiguous or unknown parent', async () => {
    const { tenantId, session } = await newAdmin();
    const sekretariatA = await createUnit(ctx, tenantId, 'Dinas Sosial');
    const sekretariatB = await createUnit(ctx, tenantId, 'Dinas Perhubungan');
    await createUnit(ctx, tenantId, 'Sekretariat', sekretariatA);
    await createUnit(ctx, tenantId, 'Sekretariat', sekretariatB);
    const file = [
      'nama_unit,induk_unit,jenis_unit',
      'Seksi Rehabilitasi,Bidang Rehabilitasi Sosial,seksi',
      'Bidang Rehabilitasi Sosial,Dinas Sosial,bidang',
      'Subbagian Umum,Sekretariat,subbag',
      'Seksi Angkutan,Bidang Lalu Lintas,seksi',
      'Badan Pendapatan Daerah,,badan',
    ].join('\n');
    const job = await importFile(session, 'units', file);
    expect(job.result).toMatchObject({ rows: 5, inserted: 3, invalid: 2 });
    const found = await issues(session, job.id);
    expect(found.map((i) => [i.rowNumber, i.column, i.message])).toEqual([
      [4, 'nama_unit', expect.stringContaining('Ada 2 unit bernama "Sekretariat"')],
      [
        5,
        'nama_unit',
        'Unit induk "Bidang Lalu Lintas" tidak ditemukan, baik di Jenjang maupun di berkas ini.',
      ],
    ]);
    expect(await tree(tenantId)).toContain(
      'Dinas Sosial > Bidang Rehabilitasi Sosial > Seksi Rehabilitasi (seksi)',
    );
    expect(await tree(tenantId)).toContain('Badan Pendapatan Daerah (badan)');
  });

  it('refuses rows under a closed unit and, for an OPD-scoped admin, rows outside its OPD', async () => {
    const { tenantId } = await newAdmin();
    const dinas = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
    const closed = await createUnit(ctx, tenantId, 'Dinas Lama');
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('unit').set({ closed_on: '2025-01-01' }).where('id', '=', closed.id).execute(),
    );
    const scoped = (await newAdmin(dinas.id, tenantId)).session;
    const file = [
      'unit_kerja',
      'Dinas Kesehatan > UPT Puskesmas Pancur',
      'Dinas Lama > Bidang Baru',
      'Dinas Pekerjaan Umum',
      'Dinas Pekerjaan Umum > Bidang Jalan',
    ].join('\n');
    const job = await importFile(scoped, 'units', file);
    expect(job.result).toMatchObject({ rows: 4, inserted: 1, invalid: 3 });
    expect((await issues(scoped, job.id)).map((i) => [i.rowNumber, i.message])).toEqual([
      [3, expect.stringContaining('Unit kerja "Dinas Lama" sudah ditutup sejak 2025-01-01')],
      [4, 'Unit "Dinas Pekerjaan Umum" berada di luar unit kerja yang menjadi cakupan akun Anda.'],
      [5, 'Unit "Bidang Jalan" berada di luar unit kerja yang menjadi cakupan akun Anda.'],
    ]);
    expect(await tree(tenantId)).toEqual([
      'Dinas Kesehatan (opd)',
      'Dinas Kesehatan > UPT Puskesmas Pancur (unit)',
      'Dinas Lama (opd)',
    ]);
  });

  it('refuses a file without a unit header with a message naming the unit columns', async () => {
    const { session } = await newAdmin();
    const response = await upload(session, 'units', Buffer.from('nomor;kantor\n1;Dinas\n'));
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('Berkas unit kerja memerlukan kolom unit_kerja');
  });

  it('gives a template that imports as it is', async () => {
    const { tenantId, session } = await newAdmin();
    const template = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/imports/units/template.csv',
      headers: session.headers,
    });
    expect(template.statusCode).toBe(200);
    expect(template.body.startsWith('\uFEFFunit_kerja*;jenis_unit')).toBe(true);
    const job = await importFile(session, 'units', template.rawPayload);
    expect(job.result).toMatchObject({ rows: 1, inserted: 1, invalid: 0 });
    expect(await tree(tenantId)).toEqual([
      'Dinas Pendidikan (opd)',
      'Dinas Pendidikan > Bidang Pembinaan SD (bidang)',
    ]);
  });
});

async function positionWorkbook(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Jabatan');
  sheet.addRow(['Jabatan*', 'Jenis Jabatan*', 'Jenjang', 'Eselon']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('importing positions', () => {
  it('creates positions from an XLSX with kinds and jenjang, updates a changed kind, and repeats idempotently', async () => {
    const { tenantId, session } = await newAdmin();
    await buildPosition(ctx, tenantId, { name: 'Kepala Bidang Mutasi', kind: null });
    const file = await positionWorkbook([
      ['Analis SDM Aparatur Ahli Muda', 'Jabatan Fungsional', '', ''],
      ['Pranata Komputer', 'JFT', 'Terampil', ''],
      ['kepala bidang mutasi', 'Struktural', '', 'III.a'],
      ['Pengadministrasi Umum', 'Pelaksana', '', ''],
      ['Pengadministrasi Umum', 'Pelaksana', 'Mahir', ''],
      ['Pengelola Keuangan', 'Tukang', '', ''],
    ]);
    const job = await importFile(session, 'positions', file, 'jabatan.xlsx');
    expect(job.status, JSON.stringify(job.errors)).toBe('succeeded');
    expect(job.result).toEqual({ rows: 6, inserted: 3, updated: 1, unchanged: 0, invalid: 2, warnings: 0 });
    const found = await issues(session, job.id, 'en');
    expect(found.map((i) => [i.rowNumber, i.column, i.message])).toEqual([
      [6, 'jenjang', 'Only functional (fungsional) positions have a jenjang.'],
      [7, 'jenis_jabatan', expect.stringContaining('"Tukang"')],
    ]);
    const stored = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('position').select(['name', 'kind', 'level']).orderBy('name').execute(),
    );
    expect(stored).toEqual([
      { name: 'Analis SDM Aparatur Ahli Muda', kind: 'fungsional', level: 'ahli_muda' },
      { name: 'Kepala Bidang Mutasi', kind: 'administrator', level: null },
      { name: 'Pengadministrasi Umum', kind: 'pelaksana', level: null },
      { name: 'Pranata Komputer', kind: 'fungsional', level: 'terampil' },
    ]);
    const again = await importFile(session, 'positions', file, 'jabatan.xlsx');
    expect(again.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, invalid: 2 });
  });

  it('refuses a position file from an OPD-scoped admin at once, writing nothing', async () => {
    const { tenantId } = await newAdmin();
    const unit = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
    const scoped = (await newAdmin(unit.id, tenantId)).session;
    const response = await upload(
      scoped,
      'positions',
      Buffer.from('jabatan;jenis_jabatan\nDokter Ahli Muda;Fungsional\n'),
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toContain('tidak dapat mengimpor berkas ini');
    const count = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('position')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow(),
    );
    expect(Number(count.n)).toBe(0);
  });

  it('refuses an employee file from an OPD-scoped admin: its rows may land anywhere in the government', async () => {
    const { tenantId } = await newAdmin();
    const unit = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
    const scoped = (await newAdmin(unit.id, tenantId)).session;
    const response = await upload(
      scoped,
      'employees',
      Buffer.from('nip;nama;unit_kerja\n198503122010011003;Budi Santoso;Dinas Pekerjaan Umum\n'),
    );
    expect(response.statusCode).toBe(403);
    const count = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('employee')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow(),
    );
    expect(Number(count.n)).toBe(0);
  });

  it("keeps an import's report from another government and from a scoped admin who did not run it", async () => {
    const { tenantId, session } = await newAdmin();
    const job = await importFile(session, 'units', 'unit_kerja\nDinas Sosial\n');
    const other = (await newAdmin()).session;
    const unit = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
    const scoped = (await newAdmin(unit.id, tenantId)).session;
    for (const reader of [other, scoped]) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/imports/${job.id}/issues`,
        headers: reader.headers,
      });
      expect(response.statusCode).toBe(404);
    }
  });
});
