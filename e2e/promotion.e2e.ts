import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, draftPolicy, expectSettledAccessible as expectAccessible } from './browser';

// Tanjungbalai, end to end: its personnel policy was revised after semester II's survey showed
// promotion satisfaction falling and the forum proposed merit and timeliness; the revision states
// new promotion rules (the last two SKP, six periods a year). The revised version shows what its
// rules changed; the agency's list follows them, with every person's reasons, and takes a proposal
// and its decree; an employee reads on a phone why they are or are not due; and a new draft's rules
// show their effect before anyone adopts them. The demo's policy is left as the demo told it.

const ADMIN = 'admin.tanjungbalai';
const LEADER = 'pimpinan.tanjungbalai';
const EMPLOYEE = 'pegawai.tanjungbalai';
const TITLE = 'Kebijakan Kepegawaian Aparatur Sipil Negara Kota Tanjungbalai';
const SATISFACTION = 'Kepuasan pegawai terhadap sistem promosi';
const RUN = Date.now().toString(36).toUpperCase();

const { as } = browserForFile();

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 15_000 });
}

async function json<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

interface Version {
  id: number;
  number: number;
  status: string;
}
interface Effect {
  period: string;
  before: { eligible: number };
  after: { eligible: number };
  gainedCount: number;
  lostCount: number;
  gained: { name: string }[] | null;
  lost: { name: string }[] | null;
}
interface Row {
  employeeId: number;
  name: string;
  golongan: string;
  target: string;
  eligible: boolean;
  promotion: { state: string } | null;
}

async function personnelPolicy(page: Page) {
  const list = await json<{ items: { id: number; title: string }[] }>(page, '/api/v1/policies');
  const policy = list.items.find((p) => p.title === TITLE);
  expect(policy, `${TITLE} in the demo`).toBeDefined();
  const detail = await json<{ versions: Version[] }>(page, `/api/v1/policies/${policy!.id}`);
  return { id: policy!.id, versions: detail.versions };
}

describe('Tanjungbalai’s revised promotion rules', () => {
  it('were revised on the fall of promotion satisfaction, and the revision shows what its rules change', async () => {
    const page = await as(ADMIN);
    const policy = await personnelPolicy(page);
    // The evaluation that led to the revision: satisfaction with promotion measured wave by wave.
    await page.goto(`/policies/${policy.id}`);
    await eventually(() => page.getByText(SATISFACTION).first().isVisible()).toBe(true);

    const revision = policy.versions.find((v) => v.number === 2 && v.status === 'adopted');
    expect(revision, 'the adopted revision').toBeDefined();
    const rules = await json<{ rules: { appraisalsConsidered: number; periods: number[] } }>(
      page,
      `/api/v1/policies/${policy.id}/versions/${revision!.id}/promotion-rules`,
    );
    expect(rules.rules).toMatchObject({ appraisalsConsidered: 2, periods: [2, 4, 6, 8, 10, 12] });
    const effect = await json<Effect>(
      page,
      `/api/v1/policies/${policy.id}/versions/${revision!.id}/promotion-rules/effect`,
    );

    await page.goto(`/policies/${policy.id}/versions/${revision!.id}`);
    const panel = page.getByTestId('promotion-rules');
    await eventually(() => panel.isVisible()).toBe(true);
    expect(await panel.getByRole('heading', { name: 'Ketentuan Kenaikan Pangkat' }).isVisible()).toBe(true);
    const shown = page.getByTestId('promotion-effect');
    await eventually(() => shown.getByTestId('promotion-effect-after').textContent()).toContain(
      String(effect.after.eligible),
    );
    expect(await shown.getByTestId('promotion-effect-before').textContent()).toContain(
      String(effect.before.eligible),
    );
    for (const person of effect.lost ?? []) {
      expect(await shown.getByText(person.name).first().isVisible()).toBe(true);
    }
    await expectAccessible(page, 'a revised version’s promotion rules and their effect');

    // A leader reviews the figures of the effect, not who is behind them.
    const leader = await as(LEADER);
    const seen = await json<Effect>(
      leader,
      `/api/v1/policies/${policy.id}/versions/${revision!.id}/promotion-rules/effect?period=${effect.period}`,
    );
    expect(seen).toMatchObject({ lostCount: effect.lostCount, lost: null, gained: null });
  });
});

