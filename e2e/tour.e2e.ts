import { describe, expect, it } from 'vitest';
import {
  browserForFile,
  expectSettledAccessible as expectAccessible,
  signIn,
  signInDirectly,
} from './browser';

// The guided tour of the demo: a newcomer signs in as the sign-in page suggests, finds the tour on
// Beranda, and follows Tanjungbalai's policy round its loop, the tour ticking each step opened.

const LEADER = 'pimpinan.tanjungbalai';
const TITLE = 'Kebijakan Kepegawaian Aparatur Sipil Negara Kota Tanjungbalai';

const { page: openPage } = browserForFile();

describe('the guided tour', () => {
  it('walks a newcomer from the sign-in page through Tanjungbalai’s policy', async () => {
    const page = await openPage();
    await page.goto('/login');
    await page.getByText(/masuk sebagai pimpinan\.tanjungbalai dengan kata sandi jenjang-demo/).waitFor();
    await signIn(page, LEADER);
    await page.getByRole('link', { name: 'Ikuti tur' }).click();
    await page.getByRole('heading', { name: 'Tur: satu kebijakan dari rumusan sampai revisi' }).waitFor();
    await expect.poll(() => page.getByLabel('Kebijakan yang ditelusuri').first().inputValue()).toBe(TITLE);
    await page.getByText('0 dari 7 langkah sudah dibuka', { exact: true }).waitFor();
    await page.getByText(/Pasal 5 tentang promosi/).waitFor();
    await expectAccessible(page, 'tour');

    await page.getByRole('link', { name: 'Buka evaluasi' }).click();
    await page.waitForURL(/\/policies\/\d+\/evaluations\/\d+$/);
    await page
      .getByRole('heading', { name: /^Evaluasi/ })
      .first()
      .waitFor();
    await page.goBack();
    await page.getByText('1 dari 7 langkah sudah dibuka').waitFor();

    await page.getByRole('link', { name: 'Bandingkan versi' }).click();
    await page.waitForURL(/\/policies\/\d+\/compare$/);
    await page.goBack();
    await page.getByText('2 dari 7 langkah sudah dibuka').waitFor();
    await page.getByRole('button', { name: 'Mulai lagi' }).click();
    await page.getByText('0 dari 7 langkah sudah dibuka').waitFor();
  });

  it('fits a phone', async () => {
    const phone = await openPage({ phone: true });
    await signInDirectly(phone, LEADER);
    await phone.goto('/tour');
    await phone.getByRole('link', { name: 'Buka forum' }).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'tour on a phone');
  });
});
