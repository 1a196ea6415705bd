import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserForFile,
  chooseOption,
  draftPolicy,
  expectSettledAccessible as expectAccessible,
} from './browser';

// A policy version's talent-mapping settings (PermenPANRB 3/2020), end to end: the agency drafts a
// new policy, states its nine-box settings in the form (a cut-off, a box's number and name, who sees
// placements), saves them, and sees how they would move people between boxes before adoption.

const ADMIN = 'admin.tanjungbalai';
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

interface VersionSettings {
  settings: {
    performance: { cutoffs: [number, number] };
    boxNumbers: number[][];
    boxLabels: Record<string, string>;
    visibleTo: string[];
  } | null;
  editable: boolean;
}
interface Effect {
  year: number;
  basis: 'placements' | 'current';
  considered: number;
  moved: number;
  after: { boxes: Record<string, number>; unplaced: number };
  people: { name: string }[] | null;
}

describe('a new draft’s talent settings', () => {
  it('are stated in the form and show their effect before anyone adopts them', async () => {
    const page = await as(ADMIN);
    const { policyId, versionId } = await draftPolicy(page, {
      title: `Rancangan Pengaturan Manajemen Talenta ${RUN}`,
      purpose: 'Uji dampak pengaturan manajemen talenta sebelum ditetapkan.',
      provision: 'Pemetaan talenta sembilan kotak.',
    });
    const settingsUrl = `/api/v1/policies/${policyId}/versions/${versionId}/talent-settings`;

    await page.goto(`/policies/${policyId}/versions/${versionId}`);
    const panel = page.getByTestId('talent-settings');
    await eventually(() => panel.isVisible()).toBe(true);
    expect(await panel.getByRole('heading', { name: 'Pengaturan Manajemen Talenta' }).isVisible()).toBe(true);
    await panel.getByRole('button', { name: 'Tetapkan pengaturan' }).click();
    const form = page.getByTestId('talent-settings-form');
    await form.waitFor();
    // Starts from the defaults, said to be unconfirmed.
    expect(await form.getByText('Pengaturan bawaan hanyalah pengaturan awal').isVisible()).toBe(true);

    await form.getByTestId('talent-performance').getByLabel('Batas bawah tingkat tengah').fill('45');
    await chooseOption(page, 'Nomor kotak potensi menengah, kinerja di atas ekspektasi', '9');
    await form.getByLabel('Nama kotak 9').fill('Bintang');
    await form.getByRole('checkbox', { name: 'Atasan (pegawai di unitnya sendiri)' }).check();
    await expectAccessible(page, 'the talent settings form');

    // A cut-off out of order is refused before anything is sent.
    const high = form.getByTestId('talent-performance').getByLabel('Batas bawah tingkat tertinggi');
    await high.fill('30');
    await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await eventually(() =>
      form.getByText('Batas bawah harus lebih kecil daripada batas atas.').first().isVisible(),
    ).toBe(true);
    expect((await json<VersionSettings>(page, settingsUrl)).settings).toBeNull();

    await high.fill('70');
    await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await eventually(() => form.count()).toBe(0);
    const saved = await json<VersionSettings>(page, settingsUrl);
    expect(saved.settings).toMatchObject({
      performance: { cutoffs: [45, 70] },
      boxNumbers: [
        [1, 3, 6],
        [2, 5, 9],
        [4, 7, 8],
      ],
      boxLabels: { '9': 'Bintang' },
      visibleTo: ['pimpinan', 'atasan'],
    });
    expect(await panel.getByText('Versi ini menetapkan pengaturan berikut.').isVisible()).toBe(true);

    const effect = page.getByTestId('talent-effect');
    await eventually(() => effect.isVisible()).toBe(true);
    expect(await effect.getByRole('heading', { name: 'Dampak sebelum ditetapkan' }).isVisible()).toBe(true);
    const figures = await json<Effect>(page, `${settingsUrl}/effect`);
    await eventually(() => effect.getByTestId('talent-effect-moved').textContent()).toContain(
      `dari ${figures.considered.toLocaleString('id-ID')} pegawai`,
    );
    // The demo's latest year is placed and the draft keeps its training window: the year as placed.
    expect(figures.basis).toBe('placements');
    expect(await effect.getByTestId('talent-effect-basis').textContent()).toContain(
      `pemetaan ${figures.year}: pegawai dan nilai yang sama`,
    );
    expect(await effect.getByTestId('talent-effect-box-9').textContent()).toContain(
      String(figures.after.boxes['9'] ?? 0),
    );
    for (const person of (figures.people ?? []).slice(0, 3)) {
      expect(await effect.getByText(person.name).first().isVisible()).toBe(true);
    }
    await expectAccessible(page, 'a draft’s talent settings and their effect');
  });
});
