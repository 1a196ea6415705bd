import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// Manajemen Talenta, end to end: Jakarta's agency places the latest year it may place on the
// nine-box (the job's progress, then the grid with its counts), opens a box and a person in it and
// reads why they sit there; an employee reads their own box on a phone; and a supervisor, whom the
// default settings do not name, is told the policy keeps others' placements from them. Written to
// hold whether or not the demo already placed the year. Then the agency plans a key position's
// succession: marks it, names a candidate of the talent pool ready now, and reads the list on a phone.

const ADMIN = 'admin.dki-jakarta';
const EMPLOYEE = 'pegawai.dki-jakarta';
// Governments whose talent settings are likely the defaults (Jakarta's career policy states its own).
const DEFAULT_SLUGS = ['pontianak', 'belawan', 'tanjungbalai', 'tanjungpinang'];

const { as } = browserForFile();

function eventually<T>(read: () => T | Promise<T>, timeout = 15_000) {
  return expect.poll(read, { timeout });
}

async function json<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

interface Overview {
  years: { year: number; placedAt: string; placed: number }[];
  canPlace: boolean;
  seesOthers: boolean;
  current: { policyId: number } | null;
  placeable: number[];
}
interface YearView {
  cells: { box: number; count: number }[];
  unplaced: { total: number };
}
interface Row {
  employeeId: number;
  name: string;
  box: number | null;
}

const placedAt = (overview: Overview, year: number) => overview.years.find((y) => y.year === year)?.placedAt;

describe('Manajemen Talenta, the agency’s nine-box', () => {
  it('places the latest year, shows the grid with its counts, a box’s people and one person’s why', async () => {
    const page = await as(ADMIN);
    const before = await json<Overview>(page, '/api/v1/talent');
    expect(before.canPlace).toBe(true);
    const year = before.placeable[0];
    expect(year, 'a year Jakarta may place').toBeDefined();
    const earlier = placedAt(before, year!);

    await page.goto(`/talent?year=${year}`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Manajemen Talenta');
    const place = page.getByRole('button', { name: new RegExp(`^Tempatkan (ulang )?${year}$`) });
    await eventually(() => place.isVisible()).toBe(true);
    await expectAccessible(page, 'Manajemen Talenta before placing');
    const polls: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/v1/jobs/')) polls.push(response.status());
    });
    await place.click();

    // The job runs to its end (its progress bar goes), and the year reads as placed anew.
    await eventually(async () => {
      const after = placedAt(await json<Overview>(page, '/api/v1/talent'), year!);
      return after !== undefined && after !== earlier;
    }, 90_000).toBe(true);
    await eventually(() => page.getByTestId('talent-placing').count(), 30_000).toBe(0);
    expect(polls.length, 'the job was followed').toBeGreaterThan(0);
    expect(
      polls.every((status) => status === 200),
      `job reads: ${polls.join(', ')}`,
    ).toBe(true);
    expect(await page.getByRole('alert').count(), 'no failure said').toBe(0);

    const view = await json<YearView>(page, `/api/v1/talent/years/${year}`);
    const grid = page.getByTestId('nine-box-grid');
    await eventually(() => grid.isVisible()).toBe(true);
    for (const cell of view.cells) {
      await eventually(() => page.getByTestId(`nine-box-count-${cell.box}`).textContent()).toContain(
        cell.count.toLocaleString('id-ID'),
      );
    }
    expect(await page.getByTestId('talent-source').first().isVisible()).toBe(true);
    await expectAccessible(page, 'a placed year’s nine-box');

    // The fullest box lists its people.
    const fullest = [...view.cells].sort((a, b) => b.count - a.count)[0]!;
    expect(fullest.count, 'someone placed in a box').toBeGreaterThan(0);
    await page.getByTestId(`nine-box-cell-${fullest.box}`).click();
    await eventually(() =>
      page.getByTestId(`nine-box-cell-${fullest.box}`).getAttribute('aria-pressed'),
    ).toBe('true');
    await eventually(() => page.url()).toContain(`box=${fullest.box}`);
    const list = await json<{ items: Row[]; total: number }>(
      page,
      `/api/v1/talent/years/${year}/placements?box=${fullest.box}&pageSize=25`,
    );
    expect(list.total).toBe(fullest.count);
    const person = list.items[0]!;
    const row = page.getByTestId(`talent-person-${person.employeeId}`);
    await eventually(() => row.isVisible()).toBe(true);

    // Their placement and why: both axes line by line, the cut-offs, and the agency's points.
    await row.getByRole('button', { name: `Lihat alasan penempatan ${person.name}` }).click();
    const drawer = page.getByRole('dialog', { name: `${person.name} · ${year}` });
    await eventually(() => drawer.isVisible()).toBe(true);
    const why = drawer.getByTestId('talent-why');
    await eventually(() => why.isVisible()).toBe(true);
    expect(await why.getByTestId('talent-box').textContent()).toContain(`Kotak ${fullest.box}`);
    expect(await why.getByRole('heading', { name: /^Kinerja: / }).isVisible()).toBe(true);
    expect(await why.getByRole('heading', { name: /^Potensi: / }).isVisible()).toBe(true);
    expect(await why.getByText(/^Predikat kinerja tahunan /).isVisible()).toBe(true);
    expect(await why.getByText(/^Kategori JPM /).isVisible()).toBe(true);
    await eventually(() => drawer.getByRole('heading', { name: 'Poin komponen' }).isVisible()).toBe(true);
    await expectAccessible(page, 'a person’s placement and why');
  });
});

