import { rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiAs } from '../../../test/api-as';
import { craftXlsx, repeated, sheetRow } from '../../../test/crafted-zip';
import { createAccount, type LoggedIn, login } from '../../../test/factories/account.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { auditEntries, jobOf, uploadFile, uploadsLeft } from '../../../test/upload-requests';
import { withTenant } from '../../db/database';
import { DEFAULT_IMPORT_LIMITS } from './import-limits';

// What an upload must not get past: files refused at once (nothing kept, the refusal audited),
// workbooks crafted to exhaust the server (bounded, refused with a message that says what to do),
// and failed jobs (audited). The reader's own bounds are tested one by one in xlsx-reader.test.ts.

const MB = 1024 * 1024;
const HEADER = 'nip;nama;unit_kerja';
const ROW = '198503122010011003;Budi Santoso;Dinas Pendidikan';

let ctx: TestContext;
let tenantId: number;
let admin: LoggedIn;
let accountId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  const account = await createAccount(ctx, tenantId, 'admin');
  accountId = account.id;
  admin = await login(ctx, account.username);
});

afterAll(async () => {
  await ctx?.close();
  if (ctx) await rm(ctx.config.dataDir, { recursive: true, force: true });
});

function employees(context: TestContext, tenant: number) {
  return withTenant(context.db, tenant, async (tx) => {
    const row = await tx
      .selectFrom('employee')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  });
}

async function headerOnlyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(['nip', 'nama', 'unit_kerja']);
  sheet.addRow([]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook whose sheet claims 200 bytes and inflates to 6 MB. */
function lyingWorkbook(): Promise<Buffer> {
  return craftXlsx({
    rows: `${sheetRow(1, ['nip', 'nama', 'unit_kerja'])}${sheetRow(2, ['198503122010011003', 'Budi', 'Dinas'])}${'<row/>'.repeat(1_000_000)}`,
    sheetEntry: { claimedSize: 200 },
  });
}

/** A real header and row, and 20,000 more zip entries than a workbook has. */
function manyEntries(): Promise<Buffer> {
  const leading = Array.from({ length: 20_000 }, (_, i) => ({ name: `x/${i}`, content: '', stored: true }));
  return craftXlsx({ rows: `${sheetRow(1, ['nip', 'nama'])}${sheetRow(2, ['1', 'a'])}`, leading });
}

describe('files refused at upload', () => {
  it.each<[string, string, () => Promise<Buffer> | Buffer, number, string, string]>([
    [
      'a CSV with only its header',
      'pegawai.csv',
      () => Buffer.from(`${HEADER}\r\n;;\r\n\r\n`),
      400,
      'import.headerOnly',
      'Berkas hanya berisi baris judul kolom; tidak ada baris data untuk diimpor.',
    ],
    [
      'an XLSX with only its header',
      'pegawai.xlsx',
      headerOnlyWorkbook,
      400,
      'import.headerOnly',
      'Berkas hanya berisi baris judul kolom',
    ],
    [
      'a file without a recognisable header',
      'data.csv',
      () => Buffer.from('nomor;nama lengkap;kantor\n1;Budi;Dinas\n'),
      400,
      'import.noHeader',
      'Baris judul kolom tidak dikenali.',
    ],
    [
      'a CSV row of two million empty cells',
      'lebar.csv',
      () => Buffer.from(`${HEADER}\n${';'.repeat(2_000_000)}\n`),
      400,
      'import.tooManyColumns',
      'Baris 2 berisi lebih dari 1024 kolom.',
    ],
    [
      'an XLSX whose sheet inflates past the size its zip entry claims',
      'bohong.xlsx',
      lyingWorkbook,
      400,
      'import.xlsx.broken',
      'Berkas Excel ini rusak atau tidak utuh.',
    ],
    [
      'an XLSX of 20,000 zip entries',
      'banyak.xlsx',
      manyEntries,
      413,
      'import.xlsx.tooManyEntries',
      'Berkas Excel ini berisi 20.004 bagian, melebihi batas 10.000.',
    ],
  ])(
    'refuses %s at once, keeps nothing of it and audits why',
    async (_case, name, content, status, key, detail) => {
      const before = (await auditEntries(ctx, tenantId, 'import.refused')).length;
      const response = await uploadFile(ctx, admin, name, await content());
      expect(response.statusCode, response.body).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().detail).toContain(detail);
      expect(await uploadsLeft(ctx)).toEqual([]);
      const refused = await auditEntries(ctx, tenantId, 'import.refused');
      expect(refused).toHaveLength(before + 1);
      expect(refused.at(-1)).toMatchObject({
        actor_account_id: accountId,
        data: { kind: 'employee-import', file: name, reason: key },
      });
      expect(await employees(ctx, tenantId)).toBe(0);
    },
  );

  it('says it in English too', async () => {
    const response = await uploadFile(ctx, admin, 'pegawai.csv', Buffer.from(`${HEADER}\n`), {
      locale: 'en',
    });
    expect(response.json().detail).toBe(
      'The file holds only the header row; there are no data rows to import.',
    );
  });

  it('deletes the upload when the job cannot be queued', async () => {
    const enqueue = vi.spyOn(ctx.jobs, 'enqueue').mockRejectedValueOnce(new Error('connection terminated'));
    try {
      const response = await uploadFile(ctx, admin, 'pegawai.csv', Buffer.from(`${HEADER}\n${ROW}\n`));
      expect(response.statusCode).toBe(500);
      expect(enqueue).toHaveBeenCalledOnce();
    } finally {
      enqueue.mockRestore();
    }
    expect(await uploadsLeft(ctx)).toEqual([]);
  });
});

