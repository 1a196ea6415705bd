import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn, signInDirectly } from './browser';

// The audit log as an inspector uses it: translated actions and named objects, filters kept in
// the address, the chain head to keep outside the server, and the Excel export.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function openAudit(page: Page, query = ''): Promise<void> {
  await page.goto(`/audit${query}`);
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Log Audit' }).count()).toBe(1);
  await expect.poll(() => page.getByText(/^[\d.]+ entri$/).count()).toBeGreaterThan(0);
}

const rows = (page: Page) => page.getByRole('table', { name: 'Log Audit' }).getByRole('row');

describe('audit log', () => {
  it('names actions and objects, shows the chain head, and keeps filters in the address', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin.tanjungpinang');
    await page.getByRole('navigation').getByRole('link', { name: 'Log Audit' }).click();
    await page.waitForURL('**/audit');
    await openAudit(page);
    // Its own sign-in, translated, with the account named (not "account 1").
    const login = rows(page).filter({ hasText: 'Masuk' }).first();
    await expect.poll(() => login.getByText('auth.login').count()).toBe(1);
    await expect.poll(() => login.getByRole('link', { name: /admin\.tanjungpinang/ }).count()).toBe(1);

    const head = page.getByRole('textbox', { name: 'Kepala rantai untuk disimpan' });
    const anchor = JSON.parse(await head.inputValue()) as { tenant: string; seq: number; hash: string };
    expect(anchor.tenant).toBe('21.72');
    expect(anchor.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(anchor.seq).toBeGreaterThan(0);
    await expectAccessible(page, 'log audit');

    await page.getByRole('combobox', { name: 'Tindakan' }).click();
    await page.getByRole('option', { name: 'Semua: Masuk dan sesi' }).click();
    await page.waitForURL((url) => url.searchParams.get('action') === 'auth');
    await page.reload();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Tindakan' }).inputValue())
      .toBe('Semua: Masuk dan sesi');
    const actionCells = rows(page).locator('td:nth-child(4)');
    await expect.poll(() => actionCells.count()).toBeGreaterThan(0);
    const actions = await actionCells.allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((text) => text.includes('auth.'))).toBe(true);

    // One object's history, from its name.
    await login.getByRole('link', { name: /admin\.tanjungpinang/ }).click();
    await page.waitForURL((url) => url.searchParams.get('entity') === 'account');
    await expect.poll(() => page.getByText(/Hanya riwayat: Akun/).count()).toBe(1);

    // A day after today has nothing yet.
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await openAudit(page, `?from=${tomorrow}`);
    await expect
      .poll(() => page.getByText('Tidak ada entri yang cocok dengan saringan ini.').count())
      .toBe(1);
    await page.context().close();
  });

  it('finds who acted by username on the server and shows only their entries', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, 'admin.tanjungpinang');
    await openAudit(page);
    const actor = page.getByRole('combobox', { name: 'Pelaku' });
    await actor.fill('a');
    await expect.poll(() => page.getByText('Ketik minimal 2 karakter').count()).toBe(1);
    await actor.fill('admin.tanjung');
    await page
      .getByRole('option', { name: /admin\.tanjungpinang/ })
      .first()
      .click();
    await page.waitForURL((url) => url.searchParams.get('actor') !== null);
    // The picker shows the chosen account in place of what was typed, a render after the address.
    await expect.poll(() => actor.inputValue()).not.toBe('admin.tanjung');
    const name = await actor.inputValue();
    expect(name).not.toBe('');
    const actorCells = rows(page).locator('td:nth-child(3)');
    await expect.poll(() => actorCells.count()).toBeGreaterThan(0);
    await expect
      .poll(async () => (await actorCells.allTextContents()).every((text) => text.includes(name)))
      .toBe(true);
    // Back from the address alone, the picker names the account again.
    await page.reload();
    await expect.poll(() => actor.inputValue()).toBe(name);
    await page.context().close();
  });

  it('says why a sign-in failed, in words', async () => {
    const page = await newPage(browser);
    const refused = await page.request.post('/api/v1/auth/login', {
      data: { username: 'pimpinan.tanjungpinang', password: 'bukan-kata-sandinya' },
    });
    expect(refused.status()).toBe(401);
    await signInDirectly(page, 'admin.tanjungpinang');
    await openAudit(page, '?action=auth.loginFailed');
    const entry = rows(page).filter({ hasText: 'pimpinan.tanjungpinang' }).first();
    await expect.poll(() => entry.getByText('Alasan: kata sandi salah').count()).toBe(1);
    await page.context().close();
  });

  it('exports the filtered log to Excel with the chain head', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, 'auditor.tanjungpinang');
    await openAudit(page, '?action=auth.login');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^log-audit-21\.72-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const [entries, head] = book.worksheets;
    expect(entries!.getRow(1).getCell(5).value).toBe('Tindakan');
    expect(entries!.rowCount).toBeGreaterThan(1);
    for (let row = 2; row <= entries!.rowCount; row++)
      expect(entries!.getRow(row).getCell(6).value).toBe('auth.login');
    const facts = new Map<string, unknown>();
    head!.eachRow((row) => facts.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(String(facts.get('Kepala rantai: hash'))).toMatch(/^[0-9a-f]{64}$/);
    expect(facts.get('Filter')).toBe('Tindakan: Masuk');
    await page.context().close();
  });

  it('fits a 390-pixel phone screen as cards without sideways scrolling', async () => {
    const page = await newPage(browser, { phone: true });
    await signInDirectly(page, 'admin.tanjungpinang');
    await openAudit(page);
    await expect
      .poll(() => page.getByRole('list', { name: 'Log Audit' }).getByRole('listitem').count())
      .toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Saringan' }).click();
    await expect.poll(() => page.getByLabel('Dari tanggal').isVisible()).toBe(true);
    await expectAccessible(page, 'log audit (phone)');
    await page.context().close();
  });

  it('is not offered to a pegawai', async () => {
    const page = await newPage(browser);
    await signIn(page, 'pegawai.tanjungpinang');
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByRole('link', { name: /beranda/i }).count()).toBeGreaterThan(0);
    expect(await nav.getByRole('link', { name: 'Log Audit' }).count()).toBe(0);
    await page.goto('/audit');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Akses tidak diizinkan' }).count())
      .toBe(1);
    await page.context().close();
  });
});
