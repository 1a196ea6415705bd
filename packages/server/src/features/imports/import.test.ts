import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import type { LoggedIn } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { JobRunner } from '../jobs/job-runner';
import { EMPLOYEE_IMPORT_JOB, registerImportJob } from './import.service';

// The messy file real BKPSDM offices send: BOM, semicolons, dd-mm-yyyy and serial dates, trailing
// spaces, 'III/A', a NIP Excel turned into 1.98503E+17, a birth date that contradicts the NIP,
// the same employee twice and a blank line.
const MESSY_ROWS = [
  'nip_baru;nama;tanggal_lahir;jenis_kelamin;gol_akhir;jenis_jabatan;jabatan;satuan_kerja;unor;tmt_cpns',
  '198503122010011003;Budi Santoso  ;12-03-1985;L;III/A;Jabatan Fungsional;Analis SDM Aparatur Ahli Muda;Badan Kepegawaian Daerah;Bidang Pengembangan Kompetensi;01-01-2010',
  '199001152015032001;Siti Rahmawati;32888;P;II/c;Pelaksana;Pengadministrasi Umum;DINAS PENDIDIKAN;Sekretariat;01-03-2015',
  '1.98503E+17;Andi Wijaya;12-03-1985;L;III/a;Pelaksana;Pengadministrasi Umum;Dinas Pendidikan;Sekretariat;01-01-2010',
  '198707202012121002;Rudi Hartono;21-07-1987;L;III/b;Pelaksana;Pengelola Keuangan;Dinas Pendidikan;Sekretariat;01-12-2012',
  '198503122010011003;Budi Santoso;12-03-1985;L;III/b;Jabatan Fungsional;Analis SDM Aparatur Ahli Muda;Badan Kepegawaian Daerah;Bidang Pengembangan Kompetensi;01-01-2010',
  ';;;;;;;;;',
  ' "199203042019031005" ; Dewanto Lestari ; 04-03-1992 ; L ; iii/b ; Pelaksana ; pengadministrasi umum ; Dinas Pendidikan  ; Sekretariat ;01-03-2019',
];
const MESSY_CSV = Buffer.from(`\uFEFF${MESSY_ROWS.join('\r\n')}\r\n`);

const EXPECTED_RESULT = { rows: 6, inserted: 3, updated: 0, unchanged: 0, invalid: 2, warnings: 1 };

const EXPECTED_ISSUES = {
  id: [
    {
      rowNumber: 2,
      severity: 'warning',
      column: 'nip_baru',
      value: '198503122010011003',
      message:
        'NIP 198503122010011003 muncul lagi di baris 6; baris ini diabaikan dan data dari baris 6 yang dipakai.',
    },
    {
      rowNumber: 4,
      severity: 'error',
      column: 'nip_baru',
      value: '1.98503E+17',
      message:
        'NIP "1.98503E+17" tertulis dalam notasi ilmiah karena kolom NIP di Excel berformat angka, sehingga digit terakhirnya hilang. Ubah format kolom NIP menjadi Teks, lalu ketik ulang NIP.',
    },
    {
      rowNumber: 5,
      severity: 'error',
      column: 'tanggal_lahir',
      value: '21-07-1987',
      message: 'Tanggal lahir 1987-07-21 tidak sesuai dengan tanggal lahir pada NIP (1987-07-20).',
    },
  ],
  en: [
    'NIP 198503122010011003 appears again in row 6; this row is skipped and the data of row 6 is used.',
    'The NIP "1.98503E+17" is written in scientific notation because the NIP column in Excel is formatted as a number, so its last digits are lost. Format the NIP column as Text and type the NIP again.',
    'The birth date 1987-07-21 does not match the birth date in the NIP (1987-07-20).',
  ],
};