describe('a failed import job', () => {
  it('is audited with the reason the user reads', async () => {
    const broken = `${HEADER}\n${ROW}\n199001152015032001;"Siti;Dinas\n`;
    const response = await uploadFile(ctx, admin, 'rusak.csv', Buffer.from(broken));
    expect(response.statusCode).toBe(202);
    const job = await jobOf(ctx, admin, response.json().id);
    expect(job.status).toBe('failed');
    expect(job.errors[0].message).toContain('Berkas CSV rusak mulai sekitar baris 3');
    expect(await auditEntries(ctx, tenantId, 'import.failed')).toEqual([
      {
        actor_account_id: accountId,
        entity: 'job',
        entity_id: job.id,
        data: { kind: 'employee-import', file: 'rusak.csv', reason: 'import.csvBroken' },
      },
    ]);
    expect(await uploadsLeft(ctx)).toEqual([]);
  });
});

describe('an XLSX whose shared strings inflate to hundreds of megabytes', () => {
  // The issue's bomb: a few hundred kilobytes that a reader holding the text table whole turns
  // into hundreds of megabytes. Its first rows are a real header and row, so it passes the
  // upload's first look; reading the table stops at the limit.
  it('fails its job with a message that says what to do, writing nothing', async () => {
    const names = ['nip', 'nama', 'unit_kerja', '198503122010011003', 'Budi Santoso', 'Dinas Pendidikan'];
    const index = (text: string) => names.indexOf(text);
    const bomb = await craftXlsx({
      rows: `${sheetRow(1, names.slice(0, 3), index)}${sheetRow(2, names.slice(3), index)}`,
      sharedStrings: (function* () {
        yield Buffer.from(names.map((n) => `<si><t>${n}</t></si>`).join(''));
        // 300,000 texts of 1,000 characters: about 300 MB of XML.
        yield* repeated(`<si><t>${'A'.repeat(1000)}</t></si>`.repeat(1000), 300);
      })(),
    });
    expect(bomb.length).toBeLessThan(2 * MB);
    const response = await uploadFile(ctx, admin, 'bom.xlsx', bomb);
    expect(response.statusCode, response.body).toBe(202);
    const job = await jobOf(ctx, admin, response.json().id);
    expect(job.status).toBe('failed');
    expect(job.errors).toEqual([
      {
        message:
          'Berkas Excel ini terlalu besar setelah dibuka: teksnya melebihi 96 MB. Simpan sebagai CSV (di Excel: File → Save As → CSV UTF-8), lalu unggah berkas CSV itu.',
      },
    ]);
    const english = await jobOf(ctx, admin, job.id, 'en');
    expect(english.errors[0].message).toContain('This Excel file is too large once opened');
    expect(await employees(ctx, tenantId)).toBe(0);
    expect(await uploadsLeft(ctx)).toEqual([]);
    const failed = await auditEntries(ctx, tenantId, 'import.failed');
    expect(failed.at(-1)?.data).toEqual({
      kind: 'employee-import',
      file: 'bom.xlsx',
      reason: 'import.xlsx.stringsTooLarge',
    });
  });
});

describe('with small limits', () => {
  let small: TestContext;
  let auth: LoggedIn;
  let tenant: number;
  beforeAll(async () => {
    small = await createTestContext({
      importMaxBytes: 64 * 1024,
      importLimits: { ...DEFAULT_IMPORT_LIMITS, xlsxMaxInflatedBytes: 4 * MB },
    });
    tenant = (await createTenant(small)).id;
    auth = await apiAs(small, 'admin', tenant);
  });
  afterAll(async () => {
    await small?.close();
    if (small) await rm(small.config.dataDir, { recursive: true, force: true });
  });

  it('refuses at once a workbook whose parts declare more than the inflate budget', async () => {
    const rows = `${sheetRow(1, ['nip', 'nama'])}${sheetRow(2, ['1', 'a'])}${'<row/>'.repeat(1_000_000)}`;
    const response = await uploadFile(small, auth, 'besar.xlsx', await craftXlsx({ rows }));
    expect(response.statusCode).toBe(413);
    expect(response.json().detail).toBe(
      'Berkas Excel ini terlalu besar setelah dibuka: isinya melebihi 4 MB. Simpan sebagai CSV (di Excel: File → Save As → CSV UTF-8), lalu unggah berkas CSV itu.',
    );
    expect(await uploadsLeft(small)).toEqual([]);
  });

  it('audits a file over the upload limit', async () => {
    const response = await uploadFile(
      small,
      auth,
      'besar.csv',
      Buffer.from(`${HEADER}\n${`${ROW}\n`.repeat(2000)}`),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().detail).toBe('Berkas melebihi batas 0,06 MB.');
    expect((await auditEntries(small, tenant, 'import.refused')).at(-1)?.data).toEqual({
      kind: 'employee-import',
      file: 'besar.csv',
      reason: 'import.tooLarge',
    });
    expect(await uploadsLeft(small)).toEqual([]);
  });
});

describe('a request body over the limit', () => {
  it.each([
    ['id', 'Isi permintaan melebihi batas 1 MB.'],
    ['en', 'The request body exceeds the limit of 1 MB.'],
  ])('names the real limit (%s)', async (locale, detail) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: JSON.stringify({ username: 'a'.repeat(MB + 10), password: 'x' }),
      headers: { 'content-type': 'application/json', 'accept-language': locale },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ status: 413, detail });
  });
});
