import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible, signInDirectly } from './browser';

// A government's transparency page: a citizen, without signing in, reads on a phone the policy
// Belawan published and downloads its PDF; an admin publishes Tanjungbalai's policy and withdraws it.

const BELAWAN_POLICY = 'Kebijakan Pengembangan Sumber Daya Manusia ASN Belawan';

const { page: openPage } = browserForFile();

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('a citizen on the transparency page', () => {
  it('reads the text in force on a phone and downloads its PDF, without signing in', async () => {
    const page = await openPage({ phone: true });
    await page.goto('/kebijakan/belawan');
    await page.getByRole('heading', { level: 1, name: 'Kebijakan pengembangan ASN Kota Belawan' }).waitFor();
    const card = page.getByRole('article', { name: BELAWAN_POLICY });
    await card.waitFor();
    await expect.poll(() => card.getByText('Berlaku sejak:').count()).toBe(1);
    await expectAccessible(page, 'transparency page');
    await expectNoSidewaysScroll(page);

    await card.getByRole('button', { name: /Baca naskah versi 1/ }).click();
    await card
      .getByText(/Universitas Sumatera Utara/)
      .first()
      .waitFor();
    await expectAccessible(page, 'transparency page, text open');
    await expectNoSidewaysScroll(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: /Unduh PDF/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^kebijakan-pengembangan-sumber-daya-manusia-asn-belawan-versi-1\.pdf$/,
    );
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2_000);
  });

  it('says so for a government that does not exist', async () => {
    const page = await openPage({ phone: true });
    await page.goto('/kebijakan/tidak-ada');
    await page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor();
    await expectAccessible(page, 'transparency page, unknown government');
  });
});

describe('an admin publishing a policy', () => {
  it('switches publication on the policy page, and the public page follows', async () => {
    const page = await openPage();
    await signInDirectly(page, 'admin.tanjungbalai');
    const list = await (await page.request.get('/api/v1/policies')).json();
    const policy = list.items.find((p: { inForce: unknown }) => p.inForce !== null);
    expect(policy, 'a Tanjungbalai policy in force').toBeDefined();
    await page.goto(`/policies/${policy.id}`);
    const toggle = page.getByRole('switch', { name: 'Terbitkan di halaman publik' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await expectAccessible(page, 'policy page with the publication switch');

    await toggle.click();
    await page.getByText('Kebijakan diterbitkan di halaman publik.').waitFor();
    const link = page.getByRole('link', { name: 'Buka halaman publik' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/kebijakan/tanjungbalai');

    const citizen = await openPage({ phone: true });
    await citizen.goto('/kebijakan/tanjungbalai');
    await citizen.getByRole('article', { name: policy.title }).waitFor();

    // Withdrawn again, as the demo had it.
    await toggle.click();
    await page.getByText('Kebijakan ditarik dari halaman publik.').waitFor();
    await citizen.reload();
    await citizen.getByText('Belum ada kebijakan yang diterbitkan').waitFor();
  });
});
