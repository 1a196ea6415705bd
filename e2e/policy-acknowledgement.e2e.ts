import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// Publication of Pontianak's competency policy: an employee reads the version in force on a phone
// and says so; a leader sees how far it reached, OPD by OPD, as counts.

const EMPLOYEE = 'pegawai.pontianak';
const LEADER = 'pimpinan.pontianak';
const TITLE = 'Kebijakan Pengembangan Kompetensi ASN Kota Pontianak';

let versionPath: string;

const { as } = browserForFile();

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The page of the version in force of the demo's policy, found through the API as the reader. */
async function versionInForce(page: Page): Promise<string> {
  const list = await (await page.request.get('/api/v1/policies')).json();
  const policy = list.items.find((p: { title: string }) => p.title === TITLE);
  expect(policy, `${TITLE} in the demo`).toBeDefined();
  const detail = await (await page.request.get(`/api/v1/policies/${policy.id}`)).json();
  const version = detail.versions.find((v: { inForce: boolean }) => v.inForce);
  expect(version, 'a version in force').toBeDefined();
  return `/policies/${policy.id}/versions/${version.id}`;
}

describe('a policy published to employees', () => {
  it('is acknowledged by an employee on a phone, once', async () => {
    const page = await as(EMPLOYEE, { phone: true });
    versionPath = await versionInForce(page);
    await page.goto(versionPath);
    const button = page.getByRole('button', { name: 'Saya sudah membaca' });
    await button.waitFor();
    await expectAccessible(page, 'version page, not yet acknowledged');
    await expectNoSidewaysScroll(page);
    await button.click();
    await page.getByText(/Anda menyatakan sudah membaca versi ini pada/).waitFor();
    await expectAccessible(page, 'version page, acknowledged');
    // Reloaded, the statement is remembered and the button is gone.
    await page.reload();
    await page.getByText(/Anda menyatakan sudah membaca versi ini pada/).waitFor();
    expect(await page.getByRole('button', { name: 'Saya sudah membaca' }).count()).toBe(0);
    // An employee sees no per-OPD figures.
    expect(await page.getByRole('heading', { name: 'Keterbacaan per OPD' }).count()).toBe(0);
  });

  it('shows a leader how far it reached per OPD, counts only, on a phone too', async () => {
    const page = await as(LEADER, { phone: true });
    await page.goto(versionPath);
    await page.getByRole('heading', { name: 'Keterbacaan per OPD' }).waitFor();
    const table = page.getByRole('table', { name: 'Keterbacaan per OPD' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(2);
    const total = table.getByRole('row', { name: /Seluruh pemerintah daerah/ });
    await expect
      .poll(async () => Number((await total.innerText()).match(/(\d+)\s*\//)?.[1]))
      .toBeGreaterThan(0);
    await expectAccessible(page, 'version page with acknowledgements per OPD');
    await expectNoSidewaysScroll(page);
  });
});
