import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserForFile, chooseOption, expectSettledAccessible as expectAccessible } from './browser';

// Performance appraisal in Jakarta, as the demo runs this year's: the employee demo account reads
// their SKP on a phone, with its feedback and their history, and writes feedback; the supervisor
// demo account, appraiser of their direct reports, rates one of them for the year on a phone, the
// predikat of the matrix shown as they choose; a leader reads the year's SKP and the predikat
// distribution, with the lenient appraiser of a past year flagged; the agency opens next year,
// moves it on and opens an employee's SKP in it, naming the appraiser.

const GOVERNMENT = 'dki-jakarta';
const RUN = Date.now().toString(36).toUpperCase();
const FEEDBACK = `Laporan triwulan ini saya kirim lebih awal ${RUN}`;

const { as } = browserForFile();

interface Summary {
  id: number;
  year: number;
  state: string;
  employee: { name: string };
  predikat: string | null;
}

interface Mine {
  skps: Summary[];
  appraising: Summary[];
}

let year: number;

beforeAll(() => {
  // The demo's year is the server's, which is this machine's.
  year = new Date().getFullYear();
});

async function mine(page: Page): Promise<Mine> {
  const response = await page.request.get('/api/v1/performance/me');
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Mine;
}

interface Cycle {
  id: number;
  year: number;
  state: string;
}

