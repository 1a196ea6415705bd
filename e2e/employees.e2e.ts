import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn, signInDirectly } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('employee registry', () => {
  it('finds an employee by name and opens the detail with the formatted NIP', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, 'admin.tanjungbalai');
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

  it('shows the length of service from TMT CPNS and the status in words', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin.tanjungbalai');
    // The demo data, like many real imports, has TMT CPNS but no mk_tahun/mk_bulan.
    const list = await (await page.request.get('/api/v1/employees?pageSize=1&sort=nip')).json();
    const id = list.items[0].id as number;
    const detail = await (await page.request.get(`/api/v1/employees/${id}`)).json();
    expect(detail).toMatchObject({ serviceYears: null, serviceMonths: null, status: 'aktif' });
    expect(detail.tmtCpns).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.goto(`/employees/${id}`);
    await expect
      .poll(() => page.getByText(/^\d+ tahun \d+ bulan \(dihitung dari TMT CPNS\)$/).count())
      .toBe(1);
    expect(await page.getByText('Aktif', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('aktif', { exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it('counts in the unit filter as many employees as the list filtered by the unit shows', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, 'admin.tanjungpinang');
    await page.goto('/employees');
    await page.getByRole('combobox', { name: /^unit kerja/i }).click();
    const option = page.getByRole('option', { name: /^Dinas Pendidikan/ }).first();
    const offered = Number((await option.innerText()).replace(/^[^\d]*/, '').replace(/\D/g, ''));
    const direct = (await (await page.request.get('/api/v1/units?includeClosed=true')).json()).items.find(
      (u: { name: string; parentId: number | null }) => u.name === 'Dinas Pendidikan' && u.parentId === null,
    ).employeeCount as number;
    // The defect: the option counted only the OPD's own staff, not its bidang and schools.
    expect(offered).toBeGreaterThan(direct);
    await option.click();
    await page.waitForURL(/unitId=\d+/);
    await expect
      .poll(() => page.locator('#employee-results-heading').innerText(), { timeout: 10_000 })
      .toBe(`${new Intl.NumberFormat('id').format(offered)} pegawai`);
    await page.context().close();
  });

  it('fits a 390-pixel phone screen without sideways scrolling', async () => {
    const page = await newPage(browser, { phone: true });
    await signInDirectly(page, 'admin.tanjungpinang');
    await page.goto('/employees');
    await expect.poll(() => page.getByRole('link').count()).toBeGreaterThan(5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'pegawai list (phone)');
    await page.context().close();
  });
});
