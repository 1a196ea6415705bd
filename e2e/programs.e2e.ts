import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// A development program from the agency's draft to its published selection, in Belawan. The admin
// creates a program with one seat, adds a batch and opens applications; three of the government's
// ASN apply on their phones; the admin closes applications and computes the selection; each
// applicant reads their score, the cut-off and why they were or were not selected; when the
// selected one withdraws, the first on the waiting list gets the seat.

const GOVERNMENT = 'belawan';
const ADMIN = `admin.${GOVERNMENT}`;
const APPLICANTS = [`pegawai.${GOVERNMENT}`, `atasan.${GOVERNMENT}`, `pimpinan.${GOVERNMENT}`];
const RUN = Date.now().toString(36).toUpperCase();
const TITLE = `Pelatihan Pengelolaan Keuangan Daerah ${RUN}`;

const { as } = browserForFile();

let programPath = '';

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

describe('a development program', () => {
  it('is drafted, given a batch and opened by the agency', async () => {
    const page = await as(ADMIN);
    await page.goto('/programs');
    await expect.poll(() => heading(page)).toBe('Program Pengembangan');
    await expectAccessible(page, 'the catalog');
    await page.getByRole('button', { name: 'Program baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'Program baru' });
    await dialog.getByLabel('Nama program').fill(TITLE);
    await dialog.getByLabel('Nama penyelenggara atau mitra').fill('Universitas Sumatera Utara');
    // Weights that do not add up to 100 are refused where they are typed.
    await dialog.getByLabel('Rekomendasi atasan').fill('20');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByText('Bobot kriteria harus berjumlah 100.').isVisible()).toBe(true);
    await dialog.getByLabel('Rekomendasi atasan').fill('10');
    await expectAccessible(page, 'the program dialog');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(/\/programs\/\d+$/);
    programPath = new URL(page.url()).pathname;
    await expect.poll(() => heading(page)).toBe(TITLE);
    await page.getByRole('button', { name: 'Tambah angkatan' }).click();
    const batch = page.getByRole('dialog', { name: 'Angkatan baru' });
    await batch.getByLabel('Tanggal mulai').fill('2027-03-01');
    await batch.getByLabel('Tanggal selesai').fill('2027-03-03');
    await batch.getByLabel('Tempat').fill('Aula Kantor Wali Kota');
    await batch.getByLabel('Kapasitas').fill('1');
    await batch.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('0 dari 1 kursi terisi').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Buka pendaftaran' }).click();
    await expect
      .poll(() => page.getByText('Pendaftaran dibuka', { exact: true }).first().isVisible())
      .toBe(true);
    await expectAccessible(page, 'an open program');
  });

  it('takes applications on a phone', async () => {
    for (const username of APPLICANTS) {
      const page = await as(username, { phone: true });
      await page.goto(programPath);
      await expect.poll(() => heading(page)).toBe(TITLE);
      await expect.poll(() => page.getByRole('button', { name: 'Daftar' }).isVisible()).toBe(true);
      await expectAccessible(page, 'the application form');
      await page.getByRole('button', { name: 'Daftar' }).click();
      await expect
        .poll(() =>
          page.getByText('Pendaftaran diterima. Seleksi dihitung setelah pendaftaran ditutup.').isVisible(),
        )
        .toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  it('computes the selection and tells every applicant why', async () => {
    const page = await as(ADMIN);
    await page.goto(programPath);
    await page.getByRole('button', { name: 'Tutup pendaftaran' }).click();
    await page.getByRole('button', { name: 'Hitung dan umumkan seleksi' }).click();
    await expect.poll(() => page.getByText('Hasil seleksi diumumkan').first().isVisible()).toBe(true);
    const table = page.getByRole('table', { name: 'Pendaftar' });
    await expect.poll(() => table.getByText('Terpilih').count()).toBe(1);
    await expect.poll(() => table.getByText('Daftar tunggu').count()).toBe(2);
    await expectAccessible(page, 'the published selection');

    const outcomes: string[] = [];
    for (const username of APPLICANTS) {
      const own = await as(username, { phone: true });
      await own.goto(programPath);
      const section = own.getByRole('region', { name: 'Pendaftaran saya' });
      await expect.poll(() => section.getByText(/^Skor Anda: /).isVisible()).toBe(true);
      const text = (await section.textContent()) ?? '';
      outcomes.push(text.includes('Terpilih. Skor Anda') ? 'selected' : 'waiting');
      if (!text.includes('Terpilih. Skor Anda')) {
        expect(text).toMatch(/Belum terpilih: .*daftar tunggu/);
        expect(text).toMatch(/skor terendah yang terpilih/);
      }
      // The ranking shows the reader's own name only.
      const ranking = own.getByRole('table', { name: 'Peringkat' });
      await expect.poll(() => ranking.getByText('(Anda)').count()).toBe(1);
      await expectAccessible(own, 'an applicant’s outcome');
      await own.close();
    }
    expect(outcomes.filter((o) => o === 'selected')).toHaveLength(1);
  });

  it('gives a withdrawn seat to the first waiting', async () => {
    const admin = await as(ADMIN);
    await admin.goto(programPath);
    const table = admin.getByRole('table', { name: 'Pendaftar' });
    await expect.poll(() => table.getByText('Terpilih').count()).toBe(1);
    const selectedRow = table.getByRole('row').filter({ hasText: 'Terpilih' });
    const selectedName = (await selectedRow.getByRole('cell').first().textContent()) ?? '';
    const firstWaiting = table.getByRole('row').filter({ hasText: 'urutan 1' });
    const waitingName = (await firstWaiting.getByRole('cell').first().textContent()) ?? '';

    for (const username of APPLICANTS) {
      const own = await as(username, { phone: true });
      await own.goto(programPath);
      const section = own.getByRole('region', { name: 'Pendaftaran saya' });
      await expect.poll(() => section.getByText(/^Skor Anda: /).isVisible()).toBe(true);
      if (!((await section.textContent()) ?? '').includes('Terpilih. Skor Anda')) {
        await own.close();
        continue;
      }
      await section.getByRole('button', { name: 'Tarik pendaftaran' }).click();
      await expect.poll(() => section.getByText('Ditarik').first().isVisible()).toBe(true);
      await own.close();
      // Only the one selected leaves: the next one's seat is the one just freed.
      break;
    }
    await admin.reload();
    const after = admin.getByRole('table', { name: 'Pendaftar' });
    await expect.poll(() => after.getByRole('row').filter({ hasText: 'Terpilih' }).count()).toBe(1);
    const promoted =
      (await after
        .getByRole('row')
        .filter({ hasText: 'Terpilih' })
        .getByRole('cell')
        .first()
        .textContent()) ?? '';
    expect(promoted).toBe(waitingName);
    expect(promoted).not.toBe(selectedName);
    // The one still waiting can be given a seat by the agency only when one is left.
    await after.getByRole('button', { name: /^Beri kursi kepada / }).click();
    const dialog = admin.getByRole('dialog', { name: /^Beri kursi kepada / });
    await expect.poll(() => dialog.getByText(/Tidak ada kursi tersisa/).isVisible()).toBe(true);
    await expectAccessible(admin, 'the seat dialog');
    await dialog.getByRole('button', { name: 'Batal' }).click();

    // The batch's roster: its participant, the session days (none reached yet), no closing before the last.
    await admin.getByRole('link', { name: /^Kehadiran dan nilai / }).click();
    await admin.waitForURL(/\/batches\/\d+$/);
    const roster = admin.getByRole('table', { name: 'Kehadiran peserta' });
    await expect.poll(() => roster.getByRole('row').count()).toBe(2);
    await expect
      .poll(() => admin.getByRole('button', { name: 'Tutup angkatan dan tetapkan kelulusan' }).isDisabled())
      .toBe(true);
    await expectAccessible(admin, 'the roster');
  });
});