interface Employee {
  id: number;
  fullName: string;
  nip: string;
  nipFormatted: string;
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** An employee without an SKP of the year, and another to appraise them. */
async function withoutSkp(page: Page, cycleId: number): Promise<{ employee: Employee; appraiser: Employee }> {
  const opened = new Set<number>();
  for (let n = 1; ; n += 1) {
    const list = await getJson<{ items: { employee: { employeeId: number } }[]; total: number }>(
      page,
      `/api/v1/performance/cycles/${cycleId}/skp?pageSize=100&page=${n}`,
    );
    for (const skp of list.items) opened.add(skp.employee.employeeId);
    if (n * 100 >= list.total) break;
  }
  const employees = await getJson<{ items: Employee[] }>(page, '/api/v1/employees?pageSize=100&sort=nip');
  const free = employees.items.filter((e) => !opened.has(e.id));
  expect(free.length, 'employees without an SKP of the year').toBeGreaterThan(0);
  const employee = free[0]!;
  const appraiser = employees.items.find((e) => e.id !== employee.id)!;
  return { employee, appraiser };
}

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

describe('Kinerja Saya', () => {
  it('shows the employee on a phone their SKP, its feedback and their history, and takes their feedback', async () => {
    const page = await as(`pegawai.${GOVERNMENT}`, { phone: true });
    const own = (await mine(page)).skps.find((skp) => skp.year === year);
    expect(own, `the employee's SKP of ${year}`).toBeDefined();
    await page.goto('/performance');
    await expect.poll(() => heading(page)).toBe('Kinerja Saya');
    const skps = page.getByRole('list', { name: 'SKP Saya' });
    await expect.poll(() => skps.getByText(`SKP ${year}`, { exact: true }).isVisible()).toBe(true);
    expect(await skps.getByText('Disetujui').isVisible()).toBe(true);
    const history = page.getByRole('region', { name: 'Riwayat penilaian' });
    expect(await history.getByRole('heading', { name: 'Predikat kinerja tahunan' }).isVisible()).toBe(true);
    expect(
      await history
        .getByText(`${year - 1} · Tahunan`)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'Kinerja Saya on a phone');

    await skps.getByRole('link', { name: `Buka SKP ${year}` }).click();
    await expect.poll(() => heading(page)).toBe(`SKP ${year}`);
    expect(
      await page.getByRole('region', { name: 'Rencana hasil kerja' }).getByRole('listitem').count(),
    ).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Ekspektasi perilaku kerja' }).isVisible()).toBe(true);
    // Only the appraiser rates; the employee reads.
    expect(await page.getByRole('button', { name: 'Simpan penilaian' }).count()).toBe(0);
    const periods = page.getByRole('region', { name: 'Pemantauan dan umpan balik' });
    expect(await periods.getByRole('button', { name: /Triwulan I\b/ }).isVisible()).toBe(true);
    expect(await periods.getByRole('button', { name: /Triwulan IV/ }).isVisible()).toBe(true);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the SKP on a phone');

    const form = page.getByRole('region', { name: 'Beri umpan balik' });
    await form.getByRole('textbox', { name: /^Umpan balik/ }).fill(FEEDBACK);
    await form.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await expect.poll(() => periods.getByText(FEEDBACK).isVisible()).toBe(true);
  });
});

describe('an appraiser', () => {
  it('rates the year of a direct report on a phone, the predikat following the matrix as they choose', async () => {
    const page = await as(`atasan.${GOVERNMENT}`, { phone: true });
    const appraising = (await mine(page)).appraising.filter((skp) => skp.year === year);
    expect(appraising.length, 'the SKP the supervisor appraises').toBeGreaterThan(0);
    const skp = appraising.find((s) => s.predikat === null) ?? appraising[0]!;
    await page.goto('/performance');
    const list = page.getByRole('list', { name: 'SKP yang Saya Nilai' });
    await list
      .getByRole('link', { name: `Buka SKP ${year} ${skp.employee.name}` })
      .first()
      .click();
    await expect.poll(() => heading(page)).toBe(`SKP ${year}`);

    const annual = page.getByRole('region', { name: 'Penilaian tahunan' });
    const preview = annual.getByText(/^Predikat kinerja:/).locator('..');
    await annual
      .getByRole('radiogroup', { name: /^Hasil kerja/ })
      .getByRole('radio', { name: 'Di Atas Ekspektasi' })
      .check();
    await annual
      .getByRole('radiogroup', { name: /^Perilaku kerja/ })
      .getByRole('radio', { name: 'Di Bawah Ekspektasi' })
      .check();
    await expect.poll(() => preview.textContent()).toContain('Kurang/Misconduct');
    await annual
      .getByRole('radiogroup', { name: /^Perilaku kerja/ })
      .getByRole('radio', { name: 'Sesuai Ekspektasi' })
      .check();
    await expect.poll(() => preview.textContent()).toContain('Baik');
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the appraisal form on a phone');
    await annual.getByRole('button', { name: /^Simpan (penilaian|perubahan penilaian)$/ }).click();
    await expect.poll(() => annual.getByText(/^Dinilai oleh /).isVisible()).toBe(true);
    const saved = (await mine(page)).appraising.find((s) => s.id === skp.id);
    expect(saved?.predikat).toBe('baik');
  });
});

describe('Penilaian Kinerja', () => {
  it('shows a leader the year, its SKP and the distribution, with a lenient appraiser of a past year flagged', async () => {
    const page = await as(`pimpinan.${GOVERNMENT}`);
    await page.goto('/performance/admin');
    await expect.poll(() => heading(page)).toBe('Penilaian Kinerja');
    const cycles = page.getByRole('list', { name: 'Tahun penilaian' });
    await expect.poll(() => cycles.getByText(`Tahun ${year}`).isVisible()).toBe(true);
    // One entry of the navigation is current: the page's, not Kinerja whose address it lies under.
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await nav.getByRole('link', { name: 'Penilaian Kinerja' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(
      await nav.getByRole('link', { name: 'Kinerja', exact: true }).getAttribute('aria-current'),
    ).toBeNull();
    // A leader reads; only the agency moves a year on.
    expect(await page.getByRole('button', { name: /^Lanjut ke tahap/ }).count()).toBe(0);
    const list = page.getByRole('table', { name: `Daftar SKP tahun ${year}` });
    await expect.poll(() => list.getByRole('row').count()).toBeGreaterThan(1);
    const distribution = page.getByRole('region', { name: `Sebaran predikat ${year}` });
    await expect
      .poll(() => distribution.getByRole('table', { name: 'Pejabat penilai' }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'Penilaian Kinerja');

    await chooseOption(page, 'Tahun', String(year - 1));
    const past = page.getByRole('region', { name: `Sebaran predikat ${year - 1}` });
    await expect.poll(() => past.getByText('Jauh dari rekan').first().isVisible()).toBe(true);
    // The chart's switch to its table (SegmentedControl: the label takes the click).
    await past
      .locator('label')
      .filter({ hasText: /^Tabel$/ })
      .first()
      .click();
    const table = past.getByRole('table', { name: `Predikat tahunan ${year - 1} per perangkat daerah` });
    await expect.poll(() => table.getByRole('rowheader', { name: 'Semua' }).isVisible()).toBe(true);
  });

  it('lets the agency open next year and move it on, on a phone', async () => {
    const page = await as(`admin.${GOVERNMENT}`, { phone: true });
    await page.goto('/performance/admin');
    await expect.poll(() => heading(page)).toBe('Penilaian Kinerja');
    const cycles = page.getByRole('list', { name: 'Tahun penilaian' });
    await expect.poll(() => cycles.getByText(`Tahun ${year}`).isVisible()).toBe(true);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    const next = year + 1;
    if ((await cycles.getByText(`Tahun ${next}`).count()) === 0) {
      await page.getByRole('button', { name: 'Buka tahun penilaian' }).click();
      const dialog = page.getByRole('dialog', { name: 'Buka tahun penilaian' });
      expect(await dialog.getByRole('textbox', { name: /^Tahun/ }).inputValue()).toBe(String(next));
      await dialog.getByRole('button', { name: 'Buka tahun' }).click();
      await expect.poll(() => cycles.getByText(`Tahun ${next}`).isVisible()).toBe(true);
    }
    const card = cycles.getByRole('listitem').filter({ hasText: `Tahun ${next}` });
    const move = card.getByRole('button', { name: /^Lanjut ke tahap/ });
    if ((await move.textContent()) === 'Lanjut ke tahap Pelaksanaan') {
      await move.click();
      const dialog = page.getByRole('dialog', { name: `Tahun ${next} ke tahap Pelaksanaan?` });
      await expectAccessible(page, 'the next-stage dialog');
      await dialog.getByRole('button', { name: 'Lanjut ke Pelaksanaan' }).click();
    }
    await expect.poll(() => card.getByText('Pelaksanaan', { exact: true }).isVisible()).toBe(true);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
  });

  it("lets the agency open an employee's SKP of an open year, naming the appraiser, on a phone", async () => {
    const page = await as(`admin.${GOVERNMENT}`, { phone: true });
    // The year the test before moved on to Pelaksanaan is open, whatever this year's stage.
    const cycles = await getJson<{ items: Cycle[] }>(page, '/api/v1/performance/cycles');
    const open = cycles.items.find((cycle) => cycle.state === 'planning' || cycle.state === 'running');
    expect(open, 'a year in planning or running').toBeDefined();
    const { employee, appraiser } = await withoutSkp(page, open!.id);
    await page.goto(`/performance/admin?year=${open!.year}`);
    await expect.poll(() => heading(page)).toBe('Penilaian Kinerja');
    await page.getByRole('button', { name: 'Buka SKP pegawai' }).click();
    const dialog = page.getByRole('dialog', { name: `Buka SKP pegawai tahun ${open!.year}` });
    await expect
      .poll(() =>
        dialog
          .getByText('Otomatis dari struktur organisasi bila tidak dipilih.', { exact: false })
          .isVisible(),
      )
      .toBe(true);
    // The employee by NIP, the appraiser by name; the option reads 'name NIP'.
    await dialog.getByRole('combobox', { name: 'Pegawai' }).fill(employee.nip);
    await page.getByRole('option', { name: employee.fullName }).first().click();
    // The name as the registry holds it: fullName adds the academic titles the search does not.
    const nameOf = async (e: Employee) =>
      (await getJson<{ name: string }>(page, `/api/v1/employees/${e.id}`)).name;
    await dialog.getByRole('combobox', { name: 'Pejabat penilai' }).fill(await nameOf(appraiser));
    await page.getByRole('option').filter({ hasText: appraiser.nipFormatted }).click();
    await expect
      .poll(() => dialog.getByRole('combobox', { name: 'Pejabat penilai' }).inputValue())
      .toBe(appraiser.fullName);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the open-an-SKP dialog on a phone');
    await dialog.getByRole('button', { name: 'Buka SKP', exact: true }).click();
    await expect.poll(() => heading(page)).toBe(`SKP ${open!.year}`);
    for (const person of [employee, appraiser]) {
      expect(
        await page
          .getByText(await nameOf(person), { exact: true })
          .first()
          .isVisible(),
      ).toBe(true);
    }
    await expectAccessible(page, 'the SKP the agency opened');
  });

  it('exports a past year for SIASN and takes the same file back unchanged', async () => {
    const page = await as(`admin.${GOVERNMENT}`);
    await page.goto(`/performance/admin?year=${year - 1}`);
    const exchange = page.getByRole('region', { name: 'Pertukaran data dengan SIASN' });
    const downloading = page.waitForEvent('download');
    await exchange.getByRole('link', { name: `Penilaian tahunan ${year - 1} (rw-skp22)` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`siasn-skp-${year - 1}.xlsx`);
    const buffer = await readFile(await download.path());
    await exchange.getByRole('link', { name: 'Impor riwayat dari SIASN' }).click();
    await expect.poll(() => heading(page)).toBe('Impor Riwayat Penilaian Kinerja');
    await expectAccessible(page, 'the appraisal history import');
    await page.locator('input[type=file]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await page.getByRole('button', { name: /unggah|impor/i }).click();
    // Every row is the year's record already: nothing inserted, nothing refused.
    await expect
      .poll(() => page.locator('[data-outcome]').getAttribute('data-outcome'), { timeout: 60_000 })
      .not.toBeNull();
    expect(await page.getByTestId('import-inserted').innerText()).toBe('0');
    expect(await page.getByTestId('import-invalid').innerText()).toBe('0');
    expect(Number(await page.getByTestId('import-rows').innerText())).toBeGreaterThan(0);
    await expectAccessible(page, 'the appraisal history import (done)');
  });
});