describe('Kotak Talenta Saya', () => {
  it('shows an employee on a phone their latest box and why, or that they have none yet', async () => {
    const page = await as(EMPLOYEE, { phone: true });
    const mine = await json<{ items: { year: number; box: number | null }[] }>(page, '/api/v1/talent/me');
    await page.goto('/performance');
    const card = page.getByTestId('my-talent');
    await eventually(() => card.isVisible()).toBe(true);
    expect(await card.getByRole('heading', { name: 'Kotak Talenta Saya' }).isVisible()).toBe(true);
    const latest = mine.items[0];
    if (latest) {
      await eventually(() => card.getByTestId('nine-box-grid').isVisible()).toBe(true);
      await eventually(() => card.getByTestId('talent-why').isVisible()).toBe(true);
      if (latest.box !== null) {
        expect(await card.getByTestId('talent-box').textContent()).toContain(`Kotak ${latest.box}`);
        expect(await card.getByTestId(`nine-box-cell-${latest.box}`).getAttribute('aria-current')).toBe(
          'true',
        );
      } else {
        expect(await card.getByText('Belum mendapat kotak').first().isVisible()).toBe(true);
      }
    } else {
      await eventually(() =>
        card.getByText('Anda belum ditempatkan pada matriks sembilan kotak.').isVisible(),
      ).toBe(true);
    }
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'Kotak Talenta Saya on a phone');
  });
});

