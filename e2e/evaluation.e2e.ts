import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// Participants' feedback on a completed program, in Tanjungpinang: the admin opens the cross-OPD
// innovation seminar and reads its batch's reaction and learning as a chart and as a table, on a
// desk and on a phone.

const GOVERNMENT = 'tanjungpinang';
const ADMIN = `admin.${GOVERNMENT}`;
const PROGRAM = 'Seminar Inovasi Pelayanan Publik Lintas OPD 2026';

const { as } = browserForFile();

async function openProgram(page: Page) {
  await page.goto('/programs');
  await page.getByRole('link', { name: PROGRAM }).click();
  await page.waitForURL(/\/programs\/\d+$/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(PROGRAM);
}

/** Picks an option of a SegmentedControl (its radios are hidden behind their labels). */
async function pick(scope: ReturnType<Page['getByRole']>, label: string) {
  await scope
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .first()
    .click();
}

describe('a program’s evaluation', () => {
  it('shows the batch’s reaction and learning as charts, and as tables on request', async () => {
    const page = await as(ADMIN);
    await openProgram(page);
    const section = page.getByRole('region', { name: 'Umpan balik peserta' });
    const reaction = section.getByRole('region', { name: 'Reaksi menurut Angkatan' });
    await expect.poll(() => reaction.locator('.recharts-wrapper').count()).toBe(1);
    await expect.poll(() => reaction.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the evaluation charts');
    await pick(reaction, 'Tabel');
    const table = reaction.getByRole('table', { name: 'Reaksi menurut Angkatan' });
    await expect.poll(() => table.getByRole('rowheader', { name: 'Angkatan I' }).isVisible()).toBe(true);
    await expect.poll(() => table.getByRole('rowheader', { name: 'Seluruh program' }).isVisible()).toBe(true);
    await pick(section, 'Versi kurikulum');
    await expect
      .poll(() => section.getByRole('region', { name: 'Hasil belajar menurut Versi kurikulum' }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'the evaluation by curriculum version');
  });

  it('fits a phone', async () => {
    const page = await as(ADMIN, { phone: true });
    await openProgram(page);
    const section = page.getByRole('region', { name: 'Umpan balik peserta' });
    await expect.poll(() => section.locator('.recharts-wrapper').count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the evaluation on a phone');
  });
});