function multipart(fileName: string, content: Buffer, field = 'file') {
  const boundary = `----jenjang${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A minimal stored (uncompressed) zip with one entry: a .docx is this shape, not a workbook. */
function zipWith(entry: string, content: string): Buffer {
  const data = Buffer.from(content);
  const name = Buffer.from(entry);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** The messy CSV's rows as a workbook: dates as real date cells, one as a bare serial number. */
async function messyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (const line of MESSY_ROWS) {
    const cells: unknown[] = line.split(';').map((cell) => cell.trim().replace(/^"|"$/g, ''));
    if (cells[2] === '12-03-1985') cells[2] = new Date(Date.UTC(1985, 2, 12));
    if (cells[2] === '32888') cells[2] = 32888;
    sheet.addRow(cells);
  }
  for (const row of [2, 4, 6]) sheet.getCell(row, 3).numFmt = 'dd-mm-yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let ctx: TestContext;
let tenantId: number;
let admin: LoggedIn;
let otherAdmin: LoggedIn;
let pegawai: LoggedIn;

beforeAll(async () => {
  ctx = await createTestContext();
  const tenant = await createTenant(ctx);
  tenantId = tenant.id;
  await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  admin = await apiAs(ctx, 'admin', tenantId);
  pegawai = await apiAs(ctx, 'pegawai', tenantId);
  const other = await createTenant(ctx);
  otherAdmin = await apiAs(ctx, 'admin', other.id);
});
/** Closes a context and removes its data directory (uploads land there). */
async function closeContext(context: TestContext | undefined) {
  if (!context) return;
  await context.close();
  await rm(context.config.dataDir, { recursive: true, force: true });
}

afterAll(() => closeContext(ctx));

function upload(auth: LoggedIn, fileName: string, content: Buffer, context = ctx) {
  const body = multipart(fileName, content);
  return context.app.inject({
    method: 'POST',
    url: '/api/v1/imports/employees',
    payload: body.payload,
    headers: { ...auth.headers, ...body.headers },
  });
}

async function importFile(auth: LoggedIn, fileName: string, content: Buffer, context = ctx) {
  const response = await upload(auth, fileName, content, context);
  expect(response.statusCode, response.body).toBe(202);
  await context.jobs.idle();
  const job = await context.app.inject({
    method: 'GET',
    url: `/api/v1/jobs/${response.json().id}`,
    headers: auth.headers,
  });
  return job.json();
}

async function issues(auth: LoggedIn, jobId: string, locale: 'id' | 'en' = 'id') {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/imports/${jobId}/issues?pageSize=200`,
    headers: { ...auth.headers, 'accept-language': locale },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function rowCounts(id: number, context = ctx) {
  return withTenant(context.db, id, async (tx) => {
    const count = async (table: 'employee' | 'unit' | 'position') =>
      Number(
        (
          await tx
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      employee: await count('employee'),
      unit: await count('unit'),
      position: await count('position'),
    };
  });
}

describe('importing a messy CSV', () => {
  let jobId: string;

  it('reports each bad row with its row number, column, value and a translated message', async () => {
    const job = await importFile(admin, 'pegawai.csv', MESSY_CSV);
    jobId = job.id;
    expect(job.status).toBe('succeeded');
    expect(job.kind).toBe('employee-import');
    expect(job.result).toEqual(EXPECTED_RESULT);
    expect(job.progress.done).toBe(job.progress.total);
    expect(job.progress.total).toBeGreaterThan(0);

    const page = await issues(admin, jobId, 'id');
    expect(page.total).toBe(3);
    expect(page.items).toEqual(EXPECTED_ISSUES.id);
    const english = await issues(admin, jobId, 'en');
    expect(english.items.map((i: { message: string }) => i.message)).toEqual(EXPECTED_ISSUES.en);
  });

  it('lands the valid rows with their units and positions, the later duplicate winning', async () => {
    const rows = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('employee as e')
        .leftJoin('position as p', 'p.id', 'e.position_id')
        .leftJoin('unit as u', 'u.id', 'e.unit_id')
        .select([
          'e.nip',
          'e.name',
          'e.birth_date',
          'e.sex',
          'e.golongan',
          'e.golongan_rank',
          'e.position_kind',
          'e.position_level',
          'p.name as position',
          sql<
            string[]
          >`array(select x.name from unit x where x.id = any(u.path) order by array_position(u.path, x.id))`.as(
            'unit_path',
          ),
        ])
        .orderBy('e.nip')
        .execute(),
    );
    expect(rows).toEqual([
      {
        nip: '198503122010011003',
        name: 'Budi Santoso',
        birth_date: '1985-03-12',
        sex: 'M',
        golongan: 'III/b',
        golongan_rank: 10,
        position_kind: 'fungsional',
        position_level: 'ahli_muda',
        position: 'Analis SDM Aparatur Ahli Muda',
        unit_path: ['Badan Kepegawaian Daerah', 'Bidang Pengembangan Kompetensi'],
      },
      {
        nip: '199001152015032001',
        name: 'Siti Rahmawati',
        birth_date: '1990-01-15',
        sex: 'F',
        golongan: 'II/c',
        golongan_rank: 7,
        position_kind: 'pelaksana',
        position_level: null,
        position: 'Pengadministrasi Umum',
        unit_path: ['Dinas Pendidikan', 'Sekretariat'],
      },
      {
        nip: '199203042019031005',
        name: 'Dewanto Lestari',
        birth_date: '1992-03-04',
        sex: 'M',
        golongan: 'III/b',
        golongan_rank: 10,
        position_kind: 'pelaksana',
        position_level: null,
        position: 'Pengadministrasi Umum',
        unit_path: ['Dinas Pendidikan', 'Sekretariat'],
      },
    ]);
    // The existing OPD was matched case-insensitively; only three units and two positions are new.
    expect(await rowCounts(tenantId)).toEqual({ employee: 3, unit: 4, position: 2 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const stamps = () =>
      withTenant(ctx.db, tenantId, (tx) =>
        tx.selectFrom('employee').select(['nip', 'updated_at']).orderBy('nip').execute(),
      );
    const before = await stamps();
    const job = await importFile(admin, 'pegawai.csv', MESSY_CSV);
    expect(job.result).toEqual({ ...EXPECTED_RESULT, inserted: 0, unchanged: 3 });
    expect(await stamps()).toEqual(before);
    expect(await rowCounts(tenantId)).toEqual({ employee: 3, unit: 4, position: 2 });
  });

  it('writes one audit entry per import with the counts', async () => {
    const entries = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'entity_id', 'data'])
        .where('action', '=', 'employee.import')
        .execute(),
    );
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ entity_id: jobId, data: { file: 'pegawai.csv', ...EXPECTED_RESULT } });
  });

  it('gives the error report as an XLSX that reads back to the same issues', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/imports/${jobId}/issues.xlsx`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('kesalahan-impor');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Kesalahan impor')!;
    expect(sheet).toBeDefined();
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Baris', 'Tingkat', 'Kolom', 'Nilai (200 karakter pertama)', 'Pesan']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const severity = { error: 'Kesalahan', warning: 'Peringatan' } as const;
    expect([2, 3, 4].map(values)).toEqual(
      EXPECTED_ISSUES.id.map((i) => [
        i.rowNumber,
        severity[i.severity as 'error' | 'warning'],
        i.column,
        i.value,
        i.message,
      ]),
    );
    expect(sheet.rowCount).toBe(4);
  });

  it("hides the job and its issues from another government's admin", async () => {
    for (const url of [
      `/api/v1/jobs/${jobId}`,
      `/api/v1/imports/${jobId}/issues`,
      `/api/v1/imports/${jobId}/issues.xlsx`,
    ]) {
      const response = await ctx.app.inject({ method: 'GET', url, headers: otherAdmin.headers });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('forbids importing to a role without employee.import', async () => {
    const response = await upload(pegawai, 'pegawai.csv', MESSY_CSV);
    expect(response.statusCode).toBe(403);
    for (const url of [`/api/v1/imports/${jobId}/issues`, '/api/v1/imports/template.xlsx']) {
      expect((await ctx.app.inject({ method: 'GET', url, headers: pegawai.headers })).statusCode).toBe(403);
    }
  });
});

describe('importing an XLSX file', () => {
  it('gives the same result and issues as the CSV', async () => {
    const tenant = await createTenant(ctx);
    await createUnit(ctx, tenant.id, 'Dinas Pendidikan');
    const xlsxAdmin = await apiAs(ctx, 'admin', tenant.id);
    // Named .csv on purpose: the content decides.
    const job = await importFile(xlsxAdmin, 'pegawai.csv', await messyWorkbook());
    expect(job.status, JSON.stringify(job.errors)).toBe('succeeded');
    expect(job.result).toEqual(EXPECTED_RESULT);
    expect((await issues(xlsxAdmin, job.id)).items).toEqual(EXPECTED_ISSUES.id);
    expect(await rowCounts(tenant.id)).toEqual({ employee: 3, unit: 4, position: 2 });
  });

  it('rejects a NIP stored as a number with the domain message', async () => {
    const tenant = await createTenant(ctx);
    const xlsxAdmin = await apiAs(ctx, 'admin', tenant.id);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['nip', 'nama', 'unit_kerja']);
    // What Excel stores for an 18-digit NIP typed into a number cell: a float that lost its last digits.
    sheet.addRow([Number('198503122010011003'), 'Budi Santoso', 'Dinas Pendidikan']);
    const job = await importFile(xlsxAdmin, 'angka.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(job.result).toMatchObject({ rows: 1, invalid: 1, inserted: 0 });
    const [issue] = (await issues(xlsxAdmin, job.id)).items;
    expect(issue).toMatchObject({ rowNumber: 2, column: 'nip', severity: 'error' });
    expect(issue.message).toContain('tersimpan sebagai angka');
  });
});

describe('importing in batches', () => {
  it('lets the later row win across batches and counts each employee once', async () => {
    const tenant = await createTenant(ctx);
    await buildEmployee(ctx, tenant.id, { name: 'Lama', birthDate: '1980-02-29', sequence: 7 });
    const existing = '198002292010011007';
    const lines = [
      'nip;nama;unit_kerja',
      '198503122010011003;Budi Awal;Dinas Pendidikan',
      `${existing};Nama Baru;Dinas Pendidikan`,
      '199001152015032001;Siti Rahmawati;Dinas Kesehatan / Puskesmas Pancur',
      '198503122010011003;Budi Akhir;Dinas Pendidikan',
      `${existing};Nama Terakhir;Dinas Pendidikan`,
    ];
    const file = path.join(ctx.config.dataDir, 'batches.csv');
    await mkdir(ctx.config.dataDir, { recursive: true });
    await writeFile(file, `${lines.join('\n')}\n`);
    // Two valid rows per batch: both repeated NIPs come back in a later batch.
    const jobs = new JobRunner(ctx.db);
    registerImportJob(jobs, { db: ctx.db, config: ctx.config }, { batchRows: 2 });
    const jobId = await jobs.runNow(tenant.id, null, EMPLOYEE_IMPORT_JOB, { file, name: 'batches.csv' });
    const job = await withTenant(ctx.db, tenant.id, (tx) =>
      tx
        .selectFrom('job')
        .select(['status', 'result', 'error'])
        .where('id', '=', jobId)
        .executeTakeFirstOrThrow(),
    );
    expect(job.error).toBeNull();
    expect(job.result).toEqual({ rows: 5, inserted: 2, updated: 1, unchanged: 0, invalid: 0, warnings: 2 });
    const names = await withTenant(ctx.db, tenant.id, (tx) =>
      tx.selectFrom('employee').select(['nip', 'name']).orderBy('nip').execute(),
    );
    expect(names).toEqual([
      { nip: existing, name: 'Nama Terakhir' },
      { nip: '198503122010011003', name: 'Budi Akhir' },
      { nip: '199001152015032001', name: 'Siti Rahmawati' },
    ]);
    expect(await rowCounts(tenant.id)).toEqual({ employee: 3, unit: 3, position: 0 });
  });
});

describe('files that cannot be imported', () => {
  let tenant: number;
  let auth: LoggedIn;
  beforeAll(async () => {
    tenant = (await createTenant(ctx)).id;
    auth = await apiAs(ctx, 'admin', tenant);
  });

  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(64)]);
  const docx = zipWith('word/document.xml', '<w:document/>');
  const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(512)]);

  it.each([
    ['foto.png', png, 'Berkas "foto.png" bukan CSV atau XLSX.'],
    ['surat.docx', docx, 'Berkas "surat.docx" bukan CSV atau XLSX.'],
    ['lama.xls', xls, 'Berkas "lama.xls" berformat Excel 97–2003 (.xls)'],
  ])('refuses %s at once with 415', async (name, content, detail) => {
    const response = await upload(auth, name, content);
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toContain(detail);
  });

  it('refuses an empty file at once with 400', async () => {
    const response = await upload(auth, 'kosong.csv', Buffer.alloc(0));
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe('Berkas kosong: tidak ada baris data.');
  });

  it('refuses a request without a file field', async () => {
    const body = multipart('pegawai.csv', MESSY_CSV, 'lampiran');
    for (const request of [
      { payload: body.payload, headers: { ...auth.headers, ...body.headers } },
      { payload: { file: 'pegawai.csv' }, headers: auth.headers },
    ]) {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/imports/employees', ...request });
      expect(response.statusCode).toBe(400);
      expect(response.json().detail).toBe('Pilih berkas CSV atau XLSX untuk diimpor.');
    }
  });

  // A header without rows, or no recognisable header, is refused at upload now (import-refusals.test.ts).
  it('fails the job for a quote that is never closed, with one clear message', async () => {
    const content =
      'nip;nama;unit_kerja\n198503122010011003;Budi Santoso;Dinas Pendidikan\n199001152015032001;"Siti;Dinas\n';
    const job = await importFile(auth, 'data.csv', Buffer.from(content));
    expect(job.status).toBe('failed');
    expect(job.errors).toHaveLength(1);
    expect(job.errors[0].message).toContain('Berkas CSV rusak mulai sekitar baris 3');
  });

  it('has written nothing for any of them', async () => {
    expect(await rowCounts(tenant)).toEqual({ employee: 0, unit: 0, position: 0 });
    await ctx.jobs.idle();
    expect(await readdir(path.join(ctx.config.dataDir, 'uploads'))).toEqual([]);
  });
});

describe('the error report', () => {
  it('quotes values from the file as text a spreadsheet will not run', async () => {
    const tenant = await createTenant(ctx);
    const auth = await apiAs(ctx, 'admin', tenant.id);
    const values = ['=1+2', '+62812', '-5', '@SUM(A1)', '=HYPERLINK("http://contoh.invalid","klik")'];
    const csv = `nip;nama;unit_kerja\n${values.map((v) => `"${v.replaceAll('"', '""')}";Budi;Dinas`).join('\n')}\n`;
    const job = await importFile(auth, 'rumus.csv', Buffer.from(csv));
    expect(job.result).toMatchObject({ rows: 5, invalid: 5 });
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/imports/${job.id}/issues.xlsx`,
      headers: auth.headers,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = (n: number) => sheet.getColumn(n).values.slice(2);
    expect(column(4)).toEqual(values.map((v) => `'${v}`));
    expect(column(1)).toEqual([2, 3, 4, 5, 6]);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});

