import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// Tanjungbalai's Forum Diskusi ASN through the UI: the admin announces a forum and opens it; a
// leader and an employee on a phone put proposals to it and the employee votes; the admin closes
// it, writes the minutes and records what became of the employee's proposal, which the employee
// reads. Then the demo's own forum of 2026: its promotion proposal leads to the revised clauses.

const ADMIN = 'admin.tanjungbalai';
const LEADER = 'pimpinan.tanjungbalai';
const EMPLOYEE = 'pegawai.tanjungbalai';
const RUN = Date.now().toString(36);
const TITLE = `Forum Diskusi ASN Uji ${RUN}`;
const LEADERS = `Sosialisasi penilaian kinerja ${RUN}`;
const MINE = `Jadwal promosi diumumkan ${RUN}`;
const OUTCOME = 'Dikaji BKPSDM bersama jadwal seleksi tahun depan.';

let forumPath: string;

const { as } = browserForFile();

async function expectText(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByText(text).count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

/** A wall-clock time `days` from today, as the browser's datetime field takes it. */
const inDays = (days: number, time: string) =>
  `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

async function propose(page: Page, title: string, body: string) {
  await page.goto(forumPath);
  const proposals = page.getByRole('region', { name: 'Usulan' });
  await proposals.getByRole('textbox', { name: /^Judul usulan/ }).fill(title);
  await proposals.getByRole('textbox', { name: /^Isi usulan/ }).fill(body);
  await proposals.getByRole('button', { name: 'Kirim', exact: true }).click();
  await expect.poll(() => page.getByRole('article', { name: title }).count()).toBe(1);
}

describe('the Forum Diskusi ASN', () => {
  it('is announced by the admin and opened for proposals', async () => {
    const page = await as(ADMIN);
    await page.goto('/forums');
    await page.getByRole('button', { name: 'Forum baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'Umumkan Forum Diskusi ASN' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /^Nama forum/ }).fill(TITLE);
    await dialog.getByLabel(/^Mulai/).fill(inDays(7, '08:00'));
    await dialog.getByLabel(/^Selesai/).fill(inDays(7, '15:00'));
    await dialog.getByRole('textbox', { name: /^Tempat/ }).fill('Aula Kantor Wali Kota');
    await expectAccessible(page, 'forum baru');
    await dialog.getByRole('button', { name: 'Umumkan', exact: true }).click();
    await page.waitForURL(/\/forums\/\d+$/);
    forumPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole('heading', { level: 1, name: TITLE }).count()).toBe(1);
    await expectText(page, 'Direncanakan');
    // The hall changes before it opens: the details are corrected, the rest kept.
    await page.getByRole('button', { name: 'Ubah rincian forum' }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah rincian forum' });
    await edit.waitFor();
    expect(await edit.getByRole('textbox', { name: /^Nama forum/ }).inputValue()).toBe(TITLE);
    await edit.getByRole('textbox', { name: /^Tempat/ }).fill('Gedung Serbaguna Kota Tanjungbalai');
    await expectAccessible(page, 'ubah rincian forum');
    await edit.getByRole('button', { name: 'Simpan', exact: true }).click();
    await edit.waitFor({ state: 'detached' });
    await expectText(page, /Gedung Serbaguna Kota Tanjungbalai/);
    await page.getByRole('button', { name: 'Buka untuk usulan' }).click();
    await expectText(page, 'Menerima usulan');
    await expectAccessible(page, 'forum dibuka');
  });

  it('takes proposals from a leader and from an employee on a phone, who votes once (and may take it back)', async () => {
    await propose(await as(LEADER), LEADERS, 'Sosialisasi sistem penilaian kinerja di setiap OPD.');

    const employee = await as(EMPLOYEE, { phone: true });
    await propose(employee, MINE, 'Umumkan jadwal seleksi promosi di awal tahun kepada semua pegawai.');
    const leaders = employee.getByRole('article', { name: LEADERS });
    const votes = leaders.getByRole('group', { name: /^Suara Anda atas usulan/ });
    await votes.getByRole('button', { name: 'Setuju', exact: true }).click();
    await expect.poll(() => leaders.getByText('1 setuju · 0 tidak setuju').count()).toBe(1);
    await expect.poll(() => leaders.getByText('Anda setuju').count()).toBe(1);
    // Pressing it again takes the vote back; once more, and it is the one vote again.
    await votes.getByRole('button', { name: 'Setuju', exact: true }).click();
    await expect.poll(() => leaders.getByText('0 setuju · 0 tidak setuju').count()).toBe(1);
    expect(
      await votes.getByRole('button', { name: 'Setuju', exact: true }).getAttribute('aria-pressed'),
    ).toBe('false');
    await votes.getByRole('button', { name: 'Setuju', exact: true }).click();
    await expect.poll(() => leaders.getByText('Anda setuju').count()).toBe(1);
    await employee.reload();
    await expect
      .poll(() => leaders.getByText('1 setuju · 0 tidak setuju').count(), { timeout: 10_000 })
      .toBe(1);
    // No vote on one's own proposal.
    const mine = employee.getByRole('article', { name: MINE });
    expect(await mine.getByRole('button', { name: 'Setuju', exact: true }).count()).toBe(0);
    await expectAccessible(employee, 'forum di ponsel');
  });

  it('is closed by the admin, who writes the minutes and records what became of each proposal', async () => {
    const admin = await as(ADMIN);
    await admin.goto(forumPath);
    await admin.getByRole('button', { name: 'Tutup forum' }).click();
    await expectText(admin, 'Selesai');

    await admin.getByRole('button', { name: 'Tulis notulen' }).click();
    const minutes = admin.getByRole('dialog', { name: 'Tulis notulen' });
    await minutes.getByRole('textbox', { name: /^Notulen/ }).fill('Dua usulan dibahas bersama pimpinan.');
    await minutes.getByRole('button', { name: 'Simpan notulen' }).click();
    await minutes.waitFor({ state: 'detached' });

    const mine = admin.getByRole('article', { name: MINE });
    await mine.getByRole('button', { name: 'Catat tindak lanjut' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Catat tindak lanjut' });
    await dialog.getByRole('combobox', { name: 'Keputusan' }).click();
    await admin.getByRole('option', { name: 'Dikaji lebih lanjut' }).click();
    // The reason is required: saving waits for it.
    expect(await dialog.getByRole('button', { name: 'Simpan' }).isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: /^Alasan/ }).fill(OUTCOME);
    await expectAccessible(admin, 'catat tindak lanjut');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => mine.getByText(OUTCOME).count()).toBe(1);
  });

  it('shows the employee what became of the proposal, and where the demo forum’s proposal went', async () => {
    const employee = await as(EMPLOYEE, { phone: true });
    await employee.goto(forumPath);
    const mine = employee.getByRole('article', { name: MINE });
    await expect.poll(() => mine.getByText('Dikaji lebih lanjut').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => mine.getByText(OUTCOME).count()).toBe(1);
    await expectText(employee, 'Dua usulan dibahas bersama pimpinan.');
    expect(await employee.getByRole('textbox', { name: /^Judul usulan/ }).count()).toBe(0);

    await employee.goto('/forums');
    await employee.getByRole('link', { name: 'Forum Diskusi ASN Kota Tanjungbalai 2026' }).click();
    const promotion = employee.getByRole('article', { name: 'Promosi jabatan yang adil dan transparan' });
    await expect
      .poll(() => promotion.getByText('Diterima ke dalam kebijakan').count(), { timeout: 10_000 })
      .toBe(1);
    await expectAccessible(employee, 'forum demo dengan tindak lanjut');
    await promotion.getByRole('link', { name: /versi 2, Pasal 5 ayat \(3\)/ }).click();
    await employee.waitForURL(/\/policies\/\d+\/versions\/\d+$/);
    await expectText(employee, /seleksi terbuka oleh panitia seleksi/);
  });
});
