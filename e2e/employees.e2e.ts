import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('employee registry', () => {
  it('finds an employee by name and opens the detail with the formatted NIP', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin.tanjungbalai');
    const api = await page.request.get('/api/v1/employees?pageSize=1&sort=-nip');
    const target = (await api.json()).items[0] as { fullName: string; nipFormatted: string; id: number };

    await page.goto('/employees');
    await expectAccessible(page, 'pegawai list');
    await page.getByRole('searchbox', { name: /cari pegawai/i }).fill(target.nipFormatted.slice(0, 15));
    await page.getByRole('link', { name: target.fullName }).first().click();
    await page.waitForURL(`**/employees/${target.id}`);
    await expect.poll(() => page.getByText(target.nipFormatted).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'pegawai detail');
    await page.context().close();
  });

  it('fits a 390-pixel phone screen without sideways scrolling', async () => {
    const page = await newPage(browser, { phone: true });
    await signIn(page, 'admin.tanjungpinang');
    await page.goto('/employees');
    await expect.poll(() => page.getByRole('link').count()).toBeGreaterThan(5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'pegawai list (phone)');
    await page.context().close();
  });
});