describe('limits', () => {
  let small: TestContext;
  let auth: LoggedIn;
  let tenant: number;
  beforeAll(async () => {
    small = await createTestContext({ importMaxBytes: 64 * 1024, importMaxIssues: 2 });
    tenant = (await createTenant(small)).id;
    auth = await apiAs(small, 'admin', tenant);
  });
  afterAll(() => closeContext(small));

  it('refuses a file over the size limit with 413 and keeps nothing of it', async () => {
    const big = Buffer.from(`${MESSY_ROWS[0]}\n${`${MESSY_ROWS[2]}\n`.repeat(1000)}`);
    const response = await upload(auth, 'besar.csv', big, small);
    expect(response.statusCode).toBe(413);
    expect(response.json().detail).toBe('Berkas melebihi batas 0,06 MB.');
    expect(await readdir(path.join(small.config.dataDir, 'uploads'))).toEqual([]);
    expect(await rowCounts(tenant, small)).toEqual({ employee: 0, unit: 0, position: 0 });
  });

  it('stores at most importMaxIssues issues but counts them all', async () => {
    const bad = Array.from({ length: 5 }, (_, i) => `12345${i};Nama ${i};Dinas`);
    const job = await importFile(
      auth,
      'salah.csv',
      Buffer.from(`nip,nama,unit_kerja\n${bad.join('\n')}\n`),
      small,
    );
    expect(job.result).toMatchObject({ rows: 5, invalid: 5 });
    const response = await small.app.inject({
      method: 'GET',
      url: `/api/v1/imports/${job.id}/issues`,
      headers: auth.headers,
    });
    expect(response.json().total).toBe(2);
  });
});

