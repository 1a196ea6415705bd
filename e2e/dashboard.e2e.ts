import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInDirectly } from './browser';

// Each role's home (Beranda) on the demo governments: what it shows, what it leaves out (and the
// server refuses), on a desktop and on a 390-pixel phone without sideways scrolling.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const SHOTS = process.env.E2E_SCREENSHOTS;

async function home(username: string, options: { phone?: boolean } = {}): Promise<Page> {
  const page = await newPage(browser, options);
  await signInDirectly(page, username);
  await page.goto('/');
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Beranda' }).count()).toBe(1);
  // Every card has answered: no "Memuat…" left.
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  return page;
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function apiStatus(page: Page, path: string): Promise<number> {
  return (await page.request.get(`/api/v1${path}`)).status();
}

describe('Beranda per role', () => {
  it('shows an admin what needs attention and the government’s workforce', async () => {
    const page = await home('admin.tanjungpinang');
    const attention = page.getByTestId('home-attention');
    await expect.poll(() => attention.getByText('Survei yang sedang berjalan').count()).toBe(1);
    // The training-needs survey of 2027 is collecting answers.
    await expect.poll(() => attention.getByRole('progressbar').count()).toBeGreaterThan(0);
    expect(Number((await page.getByTestId('figure-total').innerText()).replace(/\D/g, ''))).toBeGreaterThan(
      100,
    );
    await expectAccessible(page, 'beranda admin');
    await shot(page, 'admin');
    await page.context().close();
  });

  it('shows a pimpinan the IKM per service unit with its trend, linking to the full results', async () => {
    const page = await home('pimpinan.pontianak');
    await expect.poll(() => page.getByRole('heading', { name: 'IKM per unit layanan' }).count()).toBe(1);
    const value = page.getByTestId('home-ikm-value').first();
    expect(await value.innerText()).toMatch(/^\d{2},\d{2}/);
    // Two semesters of the population-administration SKM: the second is compared with the first.
    // The change is judged (wave-comparison.rules.ts): a real rise or fall, or no meaningful change.
    await expect
      .poll(() =>
        page.getByText(/^(naik \d|turun \d|tidak berubah berarti$|terlalu sedikit jawaban)/).count(),
      )
      .toBeGreaterThan(0);
    expect(await page.getByTestId('home-ikm-convention').first().textContent()).toBe(
      'Konvensi IKM: Bobot 1/9 (PermenPANRB 14/2017)',
    );
    expect(await page.getByTestId('figure-total').count()).toBe(1);
    await expectAccessible(page, 'beranda pimpinan');
    await shot(page, 'pimpinan');
    await page
      .getByRole('link', { name: /^Lihat hasil Pelayanan Administrasi Kependudukan/ })
      .first()
      .click();
    await page.waitForURL(/\/survey-waves\/\d+\/results$/);
    await page.context().close();
  });

  it('shows an atasan its subtree’s workforce and says when its unit’s results appear', async () => {
    const admin = await newPage(browser);
    await signInDirectly(admin, 'admin.pontianak');
    const whole = (await (await admin.request.get('/api/v1/dashboard')).json()).employees.total as number;
    await admin.context().close();

    const page = await home('atasan.pontianak');
    await expect.poll(() => page.getByText(/^Ringkasan ASN di Dinas Pendidikan/).count()).toBe(1);
    const total = Number((await page.getByTestId('figure-total').innerText()).replace(/\D/g, ''));
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(whole);
    await expect.poll(() => page.getByRole('heading', { name: 'Hasil survei unit Anda' }).count()).toBe(1);
    expect(await page.getByTestId('home-k-rule').innerText()).toBe(
      'Hasil untuk unit Anda ditampilkan bila sedikitnya 5 orang dari unit Anda menjawab, setelah gelombang survei ditutup.',
    );
    await expectAccessible(page, 'beranda atasan');
    await shot(page, 'atasan');
    await page.context().close();
  });

  it('shows an employee the survey waiting for them and their own record, and no workforce figure', async () => {
    const page = await home('pegawai.tanjungpinang');
    const waiting = page.getByTestId('home-waiting');
    await expect.poll(() => waiting.getByRole('heading', { name: 'Survei untuk Anda' }).count()).toBe(1);
    await expect.poll(() => waiting.getByText(/^Batas pengisian: .* WIB$/).count()).toBeGreaterThan(0);
    const record = page.getByTestId('home-record');
    await expect.poll(() => record.getByText(/^\d+ tahun \d+ bulan$/).count()).toBe(1);
    expect(await page.getByTestId('figure-total').count()).toBe(0);
    expect(await apiStatus(page, '/dashboard')).toBe(403);
    expect(await apiStatus(page, '/dashboard/surveys')).toBe(403);
    await expectAccessible(page, 'beranda pegawai');
    await shot(page, 'pegawai');
    await waiting
      .getByRole('link', { name: /^Isi survei / })
      .first()
      .click();
    await page.waitForURL(/\/my-surveys\/\d+$/);
    await page.context().close();
  });

  it('shows a partner’s trainer its own work and account, and nothing of the workforce', async () => {
    const page = await home('mitra.belawan');
    await expect.poll(() => page.getByText('Angkatan yang Anda ajar').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Buka angkatan yang saya ajar' }).getAttribute('href')).toBe(
      '/teaching',
    );
    await expect.poll(() => page.getByTestId('home-account').getByText('mitra.belawan').count()).toBe(1);
    expect(await page.getByTestId('figure-total').count()).toBe(0);
    expect(await page.getByText(/Perangkat Daerah|Golongan/).count()).toBe(0);
    // The server sends it none either, whatever the page does.
    expect(await apiStatus(page, '/dashboard')).toBe(403);
    expect(await apiStatus(page, '/employees')).toBe(403);
    await expectAccessible(page, 'beranda mitra');
    await shot(page, 'mitra');
    await page.context().close();
  });

  it('shows an auditor the workforce and the way to the audit log', async () => {
    const page = await home('auditor.tanjungbalai');
    await page.getByTestId('home-audit').getByRole('link', { name: 'Buka log audit' }).click();
    await page.waitForURL('**/audit');
    await page.context().close();
  });
});

describe('Beranda on a 390-pixel phone', () => {
  it.each([
    'admin.tanjungpinang',
    'pimpinan.pontianak',
    'atasan.pontianak',
    'pegawai.tanjungpinang',
    'mitra.belawan',
  ])('fits without sideways scrolling for %s', async (username) => {
    const page = await home(username, { phone: true });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, `beranda ${username} (phone)`);
    await shot(page, `${username.split('.')[0]}-phone`);
    await page.context().close();
  });
});
