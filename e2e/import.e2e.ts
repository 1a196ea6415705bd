import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInDirectly } from './browser';

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
    await signInDirectly(page, 'admin.pontianak');
    await page.goto('/imports/employees');
    await expectAccessible(page, 'impor');
    await page.locator('input[type=file]').setInputFiles({
      name: 'pegawai-berantakan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await page.getByRole('button', { name: /unggah|impor/i }).click();

    // Two of the four rows are good (the other two: a 13th month, a NIP Excel turned into a number).
    await expect
      .poll(() => page.locator('[data-outcome]').getAttribute('data-outcome'), { timeout: 30_000 })
      .toBe('partial');
    expect(await page.getByTestId('import-rows').innerText()).toBe('4');
    expect(await page.getByTestId('import-inserted').innerText()).toBe('2');
    expect(await page.getByTestId('import-invalid').innerText()).toBe('2');
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

  it.each([
    ['on a desktop', false],
    ['on a 390-pixel phone', true],
  ])('says so when every row was rejected, with whole badges, %s', async (_case, phone) => {
    const page = await newPage(browser, { phone });
    await signInDirectly(page, 'admin.pontianak');
    await page.goto('/imports/employees');
    const rejected = [
      'nip;nama;unit_kerja',
      '12345;Nama Pendek;Dinas Uji Tolak',
      '1.98503E+17;Angka Ilmiah;Dinas Uji Tolak',
      ';Tanpa NIP;Dinas Uji Tolak',
    ].join('\n');
    await page.locator('input[type=file]').setInputFiles({
      name: 'semua-salah.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rejected, 'utf8'),
    });
    await page.getByRole('button', { name: /mulai impor/i }).click();
    const outcome = page.locator('[data-outcome]');
    await expect.poll(() => outcome.getAttribute('data-outcome'), { timeout: 30_000 }).toBe('rejected');
    const status = page.getByRole('status');
    expect(await status.innerText()).toContain('Tidak ada baris yang diimpor');
    expect(await status.innerText()).toContain('Semua 3 baris ditolak');
    expect(await status.innerText()).not.toContain('Impor selesai');
    expect(await outcome.locator('svg').count()).toBe(1);
    await expect.poll(() => page.getByTestId('import-invalid').innerText()).toBe('3');

    // A table on a desktop, one card per issue on a phone.
    const badges = page.locator('section[aria-labelledby="import-issues-heading"] .mantine-Badge-label');
    await expect.poll(() => badges.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    // No badge clips its word ("GAL…"): each label is as wide as its text.
    const clipped = await badges.evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth + 1).map((label) => label.textContent),
    );
    expect(clipped).toEqual([]);
    expect(await badges.first().textContent()).toBe('Galat');
    if (phone) {
      // The page itself does not scroll sideways; only the issue table does, inside its frame.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await expectAccessible(page, `impor ditolak semua${phone ? ' (390 px)' : ''}`);
    await page.context().close();
  });
});
