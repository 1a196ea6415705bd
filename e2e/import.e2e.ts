import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** A messy file as offices really send it: semicolons, a BOM, two bad rows among good ones. */
const CSV = [
  '\uFEFFnip;nama;tanggal_lahir;jenis_kelamin;jenis_pegawai;golongan;jenis_jabatan;jabatan;unit_kerja',
  '199001152015031002;Rahmat Hidayat;15-01-1990;L;PNS;III/b;Pelaksana;Pengadministrasi Perkantoran;Dinas Uji Coba / Bidang Satu',
  '199213132015032001;Nadia Putri;13-13-1992;P;PNS;III/a;Pelaksana;Pengadministrasi Perkantoran;Dinas Uji Coba',
  '1.98503E+17;Angka Ilmiah;12-03-1985;L;PNS;III/c;Pelaksana;Penata Layanan Operasional;Dinas Uji Coba',
  '198804202010012004;Intan Lestari;20-04-1988;P;PNS;iii/A;Fungsional;Analis Kebijakan Ahli Pertama;Dinas Uji Coba / Bidang Dua',
].join('\r\n');

describe('importing employees', () => {
  it('imports the good rows, lists the bad ones by row and column, and downloads the error report', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin.pontianak');
    await page.goto('/imports/employees');
    await expectAccessible(page, 'impor');
    await page.locator('input[type=file]').setInputFiles({
      name: 'pegawai-berantakan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await page.getByRole('button', { name: /unggah|impor/i }).click();

    await expect
      .poll(() => page.getByRole('progressbar').count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(0);
    const issues = page.getByRole('table');
    await expect
      .poll(() => issues.getByText('tanggal_lahir').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => issues.getByText('1.98503E+17').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'impor (hasil)');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /unduh/i }).first().click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    const data = await readFile(file);
    await workbook.xlsx.load(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
    );
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean).length;
    expect(rows).toBeGreaterThanOrEqual(3); // a header and at least the two bad rows

    const api = await page.request.get('/api/v1/employees?q=Intan%20Lestari');
    expect((await api.json()).total).toBe(1);
    await page.context().close();
  });
});
