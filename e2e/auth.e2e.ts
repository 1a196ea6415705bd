import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('signing in', () => {
  it('shows a translated error for a wrong password and no axe violations on the login page', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await expectAccessible(page, 'login');
    await page.getByLabel(/nama pengguna/i).fill('admin.tanjungpinang');
    await page.getByLabel(/kata sandi/i).fill('salah-sekali');
    await page.getByRole('button', { name: /^masuk$/i }).click();
    await expect.poll(() => page.getByText(/kata sandi salah/i).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('takes an admin to Beranda with the tenant figures', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin.tanjungpinang');
    await expect.poll(() => page.getByRole('heading', { name: /beranda/i }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Kota Tanjungpinang').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'beranda');
    await page.context().close();
  });

  it('shows each role only the navigation it may use', async () => {
    const page = await newPage(browser);
    await signIn(page, 'pegawai.pontianak');
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByRole('link', { name: /data saya/i }).count()).toBeGreaterThan(0);
    expect(await nav.getByRole('link', { name: /impor/i }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: /audit/i }).count()).toBe(0);
    await page.context().close();

    const admin = await newPage(browser);
    await signIn(admin, 'admin.pontianak');
    const adminNav = admin.getByRole('navigation');
    await expect.poll(() => adminNav.getByRole('link', { name: /impor/i }).count()).toBeGreaterThan(0);
    await admin.context().close();
  });

  it('switches the whole interface to English and back', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin.belawan');
    await page
      .getByRole('button', { name: /english/i })
      .first()
      .click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect
      .poll(() =>
        page
          .getByRole('navigation')
          .getByRole('link', { name: /employees/i })
          .count(),
      )
      .toBeGreaterThan(0);
    await expectAccessible(page, 'beranda (en)');
    await page
      .getByRole('button', { name: /bahasa indonesia/i })
      .first()
      .click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    await page.context().close();
  });
});