describe('a supervisor under the default settings', () => {
  it('is told the policy does not let them see placements, and where their own box is', async () => {
    let page: Page | undefined;
    for (const slug of DEFAULT_SLUGS) {
      const candidate = await as(`atasan.${slug}`);
      const overview = await json<Overview>(candidate, '/api/v1/talent');
      if (overview.current === null && !overview.seesOthers) {
        page = candidate;
        break;
      }
    }
    expect(page, 'a supervisor of a government with the default settings').toBeDefined();
    await page!.goto('/talent');
    const notice = page!.getByTestId('talent-no-access');
    await eventually(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(
      'tidak mengizinkan peran Anda melihat penempatan pegawai lain',
    );
    expect(
      await notice.getByText('pengaturan bawaan (belum dikonfirmasi)', { exact: false }).isVisible(),
    ).toBe(true);
    expect(await notice.getByRole('link', { name: 'Lihat Kotak Talenta Saya' }).isVisible()).toBe(true);
    expect(await page!.getByTestId('nine-box-grid').count()).toBe(0);
    await expectAccessible(page!, 'Manajemen Talenta for a supervisor the settings do not name');
  });
});

interface KeyPositions {
  items: { positionId: number; successors: number; readyNow: number }[];
  canManage: boolean;
}
interface Positions {
  items: { id: number; name: string; kind: string | null }[];
}
interface SuccessionView {
  year: number | null;
  successors: { employeeId: number; readiness: string | null }[];
  candidates: { employeeId: number; name: string }[];
}

describe('Rencana Suksesi', () => {
  it('marks a key position, names a talent-pool candidate ready now, and lists it on a phone', async () => {
    const page = await as(ADMIN);
    const keys = await json<KeyPositions>(page, '/api/v1/talent/key-positions');
    expect(keys.canManage).toBe(true);
    const marked = new Set(keys.items.map((k) => k.positionId));
    const positions = await json<Positions>(page, '/api/v1/positions?pageSize=50');
    // A structural position whose name is its own: typed into the search, it is the option to pick.
    const position = positions.items.find(
      (p) =>
        !marked.has(p.id) &&
        p.kind !== null &&
        p.kind !== 'pelaksana' &&
        positions.items.filter((other) => other.name === p.name).length === 1,
    );
    expect(position, 'a position not yet key').toBeDefined();

    await page.goto('/talent');
    await page.getByRole('tab', { name: 'Rencana Suksesi' }).click();
    await eventually(() => page.url()).toContain('tab=succession');
    const section = page.getByTestId('succession');
    await eventually(() => section.isVisible()).toBe(true);
    await expectAccessible(page, 'Rencana Suksesi');

    // Marking it opens its succession.
    await section.getByRole('button', { name: 'Tandai jabatan kunci' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tandai jabatan kunci' });
    await eventually(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('combobox', { name: 'Jabatan' }).fill(position!.name);
    // The option reads the name, then the kind.
    await page
      .getByRole('option')
      .filter({ has: page.getByText(position!.name, { exact: true }) })
      .first()
      .click();
    await expectAccessible(page, 'the mark-a-key-position dialog');
    await dialog.getByRole('button', { name: 'Tandai', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: `Rencana suksesi · ${position!.name}` });
    await eventually(() => drawer.isVisible()).toBe(true);
    await eventually(() => page.url()).toContain(`position=${position!.id}`);
    await eventually(() => section.getByTestId(`key-position-${position!.id}`).isVisible()).toBe(true);

    // The latest talent pool's candidates; the first is named, ready now.
    const before = await json<SuccessionView>(page, `/api/v1/talent/key-positions/${position!.id}`);
    expect(before.year, 'a placed year').not.toBeNull();
    expect(before.candidates.length, 'Jakarta’s talent pool has candidates').toBeGreaterThan(0);
    const candidate = before.candidates[0]!;
    const card = drawer.getByTestId(`candidate-${candidate.employeeId}`);
    await eventually(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/Kotak \d|Belum mendapat kotak/);
    await expectAccessible(page, 'a key position’s succession');
    await card.getByRole('combobox', { name: `Kesiapan ${candidate.name}` }).selectOption('now');
    await card.getByRole('button', { name: `Jadikan ${candidate.name} calon suksesor` }).click();
    const successor = drawer.getByTestId(`successor-${candidate.employeeId}`);
    await eventually(() => successor.isVisible()).toBe(true);
    expect(await successor.textContent()).toContain('Siap sekarang');
    await eventually(() => drawer.getByTestId(`candidate-${candidate.employeeId}`).count()).toBe(0);
    const after = await json<SuccessionView>(page, `/api/v1/talent/key-positions/${position!.id}`);
    expect(after.successors).toContainEqual(
      expect.objectContaining({ employeeId: candidate.employeeId, readiness: 'now' }),
    );
    await expectAccessible(page, 'a successor named');

    // The list counts them, and on a phone reads as cards without sideways scrolling.
    await drawer.getByRole('button', { name: 'Tutup' }).click();
    const row = section.getByTestId(`key-position-${position!.id}`);
    await eventually(async () => (await row.locator('td').allTextContents()).slice(1, 4).join('|')).toMatch(
      /^\d+\|[1-9]\d*\|[1-9]\d*$/,
    );

    const phone = await as(ADMIN, { phone: true });
    await phone.goto('/talent?tab=succession');
    const card2 = phone.getByTestId(`key-position-${position!.id}`);
    await eventually(() => card2.isVisible()).toBe(true);
    expect(await card2.textContent()).toContain('siap sekarang');
    expect(await noSideways(phone)).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'Rencana Suksesi on a phone');
  });
});
