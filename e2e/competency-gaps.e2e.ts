import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// Kompetensi › Analisis Kesenjangan and 20 JP in the browser, on DKI Jakarta's demo competency map
// (standards for every position, last year's assessment rounds): the admin reads the government's
// gaps, narrows them to a unit and finds the people furthest below; reads the year's JP and the
// list of who is behind with its workbook; the supervisor (atasan) sees their subtree only; an
// employee sees neither tab; and the gaps read on a phone without the page scrolling sideways.
// Tanjungpinang's admin sets the measured gaps beside its training-needs survey.

const ADMIN = 'admin.dki-jakarta';
const ATASAN = 'atasan.dki-jakarta';
const EMPLOYEE = 'pegawai.dki-jakarta';

const { as } = browserForFile();
const SHOTS = process.env.E2E_SCREENSHOTS;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/competency-gaps-${name}.png`, fullPage: true });
}

/** The page's API session, for what a test sets up or checks without the screens it is not about. */
async function apiOf(page: Page) {
  const session = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return async <T>(method: 'GET' | 'POST', path: string, data?: unknown) => {
    const response = await page.request.fetch(`/api/v1${path}`, {
      method,
      headers: method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken },
      ...(data === undefined ? {} : { data }),
    });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

interface Gaps {
  unit: { id: number; name: string } | null;
  jpm: { employees: number };
  competencies: { code: string; assessed: number }[];
  units: { unitId: number; name: string }[];
}

interface JpOverview {
  year: number;
  totals: { employees: number; met: number; behind: number };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const number = (value: number) => new Intl.NumberFormat('id').format(value);
const heatMap = (page: Page) =>
  page.getByRole('table', { name: 'Persentase di bawah standar menurut unit kerja dan kompetensi' });

describe('competency gaps and 20 JP', () => {
  it('shows an admin the government’s gaps, narrows them to a unit and lists the people furthest below', async () => {
    const page = await as(ADMIN);
    const call = await apiOf(page);
    const gaps = await call<Gaps>('GET', '/competency-gaps');
    expect(gaps.competencies.length).toBeGreaterThan(0);

    await page.goto('/competencies?tab=gaps');
    await page.getByRole('heading', { name: 'Analisis Kesenjangan Kompetensi', level: 2 }).waitFor();
    const measured = page.getByTestId('gap-employees');
    await measured.waitFor();
    expect(await measured.textContent()).toBe(`${number(gaps.jpm.employees)} pegawai diukur`);
    // The per-competency figures: the chart's table, one row per competency the standards require.
    const byCompetency = page.getByRole('table', { name: 'Di bawah standar per kompetensi' });
    await expect.poll(() => byCompetency.getByRole('row').count()).toBe(gaps.competencies.length + 1);
    expect(await byCompetency.getByRole('rowheader', { name: /^M\.1 Integritas$/ }).count()).toBe(1);
    // The heat map: a row per unit right below the government, the share written in every cell.
    const map = heatMap(page);
    await expect.poll(() => map.getByRole('row').count()).toBe(gaps.units.length + 1);
    const firstCells = await map.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(firstCells.length).toBe(gaps.competencies.length);
    for (const cell of firstCells) expect(cell).toMatch(/^(\d+%|–)$/);
    await page.mouse.move(640, 20);
    await expectAccessible(page, 'analisis kesenjangan (pemerintah daerah)');
    await shot(page, 'government');

    // Narrowed to the first unit of the heat map (an option shows its name and its headcount).
    const unit = gaps.units[0]!;
    await page.getByRole('combobox', { name: 'Unit kerja' }).click();
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(unit.name)}\\s*[\\d.]*$`) }).click();
    await expect.poll(() => page.getByTestId('gap-scope').textContent()).toContain(unit.name);
    const narrowed = await call<Gaps>('GET', `/competency-gaps?unitId=${unit.unitId}`);
    await expect.poll(() => measured.textContent()).toBe(`${number(narrowed.jpm.employees)} pegawai diukur`);
    const needs = page.getByRole('table', { name: 'Pegawai dengan kesenjangan terbesar' });
    await expect.poll(() => needs.getByRole('row').count()).toBeGreaterThan(1);
    const first = needs.getByRole('row').nth(1).getByRole('link');
    expect(await first.getAttribute('href')).toMatch(/^\/employees\/\d+$/);
    await expectAccessible(page, 'analisis kesenjangan (satu unit)');
    await shot(page, 'unit');
  });

  it('sets the measured gaps beside the needs Tanjungpinang’s staff stated in its survey', async () => {
    const page = await as('admin.tanjungpinang');
    const call = await apiOf(page);
    const gaps = await call<Gaps>('GET', '/competency-gaps');
    await page.goto('/competencies?tab=gaps');
    const section = page.getByRole('region', { name: 'Kesenjangan terukur vs kebutuhan yang dinyatakan' });
    await section.waitFor();
    const waves = section.getByRole('combobox', { name: 'Periode survei kebutuhan' });
    // The choice opens once the needs surveys' waves are in.
    await expect.poll(() => waves.getAttribute('placeholder')).toBe('Pilih periode survei');
    await waves.click();
    await page.getByRole('option').filter({ visible: true }).first().click();
    const table = section.getByTestId('stated-needs');
    await table.waitFor();
    // One row per competency either side names; each says whether the two agree.
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const assessedCodes = gaps.competencies.filter((c) => c.assessed > 0).map((c) => c.code);
    const firstColumn = await table.getByRole('rowheader').allTextContents();
    expect(firstColumn.some((text) => assessedCodes.some((code) => text.startsWith(code)))).toBe(true);
    const agreements = await table.locator('tbody .mantine-Badge-root').allTextContents();
    expect(agreements.length).toBeGreaterThan(0);
    for (const text of agreements) {
      expect([
        'Keduanya menunjukkan kebutuhan besar',
        'Hanya terukur',
        'Hanya dinyatakan',
        'Keduanya kecil',
        'Belum dapat dibandingkan',
      ]).toContain(text);
    }
    await page.mouse.move(640, 20);
    await expectAccessible(page, 'kesenjangan terukur vs kebutuhan yang dinyatakan');
    await shot(page, 'stated-needs');
  });

  it('shows an admin the year’s JP, the people behind and their workbook', async () => {
    const page = await as(ADMIN);
    const call = await apiOf(page);
    // The demo holds no development records: one person earns their year's JP first.
    const someone = await call<{ items: { id: number }[] }>('GET', '/employees?pageSize=1&sort=nip');
    const today = new Date().toISOString().slice(0, 10);
    await call('POST', `/employees/${someone.items[0]!.id}/development`, {
      kind: 'kursus',
      name: 'Kursus Analisis Data Uji',
      endedOn: today,
      jp: 24,
    });
    const overview = await call<JpOverview>('GET', '/jp-attainment');
    expect(overview.totals.met).toBeGreaterThan(0);

    await page.goto('/competencies?tab=gaps');
    await page.getByRole('tab', { name: '20 JP' }).click();
    await page.waitForURL(/tab=jp/);
    const totals = page.getByTestId('jp-totals');
    await totals.waitFor();
    expect(await totals.textContent()).toMatch(
      new RegExp(
        `^${number(overview.totals.met)} dari ${number(overview.totals.employees)} pegawai telah mencapai target; total [\\d.,]+ JP\\.$`,
      ),
    );
    expect(await page.getByTestId('jp-elapsed').textContent()).toMatch(
      /^Per \d{1,2} \w+ \d{4}, \d+% tahun berjalan\.$/,
    );
    const byStatus = page.getByRole('table', { name: `Capaian JP tahun ${overview.year}` });
    expect(await byStatus.getByRole('columnheader', { name: 'Tertinggal' }).count()).toBe(1);

    if (overview.totals.behind > 0) {
      const behind = page.getByRole('table', {
        name: `Pegawai yang tertinggal dari laju 20 JP tahun ${overview.year}`,
      });
      await expect.poll(() => behind.getByRole('row').count()).toBeGreaterThan(1);
      const download = page.getByRole('link', { name: 'Unduh daftar (XLSX)' });
      const href = await download.getAttribute('href');
      expect(href).toBe(`/api/v1/jp-attainment/behind.xlsx?year=${overview.year}&lang=id`);
      const workbook = await page.request.get(href!);
      expect(workbook.status()).toBe(200);
      expect(workbook.headers()['content-type']).toContain('spreadsheetml');
    } else {
      await page.getByTestId('jp-behind-none').waitFor();
    }
    await page.mouse.move(640, 20);
    await expectAccessible(page, '20 JP');
    await shot(page, 'jp');
  });

  it('shows a supervisor the figures of their own subtree only', async () => {
    const page = await as(ATASAN);
    const call = await apiOf(page);
    const gaps = await call<Gaps>('GET', '/competency-gaps');
    expect(gaps.unit).not.toBeNull();

    await page.goto('/competencies?tab=gaps');
    await expect.poll(() => page.getByTestId('gap-scope').textContent()).toContain(gaps.unit!.name);
    const map = heatMap(page);
    await expect.poll(() => map.getByRole('row').count()).toBe(gaps.units.length + 1);
    const rows = await map.getByRole('rowheader').allTextContents();
    expect(rows.sort()).toEqual(gaps.units.map((u) => u.name).sort());
    await page.mouse.move(640, 20);
    await expectAccessible(page, 'analisis kesenjangan (atasan)');

    await page.getByRole('tab', { name: '20 JP' }).click();
    const overview = await call<JpOverview>('GET', '/jp-attainment');
    await expect
      .poll(() => page.getByTestId('jp-totals').textContent())
      .toContain(`dari ${number(overview.totals.employees)} pegawai`);
    const admin = await apiOf(await as(ADMIN));
    const government = await admin<JpOverview>('GET', '/jp-attainment');
    expect(overview.totals.employees).toBeLessThan(government.totals.employees);
  });

  it('offers an employee neither figures tab', async () => {
    const page = await as(EMPLOYEE);
    await page.goto('/competencies?tab=gaps');
    await page.getByRole('tab', { name: 'Kamus' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Analisis Kesenjangan' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: '20 JP' }).count()).toBe(0);
  });

  it('reads on a phone without the page scrolling sideways', async () => {
    const page = await as(ADMIN, { phone: true });
    await page.goto('/competencies?tab=gaps');
    const map = heatMap(page);
    await expect.poll(() => map.getByRole('row').count()).toBeGreaterThan(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The heat map scrolls inside its own labelled region instead.
    const region = page.getByRole('region', {
      name: 'Peta kesenjangan per unit kerja, geser ke samping untuk melihat semua kolom',
    });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expectAccessible(page, 'analisis kesenjangan (ponsel)');
    await shot(page, 'phone');
  });
});
