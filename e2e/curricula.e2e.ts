import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// A program's curriculum revised, in Tanjungbalai: the admin opens the supervisors' training on
// performance appraisal, reads its first curriculum, revises it — a module shortened, a practice
// module added, the reason written — and reads the new version with what it changed.

const GOVERNMENT = 'tanjungbalai';
const ADMIN = `admin.${GOVERNMENT}`;
const PROGRAM = 'Pelatihan Penilaian Kinerja bagi Atasan Langsung';
const RUN = Date.now().toString(36).toUpperCase();
const NEW_MODULE = `Praktik Penilaian dengan Data Unit Sendiri ${RUN}`;

const { as } = browserForFile();

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

async function openProgram(page: Page) {
  await page.goto('/programs');
  await page.getByRole('link', { name: PROGRAM }).click();
  await page.waitForURL(/\/programs\/\d+$/);
  await expect.poll(() => heading(page)).toBe(PROGRAM);
}

describe('a program’s curriculum', () => {
  it('is revised by the agency with a reason, and the new version shows what changed', async () => {
    const page = await as(ADMIN);
    await openProgram(page);
    const section = page.getByRole('region', { name: 'Kurikulum' });
    await expect.poll(() => section.getByText('Menyusun SKP dan Ekspektasi Kinerja').isVisible()).toBe(true);
    const before = Number(
      (await section
        .getByText(/^Versi \d+$/)
        .first()
        .textContent())!.replace(/\D/g, ''),
    );
    await expectAccessible(page, 'the curriculum');

    await section.getByRole('button', { name: 'Revisi kurikulum' }).click();
    const dialog = page.getByRole('dialog', { name: `Revisi kurikulum (versi ${before + 1})` });
    await dialog.getByLabel('JP modul 1').fill('4');
    await dialog.getByRole('button', { name: 'Tambah modul' }).click();
    await dialog.getByLabel('Judul modul 4').fill(NEW_MODULE);
    await dialog.getByLabel('JP modul 4').fill('2');
    await dialog
      .getByRole('textbox', { name: 'Tujuan 1 modul 4' })
      .fill('Menilai kinerja staf dengan bukti dari unit kerja sendiri');
    // A revision says why.
    await dialog.getByRole('button', { name: 'Catat revisi' }).click();
    await expect.poll(() => dialog.getByText('Tuliskan alasan revisi.').isVisible()).toBe(true);
    await dialog
      .getByLabel('Alasan revisi')
      .fill('Peserta meminta lebih banyak praktik menilai dengan data unit kerjanya sendiri.');
    await expectAccessible(page, 'the revision dialog');
    await dialog.getByRole('button', { name: 'Catat revisi' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await expect
      .poll(() =>
        section
          .getByText(`Versi ${before + 1}`, { exact: true })
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => section.getByText(`Perubahan dari versi ${before}`).first().isVisible())
      .toBe(true);
    expect(await section.getByText(`Modul baru: ${NEW_MODULE} (2 JP)`).first().isVisible()).toBe(true);
    expect(await section.getByText('Menyusun SKP dan Ekspektasi Kinerja: 6 → 4 JP').first().isVisible()).toBe(
      true,
    );
    expect(await section.getByText('Riwayat revisi').isVisible()).toBe(true);
    await expectAccessible(page, 'the revised curriculum');
  });

  it('reads on a phone, its revision dialog too', async () => {
    const page = await as(ADMIN, { phone: true });
    await openProgram(page);
    await expect.poll(() => page.getByText(NEW_MODULE).first().isVisible()).toBe(true);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Revisi kurikulum' }).click();
    const dialog = page.getByRole('dialog', { name: /^Revisi kurikulum/ });
    await expect.poll(() => dialog.getByLabel('Judul modul 4').isVisible()).toBe(true);
    const wider = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(wider).toBeLessThanOrEqual(0);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the revision dialog on a phone');
  });
});