describe('Kenaikan Pangkat, the agency’s list', () => {
  it('follows the rules in force, gives every person’s reasons, and takes a proposal and its decree', async () => {
    const page = await as(ADMIN);
    const periods = await json<{ current: { versionNumber: number } | null; items: { date: string }[] }>(
      page,
      '/api/v1/promotion/periods',
    );
    expect(periods.current, 'the revision’s rules are in force').toMatchObject({ versionNumber: 2 });
    const today = new Date().toISOString().slice(0, 10);
    // The next period with someone eligible and not yet proposed.
    let period: string | undefined;
    let candidate: Row | undefined;
    for (const { date } of periods.items.filter((p) => p.date >= today)) {
      const list = await json<{ items: Row[] }>(
        page,
        `/api/v1/promotion/eligibility?period=${date}&show=eligible&pageSize=200`,
      );
      candidate = list.items.find((row) => row.promotion === null);
      if (candidate) {
        period = date;
        break;
      }
    }
    expect(candidate, 'someone to propose in the coming periods').toBeDefined();

    await page.goto(`/promotion?period=${period}&show=all`);
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kenaikan Pangkat');
    const summary = page.getByTestId('promotion-summary');
    await eventually(() => summary.isVisible()).toBe(true);
    expect(
      await page
        .getByText(/versi 2/)
        .first()
        .isVisible(),
    ).toBe(true);
    await expectAccessible(page, 'Kenaikan Pangkat');

    // Someone not eligible, with the reason in words.
    await page.goto(`/promotion?period=${period}&show=notEligible`);
    const rows = page.locator('[data-testid^="promotion-person-"]');
    await eventually(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.first().getByRole('list').first().textContent()).toMatch(/\w+/);

    await page.goto(`/promotion?period=${period}&show=eligible&q=${candidate!.name}`);
    const row = page.getByTestId(`promotion-person-${candidate!.employeeId}`);
    await eventually(() => row.isVisible()).toBe(true);
    await row.getByRole('button', { name: `Usulkan ke ${candidate!.target}: ${candidate!.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Usulkan kenaikan pangkat' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Usulkan', exact: true }).click();
    await eventually(() => dialog.count()).toBe(0);

    await row.getByRole('button', { name: `Catat keputusan untuk ${candidate!.name}` }).click();
    const decision = page.getByRole('dialog', { name: 'Keputusan kenaikan pangkat' });
    await decision.waitFor();
    await decision.getByLabel('Nomor SK').fill(`823.3/E2E-${RUN}/BKPSDM/2027`);
    await decision.getByLabel('Tanggal SK').fill(today);
    await expectAccessible(page, 'the decision dialog');
    await decision.getByRole('button', { name: 'Simpan keputusan' }).click();
    await eventually(() => decision.count()).toBe(0);
    await eventually(async () => {
      const employee = await json<{ golongan: string; tmtGolongan: string }>(
        page,
        `/api/v1/employees/${candidate!.employeeId}`,
      );
      return employee;
    }).toMatchObject({ golongan: candidate!.target, tmtGolongan: period });

    // The decree goes out in SIASN's shape.
    const file = await page.request.get(`/api/v1/promotion/export?period=${period}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
  });

  it('keeps the disciplinary sanctions that bar a promotion while they run', async () => {
    const page = await as(ADMIN);
    await page.goto('/promotion?tab=sanctions');
    await eventually(() => page.locator('[data-testid^="sanction-"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the sanctions');
  });
});

describe('Kenaikan Pangkat Saya', () => {
  it('tells an employee on a phone their next period and why', async () => {
    const page = await as(EMPLOYEE, { phone: true });
    const mine = await json<{ next: { period: string; checks: unknown[] } | null }>(
      page,
      '/api/v1/promotion/me',
    );
    expect(mine.next).not.toBeNull();
    await page.goto('/performance');
    const card = page.getByTestId('my-promotion');
    await eventually(() => card.isVisible()).toBe(true);
    expect(await card.getByRole('heading', { name: 'Kenaikan Pangkat Saya' }).isVisible()).toBe(true);
    await eventually(() => card.getByRole('listitem').count()).toBeGreaterThanOrEqual(
      mine.next!.checks.length,
    );
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'Kenaikan Pangkat Saya on a phone');
  });
});

describe('a new draft’s promotion rules', () => {
  it('show their effect before anyone adopts them', async () => {
    const page = await as(ADMIN);
    const { policyId, versionId } = await draftPolicy(page, {
      title: `Rancangan Ketentuan Kenaikan Pangkat ${RUN}`,
      purpose: 'Uji dampak ketentuan kenaikan pangkat sebelum ditetapkan.',
      provision: 'Kenaikan pangkat reguler.',
    });

    await page.goto(`/policies/${policyId}/versions/${versionId}`);
    const panel = page.getByTestId('promotion-rules');
    await eventually(() => panel.isVisible()).toBe(true);
    await panel.getByRole('button', { name: 'Tetapkan ketentuan' }).click();
    const form = page.getByTestId('promotion-rules-form');
    await form.waitFor();
    await form.getByRole('button', { name: 'Isi dengan ketentuan bawaan' }).click();
    await form.getByLabel('Jumlah predikat kinerja tahunan yang diperhitungkan').fill('1');
    await expectAccessible(page, 'the promotion rules form');
    await form.getByRole('button', { name: 'Simpan ketentuan' }).click();
    await eventually(() => form.count()).toBe(0);

    const effect = page.getByTestId('promotion-effect');
    await eventually(() => effect.isVisible()).toBe(true);
    expect(await effect.getByRole('heading', { name: 'Dampak sebelum ditetapkan' }).isVisible()).toBe(true);
    const figures = await json<Effect>(
      page,
      `/api/v1/policies/${policyId}/versions/${versionId}/promotion-rules/effect`,
    );
    await eventually(() => effect.getByTestId('promotion-effect-after').textContent()).toContain(
      String(figures.after.eligible),
    );
    // Not adopted: the rules in force are still the revision's.
    const periods = await json<{ current: { policyId: number } }>(page, '/api/v1/promotion/periods');
    expect(periods.current.policyId).not.toBe(policyId);
  });
});