describe('templates', () => {
  it('gives a CSV template that imports as it is', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/imports/template.csv',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.body.startsWith('\uFEFFnip*;nama*;gelar_depan')).toBe(true);
    const tenant = await createTenant(ctx);
    const auth = await apiAs(ctx, 'admin', tenant.id);
    const job = await importFile(auth, 'template.csv', response.rawPayload);
    expect(job.result).toMatchObject({ rows: 1, inserted: 1, invalid: 0 });
  });

  it.each([
    ['id', 'Pegawai', 'Petunjuk', 'Wajib'],
    ['en', 'Employees', 'Guide', 'Required'],
  ])('gives an XLSX template with a guide in %s', async (locale, data, guide, required) => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/imports/template.xlsx',
      headers: { ...admin.headers, 'accept-language': locale },
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([data, guide]);
    const sheet = workbook.getWorksheet(data)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['nip*', 'nama*', 'gelar_depan']);
    expect(sheet.getRow(2).getCell(1).value).toBe('198503122010011003');
    const guideSheet = workbook.getWorksheet(guide);
    expect(guideSheet?.getRow(1).getCell(2).value).toBe(required);
    expect(String(guideSheet?.getRow(2).getCell(3).value)).toContain('NIP');
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('@');
    for (const headed of [sheet, guideSheet!]) {
      expect(headed.getRow(1).font?.bold).toBe(true);
      expect(headed.autoFilter).toBeTruthy();
      expect(headed.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });
});
