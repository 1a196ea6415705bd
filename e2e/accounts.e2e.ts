import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, newPage, signIn, signInDirectly } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const USERNAME = 'uji.akun';
const NEW_PASSWORD = 'uji-akun-rahasia-2025';

async function openAccounts(page: Page): Promise<void> {
  await page.goto('/settings/accounts');
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name: 'Akun Pengguna' }).count())
    .toBeGreaterThan(0);
  await expect.poll(() => page.getByText(/^\d[\d.]* akun$/).count()).toBeGreaterThan(0);
}

/** The account's row in the table (the desktop layout), found by its username. */
function accountRow(page: Page) {
  return page.getByRole('row').filter({ hasText: USERNAME });
}

describe('user accounts', () => {
  it('lets an admin create an account whose owner sets a password through the one-time link', async () => {
    const admin = await newPage(browser);
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await signIn(admin, 'admin.tanjungpinang');
    await admin.getByRole('navigation').getByRole('link', { name: 'Akun Pengguna' }).click();
    await admin.waitForURL('**/settings/accounts');
    await openAccounts(admin);
    await expectAccessible(admin, 'akun pengguna');

    await admin.getByRole('button', { name: 'Tambah akun' }).click();
    const form = admin.getByRole('dialog', { name: 'Tambah akun' });
    await form.getByRole('textbox', { name: /^nama pengguna/i }).fill(USERNAME);
    await form.getByRole('textbox', { name: /^nama tampilan/i }).fill('Akun Uji Coba');
    await form.getByRole('combobox', { name: 'Peran' }).click();
    await admin.getByRole('option', { name: 'Pegawai', exact: true }).click();
    await form.getByRole('button', { name: 'Buat akun' }).click();

    const dialog = admin.getByRole('dialog', { name: `Akun ${USERNAME} dibuat` });
    await expect.poll(() => dialog.count()).toBe(1);
    // Keyboard users land in the new dialog, not behind it on the page.
    await expect
      .poll(() => dialog.evaluate((element) => element.contains(document.activeElement)))
      .toBe(true);
    await expect.poll(() => dialog.getByText(/hanya ditampilkan sekali/i).count()).toBe(1);
    await expect.poll(() => dialog.getByText(/berlaku 72 jam/i).count()).toBe(1);
    const url = await dialog.getByRole('textbox', { name: 'Tautan sekali pakai' }).inputValue();
    expect(url).toMatch(/\/set-password\?token=\S+$/);
    await dialog.getByRole('button', { name: 'Salin tautan' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Tautan tersalin' }).count()).toBe(1);
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expectAccessible(admin, 'tautan sekali pakai');
    await dialog.getByRole('button', { name: 'Selesai' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => admin.evaluate(() => document.activeElement?.textContent)).toBe('Tambah akun');

    await admin.getByRole('searchbox', { name: 'Cari akun' }).fill(USERNAME);
    await expect.poll(() => accountRow(admin).getByText('Menunggu tautan').count()).toBe(1);

    // The owner opens the link on their own device, without the admin's session.
    const owner = await newPage(browser);
    await owner.goto(url);
    await expect
      .poll(() => owner.getByRole('heading', { level: 1, name: 'Buat kata sandi' }).count())
      .toBe(1);
    await expectAccessible(owner, 'buat kata sandi');
    // The secret leaves the address bar (and so the history) at once; a reload still works.
    await expect.poll(() => new URL(owner.url()).search).toBe('');
    await owner.reload();
    await expect.poll(() => owner.getByLabel(/^kata sandi baru/i).count()).toBe(1);
    await owner.getByLabel(/^kata sandi baru/i).fill(NEW_PASSWORD);
    await owner.getByLabel(/^konfirmasi kata sandi/i).fill(NEW_PASSWORD);
    await owner.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => owner.getByText('Kata sandi tersimpan').count()).toBe(1);

    await signIn(owner, USERNAME, NEW_PASSWORD);
    expect(new URL(owner.url()).pathname).toBe('/');
    await expect.poll(() => owner.getByRole('heading', { level: 1, name: 'Beranda' }).count()).toBe(1);
    await owner.context().close();

    await admin.reload();
    await expect.poll(() => accountRow(admin).getByText('Kata sandi dibuat').count()).toBe(1);
    await accountRow(admin)
      .getByRole('button', { name: `Tindakan untuk ${USERNAME}` })
      .click();
    await admin.getByRole('menuitem', { name: 'Buat tautan baru' }).click();
    const again = admin.getByRole('dialog', { name: `Tautan baru untuk ${USERNAME}` });
    await expect.poll(() => again.getByText(/kata sandi yang sekarang tetap berlaku/i).count()).toBe(1);
    await expect
      .poll(() => again.getByText(/tautan yang dibuat sebelumnya tidak berlaku lagi/i).count())
      .toBe(1);
    const second = await again.getByRole('textbox', { name: 'Tautan sekali pakai' }).inputValue();
    expect(second).toMatch(/\/set-password\?token=\S+$/);
    expect(second).not.toBe(url);
    await admin.keyboard.press('Escape');
    await expect
      .poll(() => admin.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Tindakan untuk ${USERNAME}`);
    await admin.context().close();
  });

  it('disables an account after asking, which ends its sessions, and enables it again', async () => {
    const owner = await newPage(browser);
    await signIn(owner, USERNAME, NEW_PASSWORD);
    const admin = await newPage(browser);
    await signInDirectly(admin, 'admin.tanjungpinang');
    await admin.goto(`/settings/accounts?q=${USERNAME}`);
    await accountRow(admin)
      .getByRole('button', { name: `Tindakan untuk ${USERNAME}` })
      .click();
    await admin.getByRole('menuitem', { name: 'Nonaktifkan' }).click();
    const confirm = admin.getByRole('dialog', { name: `Nonaktifkan akun ${USERNAME}?` });
    await expect.poll(() => confirm.getByText(/sesi yang sedang terbuka langsung berakhir/).count()).toBe(1);
    await expectAccessible(admin, 'nonaktifkan akun');
    await confirm.getByRole('button', { name: 'Nonaktifkan akun' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    await expect.poll(() => accountRow(admin).getByText('Nonaktif', { exact: true }).count()).toBe(1);
    await expect
      .poll(() => admin.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Tindakan untuk ${USERNAME}`);

    // The owner's open session has ended: the next page they open asks them to sign in.
    await owner.goto('/');
    await owner.waitForURL((url) => url.pathname.startsWith('/login'));
    await owner.getByLabel(/nama pengguna/i).fill(USERNAME);
    await owner.getByLabel(/kata sandi/i).fill(NEW_PASSWORD);
    await owner.getByRole('button', { name: /masuk/i }).click();
    await expect.poll(() => owner.getByRole('alert').textContent()).toMatch(/nonaktif/i);

    // The status filter lives in the address.
    await admin.goto('/settings/accounts?status=disabled');
    await expect.poll(() => accountRow(admin).count()).toBe(1);
    await admin.reload();
    await expect.poll(() => admin.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('Nonaktif');
    await accountRow(admin)
      .getByRole('button', { name: `Tindakan untuk ${USERNAME}` })
      .click();
    await admin.getByRole('menuitem', { name: 'Aktifkan kembali' }).click();
    await admin
      .getByRole('dialog', { name: `Aktifkan kembali akun ${USERNAME}?` })
      .getByRole('button', { name: 'Aktifkan akun' })
      .click();
    await expect.poll(() => accountRow(admin).count()).toBe(0);
    await signIn(owner, USERNAME, NEW_PASSWORD);
    expect(new URL(owner.url()).pathname).toBe('/');
    await owner.context().close();
    await admin.context().close();
  });

  it('changes role and unit within what the admin may give, and says whose employee is taken', async () => {
    const admin = await newPage(browser);
    await signInDirectly(admin, 'admin.tanjungpinang');
    await admin.goto(`/settings/accounts?q=${USERNAME}`);
    await accountRow(admin)
      .getByRole('button', { name: `Tindakan untuk ${USERNAME}` })
      .click();
    await admin.getByRole('menuitem', { name: 'Ubah peran, unit dan data' }).click();
    const dialog = admin.getByRole('dialog', { name: `Ubah akun ${USERNAME}` });
    await dialog.getByRole('combobox', { name: 'Peran' }).click();
    // Nobody in a government gives the national role.
    expect(await admin.getByRole('option', { name: 'Nasional', exact: true }).count()).toBe(0);
    await admin.getByRole('option', { name: 'Atasan', exact: true }).click();
    await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect
      .poll(() => dialog.getByText('Akun atasan harus dibatasi pada satu unit kerja.').count())
      .toBe(1);
    await dialog.getByRole('combobox', { name: /^unit kerja/i }).click();
    const unit = admin.getByRole('option').first();
    const unitName = (await unit.textContent())?.replace(/[\d.]+$/, '').trim() ?? '';
    await unit.click();
    await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => accountRow(admin).getByText('Atasan').count()).toBe(1);
    await expect.poll(() => accountRow(admin).getByText(unitName).count()).toBeGreaterThan(0);

    // The head of the secretariat already has the demo pimpinan account: a second one is refused.
    const taken = (await (await admin.request.get('/api/v1/accounts?q=pimpinan.tanjungpinang')).json())
      .items[0];
    const employee = (await (await admin.request.get(`/api/v1/employees/${taken.employeeId}`)).json()) as {
      name: string;
    };
    await accountRow(admin)
      .getByRole('button', { name: `Tindakan untuk ${USERNAME}` })
      .click();
    await admin.getByRole('menuitem', { name: 'Ubah peran, unit dan data' }).click();
    await dialog.getByRole('combobox', { name: 'Data pegawai' }).fill(employee.name);
    await admin.getByRole('option', { name: employee.name }).first().click();
    await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
    await expect
      .poll(() =>
        dialog
          .getByText('Pegawai ini sudah memiliki akun. Satu pegawai hanya boleh memiliki satu akun.')
          .count(),
      )
      .toBe(1);
    await expectAccessible(admin, 'ubah akun (pegawai sudah punya akun)');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await admin.context().close();
  });

  it('finds the owner by NIP, names the account after them, and requires a unit for an atasan', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, 'admin.tanjungpinang');
    const api = await page.request.get('/api/v1/employees?pageSize=1&sort=nip');
    const owner = (await api.json()).items[0] as { fullName: string; nipFormatted: string };
    await openAccounts(page);
    await page.getByRole('button', { name: 'Tambah akun' }).click();
    const form = page.getByRole('dialog', { name: 'Tambah akun' });
    await form.getByRole('textbox', { name: /^nama pengguna/i }).fill('uji.atasan');
    await form.getByRole('combobox', { name: 'Data pegawai' }).fill(owner.nipFormatted.slice(0, 15));
    // The option reads 'name NIP'; a string name matches a part of it.
    await page.getByRole('option', { name: owner.fullName }).click();
    await expect
      .poll(() => form.getByRole('textbox', { name: /^nama tampilan/i }).inputValue())
      .toBe(owner.fullName);
    await form.getByRole('combobox', { name: 'Peran' }).click();
    await page.getByRole('option', { name: 'Atasan', exact: true }).click();
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await expect
      .poll(() => form.getByText('Akun atasan harus dibatasi pada satu unit kerja.').count())
      .toBe(1);
    await expectAccessible(page, 'tambah akun (galat)');
    await page.context().close();
  });

  it('fits a 390-pixel phone screen as cards without sideways scrolling', async () => {
    const page = await newPage(browser, { phone: true });
    await signInDirectly(page, 'admin.tanjungpinang');
    await openAccounts(page);
    await expect
      .poll(() => page.getByRole('list', { name: 'Akun Pengguna' }).getByRole('listitem').count())
      .toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'akun pengguna (phone)');
    await page.context().close();
  });

  it('hides the page from a pegawai and refuses it at its address', async () => {
    const page = await newPage(browser);
    await signIn(page, 'pegawai.tanjungpinang');
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByRole('link', { name: /beranda/i }).count()).toBeGreaterThan(0);
    expect(await nav.getByRole('link', { name: 'Akun Pengguna' }).count()).toBe(0);
    await page.goto('/settings/accounts');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Akses tidak diizinkan' }).count())
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Tambah akun' }).count()).toBe(0);
    await page.context().close();
  });
});
