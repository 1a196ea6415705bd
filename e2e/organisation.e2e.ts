import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn, signInDirectly } from './browser';

// Server round trips (a save, then the list refetched) take longer than expect.poll's 1 s default.
const SLOW = { timeout: 10_000 };

// An admin of DKI Jakarta sets up part of the organisation in the app: units created, renamed,
// moved and closed (with an employee moved out), positions imported, one employee corrected.

const ADMIN = 'admin.dki-jakarta';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const row = (page: Page, name: string) => page.getByTestId('unit-row').filter({ hasText: name });

async function unitAction(page: Page, unit: string, action: RegExp) {
  await page.getByRole('button', { name: `Tindakan untuk ${unit}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
  // The menu fades out after the click; axe would meet it half gone (a menu with no items).
  await expect.poll(() => page.getByRole('menu').count()).toBe(0);
}

async function pick(page: Page, label: string, text: string, option: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(text);
  // An option may show the unit's headcount after its name.
  await page.getByRole('option', { name: new RegExp(`^${option}(\\s|$)`) }).click();
}

async function createTop(page: Page, name: string, kind?: string) {
  await page.getByRole('button', { name: 'Tambah perangkat daerah' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nama unit').fill(name);
  if (kind) {
    await dialog.getByRole('combobox', { name: 'Jenis unit' }).click();
    await page.getByRole('option', { name: kind, exact: true }).click();
  }
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect.poll(() => row(page, name).count(), SLOW).toBe(1);
}

describe('managing the organisation', () => {
  it('creates, renames and moves units, refusing a duplicate name', async () => {
    const page = await newPage(browser);
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Organisasi' }).first().click();
    await page.waitForURL('**/organisation');
    // Away from the navigation link it clicked: axe judges what is on screen, hover included.
    await page.mouse.move(640, 700);
    await expect.poll(() => page.getByTestId('unit-row').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    await expectAccessible(page, 'organisasi');

    await createTop(page, 'Dinas Uji Organisasi');
    await createTop(page, 'Badan Uji Tujuan', 'Badan');
    // The same name again is refused, in Indonesian.
    await page.getByRole('button', { name: 'Tambah perangkat daerah' }).click();
    await page.getByRole('dialog').getByLabel('Nama unit').fill('dinas uji organisasi');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('dialog')
          .getByText(/Sudah ada unit bernama/)
          .count(),
      )
      .toBe(1);
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

    await unitAction(page, 'Dinas Uji Organisasi', /Tambah sub-unit/);
    await page.getByRole('dialog').getByLabel('Nama unit').fill('Bidang Uji Satu');
    await expectAccessible(page, 'tambah sub-unit');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('button', { name: 'Buka sub-unit Dinas Uji Organisasi' }).click();
    await expect.poll(() => row(page, 'Bidang Uji Satu').count(), SLOW).toBe(1);

    await unitAction(page, 'Bidang Uji Satu', /Ganti nama/);
    const renameName = page.getByRole('dialog').getByLabel('Nama unit');
    await renameName.fill('Bidang Uji Pertama');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan nama' }).click();
    await expect.poll(() => row(page, 'Bidang Uji Pertama').count(), SLOW).toBe(1);

    await unitAction(page, 'Bidang Uji Pertama', /Pindahkan/);
    await pick(page, 'Induk baru', 'Badan Uji', 'Badan Uji Tujuan');
    await page.getByRole('dialog').getByRole('button', { name: 'Pindahkan' }).click();
    await expect.poll(() => row(page, 'Bidang Uji Pertama').count(), SLOW).toBe(0);
    await page.getByRole('button', { name: 'Buka sub-unit Badan Uji Tujuan' }).click();
    await expect.poll(() => row(page, 'Bidang Uji Pertama').count(), SLOW).toBe(1);

    await page.context().close();
  });

  it('closes a unit, moving out the employee a correction placed there', async () => {
    const page = await newPage(browser);
    await signIn(page, ADMIN);
    // An employee placed in the unit by a correction, then moved out by the closure.
    const list = await (await page.request.get('/api/v1/employees?pageSize=1&sort=nip')).json();
    const employee = list.items[0] as { id: number; fullName: string };
    await page.goto(`/employees/${employee.id}`);
    await page.getByRole('button', { name: 'Ubah data' }).click();
    const correction = page.getByRole('dialog');
    await expectAccessible(page, 'ubah data pegawai');
    await pick(page, 'Unit Kerja', 'Dinas Uji Organ', 'Dinas Uji Organisasi');
    await correction.getByLabel('Gelar depan').fill('Drs.');
    await correction.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), SLOW).toBe(0);
    await expect.poll(() => page.getByText('Dinas Uji Organisasi').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Drs.');

    await page.goto('/organisation');
    await unitAction(page, 'Dinas Uji Organisasi', /Tutup unit/);
    const closing = page.getByRole('dialog');
    await expect.poll(() => closing.getByText(/1 pegawai masih berada/).count(), SLOW).toBe(1);
    await closing.getByRole('button', { name: 'Tutup unit' }).click();
    await expect.poll(() => closing.getByText('Pilih unit tujuan untuk pegawainya.').count(), SLOW).toBe(1);
    await pick(page, 'Pindahkan pegawai ke', 'Badan Uji', 'Badan Uji Tujuan');
    await expectAccessible(page, 'tutup unit');
    await closing.getByRole('button', { name: 'Tutup unit' }).click();
    await expect.poll(() => row(page, 'Dinas Uji Organisasi').count(), SLOW).toBe(0);
    await page.getByLabel('Tampilkan unit yang sudah ditutup').check();
    await expect
      .poll(() =>
        row(page, 'Dinas Uji Organisasi')
          .getByText(/Ditutup sejak/)
          .count(),
      )
      .toBe(1);

    const moved = await (await page.request.get(`/api/v1/employees/${employee.id}`)).json();
    expect(moved.unitPath).toEqual(['Badan Uji Tujuan']);
    await page.context().close();
  });

  it('imports positions from a file and lists them in the Jabatan tab', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await page.goto('/organisation?tab=positions');
    await page.getByRole('link', { name: 'Impor jabatan' }).click();
    await page.waitForURL('**/imports/positions');
    await expectAccessible(page, 'impor jabatan');
    const file = [
      'jabatan;jenis_jabatan;jenjang;eselon',
      'Penelaah Uji Organisasi;Pelaksana;;',
      'Analis Uji Organisasi Ahli Muda;Fungsional;;',
      'Kepala Bidang Uji Organisasi;Struktural;;III.a',
    ].join('\n');
    await page.locator('input[type=file]').setInputFiles({
      name: 'jabatan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file, 'utf8'),
    });
    await page.getByRole('button', { name: /mulai impor/i }).click();
    await expect.poll(() => page.getByTestId('import-inserted').textContent(), { timeout: 30_000 }).toBe('3');

    await page.getByRole('link', { name: 'Kembali ke Organisasi' }).click();
    await page.getByRole('searchbox', { name: 'Cari jabatan' }).fill('Uji Organisasi');
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'Uji Organisasi' }).count(), SLOW)
      .toBe(3);
    const analis = page.getByRole('row').filter({ hasText: 'Analis Uji Organisasi Ahli Muda' });
    expect(await analis.textContent()).toContain('Ahli Muda');
    expect(await page.getByRole('row').filter({ hasText: 'Kepala Bidang Uji' }).textContent()).toContain(
      'Administrator',
    );
    await expectAccessible(page, 'jabatan');
    await page.context().close();
  });

  it('works on a 390-pixel phone: the tree as an indented list, dialogs full screen', async () => {
    const page = await newPage(browser, { phone: true });
    await signInDirectly(page, ADMIN);
    await page.goto('/organisation');
    await expect.poll(() => page.getByTestId('unit-row').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Buka semua' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'organisasi (ponsel)');
    const first = page.getByTestId('unit-row').first();
    const name = (await first.locator('p').first().textContent()) ?? '';
    await unitAction(page, name, /Ganti nama/);
    await expect.poll(() => page.getByRole('dialog').getByLabel('Nama unit').inputValue()).toBe(name);
    await expectAccessible(page, 'ganti nama (ponsel)');
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

    await page.getByRole('tab', { name: 'Jabatan' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Tabel jabatan' }).count(), SLOW).toBe(1);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(wide).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'jabatan (ponsel)');
    await page.context().close();
  });
});
