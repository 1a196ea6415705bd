import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../packages/server/src/app';
import { createGovernment, parseTenantOptions } from '../packages/server/src/cli/tenant-command';
import { loadConfig } from '../packages/server/src/config';
import { type OpenDatabase, openDatabase } from '../packages/server/src/db/connect';
import { expectAccessible, launchBrowser, newPage, signIn } from './browser';

// A real deployment from nothing: a fresh database without demo data greets its first visitor with
// how to set up a government; after `tenant create` the first admin sets a password through the
// link and signs in, with no demo band anywhere. On the shared demo server: the band on every page,
// and the national viewer's home.

let browser: Browser;
let fresh: { url: string; database: OpenDatabase; close: () => Promise<void> };

/** Its own server, on its own embedded PostgreSQL, outside demo mode. */
async function startFreshServer() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jenjang-onboarding-'));
  const config = { ...loadConfig({}), dataDir, embeddedPgPort: 0, port: 0, demoData: false };
  const database = await openDatabase(config);
  const app = await buildApp({ config, db: database.db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    async close() {
      await app.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function freshPage(options: { phone?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: fresh.url,
    locale: 'id-ID',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
  });
  return context.newPage();
}

/** Nothing wider than the phone's screen: no sideways scrolling of the whole page. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

beforeAll(async () => {
  browser = await launchBrowser();
  fresh = await startFreshServer();
}, 180_000);
afterAll(async () => {
  await browser.close();
  await fresh.close();
});

describe('a fresh deployment without demo data', () => {
  it('greets the first visitor with how to set up a government instead of an empty sign-in', async () => {
    const page = await freshPage({ phone: true });
    await page.goto('/');
    await page.waitForURL('**/setup');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Siapkan pemerintah daerah pertama' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByText('npm run jenjang -- tenant create', { exact: false }).count())
      .toBe(1);
    expect(await page.locator('[data-demo-band]').count()).toBe(0);
    await expectAccessible(page, 'setup');
    await expectNoSidewaysScroll(page);

    // Pressing "done" before anyone ran the command says so, and stays.
    await page.getByRole('button', { name: /ke halaman masuk/i }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Belum ada akun' }).count()).toBe(1);
    await page.context().close();
  });

  it('lets the first admin set a password with the link of `tenant create` and sign in', async () => {
    const created = await createGovernment(
      fresh.database,
      parseTenantOptions({ code: '21.72', name: 'Kota Tanjungpinang', type: 'kota' }),
    );
    const page = await freshPage();
    // The visitor on the setup page now goes on to sign in.
    await page.goto('/setup');
    await page.waitForURL('**/login');

    await page.goto(`/set-password?token=${encodeURIComponent(created.token)}`);
    const password = 'sandi-admin-tanjungpinang';
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(password);
    await page.getByLabel(/ulangi|konfirmasi/i).fill(password);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => page.getByText('Kata sandi tersimpan').count()).toBeGreaterThan(0);

    await signIn(page, 'admin.kota-tanjungpinang', password);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Beranda' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Kota Tanjungpinang').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-demo-band]').count()).toBe(0);
    await page.context().close();
  });
});

describe('a demo deployment', () => {
  it('says "Data demo" on the sign-in page and on every page behind it, also on a phone', async () => {
    const page = await newPage(browser, { phone: true });
    await page.goto('/login');
    const band = page.getByRole('region', { name: 'Pemberitahuan mode demo' });
    await expect.poll(() => band.count()).toBe(1);
    expect(await band.innerText()).toContain('Data demo');
    await expectAccessible(page, 'login (demo)');
    await expectNoSidewaysScroll(page);

    await signIn(page, 'admin.tanjungpinang');
    await expect.poll(() => band.count()).toBe(1);
    await page.goto('/employees');
    await expect.poll(() => band.count()).toBe(1);
    await expectNoSidewaysScroll(page);
    await page.context().close();
  });

  it('shows the band in English too', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page
      .getByRole('button', { name: /english/i })
      .first()
      .click();
    const band = page.getByRole('region', { name: 'Demo mode notice' });
    await expect.poll(() => band.count()).toBe(1);
    expect(await band.innerText()).toContain('Demo data');
    await page
      .getByRole('button', { name: /bahasa indonesia/i })
      .first()
      .click();
    await page.context().close();
  });
});

describe('the national viewer', () => {
  it('sees figures across the demo governments with charts and tables, and no person', async () => {
    const page = await newPage(browser);
    await signIn(page, 'nasional');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Beranda Nasional' }).count())
      .toBe(1);
    const employees = page.getByRole('region', { name: 'ASN per pemerintah daerah' });
    await expect.poll(() => employees.getByRole('row', { name: /Kota Pontianak/ }).count()).toBe(1);
    await expect.poll(() => employees.getByRole('row', { name: /Provinsi DKI Jakarta/ }).count()).toBe(1);
    await expect
      .poll(() => employees.getByRole('rowheader', { name: 'Seluruh pemerintah daerah' }).count())
      .toBe(1);
    const ikm = page.getByRole('region', { name: 'IKM per pemerintah daerah dan unit layanan' });
    await expect.poll(() => ikm.count()).toBe(1);
    await expect
      .poll(() => ikm.getByRole('columnheader').allTextContents())
      .toEqual(['Pemerintah daerah', 'Unit layanan', 'Periode', 'Responden', 'IKM', 'Mutu', 'Konvensi']);
    await expect.poll(() => ikm.getByText(/^IKM dihitung menurut PermenPANRB 14\/2017/).count()).toBe(1);
    await expect.poll(() => page.getByRole('region', { name: 'Partisipasi survei pegawai' }).count()).toBe(1);
    // Competency: employees by JPM per government (Jakarta has a competency map), and the national
    // competencies below standard, named.
    const competency = page.getByRole('region', { name: 'Kompetensi pegawai per pemerintah daerah' });
    await expect.poll(() => competency.getByRole('row', { name: /Provinsi DKI Jakarta/ }).count()).toBe(1);
    const below = page.getByRole('region', { name: 'Di bawah standar per kompetensi nasional' });
    await expect.poll(() => below.getByRole('rowheader', { name: 'M.1 Integritas' }).count()).toBe(1);
    // Only Beranda and the password: no registry, no surveys nor plans of a government.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Pegawai' }).count()).toBe(0);
    expect(
      await page.getByRole('navigation').getByRole('link', { name: 'Rencana Pengembangan' }).count(),
    ).toBe(0);
    await expectAccessible(page, 'beranda nasional');
    await page.context().close();
  });

  it('fits a phone', async () => {
    const page = await newPage(browser, { phone: true });
    await signIn(page, 'nasional');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Beranda Nasional' }).count())
      .toBe(1);
    await expect.poll(() => page.locator('[data-chart-card-chart]').count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'beranda nasional (390 px)');
    await page.context().close();
  });
});
