import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// Tanjungbalai's story through the UI: its personnel policy drafted, consulted on and adopted by a
// leader, evaluated twice six months apart, revised because satisfaction with promotion fell —
// the revised clause traced to the survey result — and read by an employee on a phone, who asks
// why the clause says what it says. Everything is done in the browser; the policy's title is new
// to this run, so the demo's own policies are left alone.

const ADMIN = 'admin.tanjungbalai';
const LEADER = 'pimpinan.tanjungbalai';
const EMPLOYEE = 'pegawai.tanjungbalai';
const TITLE = `Kebijakan Kepegawaian Uji ${Date.now().toString(36)}`;
const PROMOTION = 'Promosi jabatan dilakukan melalui seleksi terbuka.';
const REVISED =
  'Promosi jabatan dilakukan melalui seleksi terbuka dan hasilnya diumumkan kepada seluruh pegawai.';
const REASON = 'Kepuasan pegawai terhadap sistem promosi turun pada Semester II.';
const COMMENT = 'Hasil seleksi perlu diumumkan kepada seluruh pegawai.';
const FINDING = 'Pegawai tidak mengetahui hasil seleksi promosi.';

let policyPath: string;

const { as } = browserForFile();

async function expectText(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByText(text).count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

/** Starts an evaluation and, on its page, records a finding and the recommendation (an admin). */
async function evaluate(
  page: Page,
  input: { finding: string; recommendation: string; reason: string },
): Promise<void> {
  await step(page, 'Mulai evaluasi');
  await openEvaluation(page);
  await page.getByRole('textbox', { name: /^Temuan baru/ }).fill(input.finding);
  await page.getByRole('button', { name: 'Catat temuan' }).click();
  await expectText(page, input.finding);
  await page.getByRole('radio', { name: input.recommendation }).check();
  await page.getByRole('textbox', { name: 'Alasan' }).fill(input.reason);
  await page.getByRole('button', { name: 'Simpan rekomendasi' }).click();
  await expectText(page, input.reason);
}

/** The newest evaluation's page, from the policy's list of evaluations. */
async function openEvaluation(page: Page): Promise<void> {
  await page.goto(policyPath);
  await page.getByRole('region', { name: 'Evaluasi' }).getByRole('link').first().click();
  await page.waitForURL(/\/evaluations\/\d+$/);
}

/** A leader's decision on the evaluation under way, from its page. */
async function decide(page: Page, name: string, note?: string): Promise<void> {
  await openEvaluation(page);
  const decision = page.getByRole('region', { name: 'Keputusan pimpinan' });
  await decision.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  if (note) await dialog.getByRole('textbox', { name: /^Catatan/ }).fill(note);
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(() => decision.getByText(name === 'Revisi' ? 'Direvisi' : 'Dipertahankan', { exact: true }).count())
    .toBe(1);
}

/** Takes a step of the policy's life from its page, confirming it in the dialog. */
async function step(
  page: Page,
  name: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.goto(policyPath);
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function addProvision(
  page: Page,
  opener: () => Promise<void>,
  values: { label: string; body: string },
) {
  await opener();
  const dialog = page.getByRole('dialog', { name: 'Tambah ketentuan' });
  await dialog.waitFor();
  await dialog.getByRole('textbox', { name: /^Nomor/ }).fill(values.label);
  await dialog.getByRole('textbox', { name: 'Bunyi ketentuan' }).fill(values.body);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expectText(page, values.body);
}

describe('a policy from draft to revision', () => {
  it('is drafted by the admin, article by article', async () => {
    const page = await as(ADMIN);
    await page.goto('/policies');
    await page.getByRole('button', { name: 'Kebijakan baru' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kebijakan baru' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /^Judul/ }).fill(TITLE);
    await dialog
      .getByRole('textbox', { name: /^Tujuan/ })
      .fill('Pengelolaan kepegawaian yang adil dan terbuka.');
    await dialog.getByRole('combobox', { name: /^Prinsip/ }).fill('adil dan transparan');
    await dialog.getByRole('combobox', { name: /^Prinsip/ }).press('Enter');
    await expectAccessible(page, 'kebijakan baru');
    await dialog.getByRole('button', { name: 'Buat kebijakan' }).click();
    await page.waitForURL(/\/policies\/\d+$/);
    policyPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole('heading', { level: 1, name: TITLE }).count()).toBe(1);

    await page.getByRole('link', { name: 'Susun naskah rancangan' }).click();
    await page.waitForURL(/\/versions\/\d+$/);
    await addProvision(page, () => page.getByRole('button', { name: 'Tambah bab atau pasal' }).click(), {
      label: 'Pasal 1',
      body: 'Kebijakan ini berlaku bagi seluruh ASN Pemerintah Kota Tanjungbalai.',
    });
    await addProvision(
      page,
      async () => {
        await page.getByRole('button', { name: 'Tindakan untuk Pasal 1' }).click();
        await page.getByRole('menuitem', { name: 'Tambah ketentuan sesudahnya' }).click();
      },
      { label: 'Pasal 2', body: PROMOTION },
    );
    await expectAccessible(page, 'naskah rancangan');
  });

  it('is consulted on with the staff, their input answered, then adopted by a leader (not by the admin)', async () => {
    const admin = await as(ADMIN);
    await step(admin, 'Buka konsultasi', async (dialog) => {
      await expectAccessible(admin, 'buka konsultasi');
      expect(await dialog.getByRole('checkbox', { name: 'Seluruh ASN' }).isChecked()).toBe(true);
    });
    await expectText(admin, 'Naskah sedang dikonsultasikan');

    // An employee, on a phone, reads the draft and comments on Pasal 2, quoting its words.
    const employee = await as(EMPLOYEE, { phone: true });
    await employee.goto(policyPath);
    await employee.getByRole('link', { name: 'Baca naskah dan beri masukan per pasal' }).click();
    await expectText(employee, PROMOTION);
    await employee.getByRole('button', { name: 'Masukan untuk Pasal 2' }).click();
    const form = employee.getByRole('dialog', { name: 'Masukan untuk Pasal 2' });
    await form.getByRole('textbox', { name: /^Kutipan/ }).fill('seleksi terbuka');
    await form.getByRole('textbox', { name: /^Masukan Anda/ }).fill(COMMENT);
    await expectAccessible(employee, 'beri masukan (ponsel)');
    await form.getByRole('button', { name: 'Kirim masukan' }).click();
    await form.waitFor({ state: 'detached' });

    await step(admin, 'Tutup konsultasi', async (dialog) => {
      await dialog
        .getByRole('textbox', { name: /^Catatan/ })
        .fill('Masukan Forum Diskusi ASN sudah dibahas.');
    });
    expect(await admin.getByRole('button', { name: 'Tetapkan', exact: true }).count()).toBe(0);

    // The leader cannot adopt while the input waits for its response.
    const leader = await as(LEADER);
    await leader.goto(policyPath);
    await leader.getByRole('button', { name: 'Tetapkan', exact: true }).click();
    const adopt = leader.getByRole('dialog', { name: 'Tetapkan' });
    await adopt.getByRole('button', { name: 'Tetapkan', exact: true }).click();
    await expect.poll(() => adopt.getByText(/1 masukan konsultasi yang belum ditanggapi/).count()).toBe(1);

    await admin.goto(policyPath);
    const consultation = admin.getByRole('region', { name: 'Konsultasi' });
    await expect.poll(() => consultation.getByText(COMMENT).count()).toBe(1);
    await consultation.getByRole('button', { name: 'Tanggapi' }).click();
    const respond = admin.getByRole('dialog', { name: 'Tanggapi' });
    await respond.getByRole('textbox', { name: /^Alasan/ }).fill('Akan dimasukkan dalam revisi berikutnya.');
    await respond.getByRole('button', { name: 'Simpan' }).click();
    await respond.waitFor({ state: 'detached' });
    await expect.poll(() => consultation.getByText('Diterima', { exact: true }).count()).toBe(1);
    await expectAccessible(admin, 'konsultasi dengan tanggapan');

    await step(leader, 'Tetapkan', async (dialog) => {
      await dialog.getByRole('textbox', { name: /^Catatan/ }).fill('Disetujui rapat pimpinan.');
    });
    await expectText(leader, 'Kebijakan berlaku. Evaluasi dilakukan secara berkala');
    await expectText(leader, 'Disetujui rapat pimpinan.');
    await expectAccessible(leader, 'kebijakan berlaku');
  });

  it('is evaluated twice: findings and a recommendation, then kept, then revised, by a leader', async () => {
    const admin = await as(ADMIN);
    const leader = await as(LEADER);
    await evaluate(admin, {
      finding: 'Kepuasan terhadap promosi masih di bawah target.',
      recommendation: 'Dipertahankan',
      reason: 'Kebijakan baru berlaku; pantau semester berikutnya.',
    });
    await expectAccessible(admin, 'evaluasi kebijakan');
    // The report downloads as a workbook.
    const download = admin.waitForEvent('download');
    await admin.getByRole('link', { name: 'Unduh laporan (Excel)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^evaluasi-kebijakan-\d+-\d+\.xlsx$/);
    // And as a PDF, the file a leader signs off on.
    const pdf = admin.waitForEvent('download');
    await admin.getByRole('link', { name: 'Unduh laporan (PDF)' }).click();
    const pdfFile = await pdf;
    expect(pdfFile.suggestedFilename()).toMatch(/^evaluasi-[a-z0-9-]+\.pdf$/);
    expect((await readFile((await pdfFile.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A leader reads it on a phone before deciding.
    const phone = await as(LEADER, { phone: true });
    await openEvaluation(phone);
    await expectText(phone, 'Kepuasan terhadap promosi masih di bawah target.');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'evaluasi kebijakan (ponsel)');
    await decide(leader, 'Pertahankan');

    await evaluate(admin, {
      finding: FINDING,
      recommendation: 'Direvisi',
      reason: 'Ketentuan promosi perlu diubah.',
    });
    await decide(leader, 'Revisi', 'Kepuasan terhadap promosi turun.');
    await leader.goto(policyPath);
    await expectText(leader, 'Revisi sedang disusun');
    // Both evaluations listed with their outcome.
    const list = leader.getByRole('region', { name: 'Evaluasi' });
    await expect.poll(() => list.getByText('Dipertahankan', { exact: true }).count()).toBe(1);
    await expect.poll(() => list.getByText('Direvisi', { exact: true }).count()).toBe(1);
  });

  it('has its promotion clause revised with the reason and the survey result behind it', async () => {
    const page = await as(ADMIN);
    await page.goto(policyPath);
    await page.getByRole('link', { name: 'Susun naskah rancangan' }).click();
    await page.waitForURL(/\/versions\/\d+$/);
    await expectText(page, PROMOTION);
    await page.getByRole('button', { name: 'Tindakan untuk Pasal 2' }).click();
    await page.getByRole('menuitem', { name: 'Ubah' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah Pasal 2' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Bunyi ketentuan' }).fill(REVISED);
    // Without a reason the change is refused before it is sent.
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expectText(page, 'Tuliskan alasan perubahan.');
    await dialog.getByRole('textbox', { name: /^Alasan perubahan/ }).fill(REASON);
    await dialog.getByRole('combobox', { name: 'Survei' }).click();
    await page
      .getByRole('option', { name: /Evaluasi Kebijakan Kepegawaian/ })
      .first()
      .click();
    await dialog.getByRole('combobox', { name: 'Gelombang' }).click();
    await page.getByRole('option', { name: 'Semester II 2026' }).click();
    await dialog.getByRole('button', { name: 'Tambahkan bukti' }).click();
    await expect.poll(() => dialog.getByText(/Semester II 2026/).count()).toBeGreaterThan(0);
    // And the finding of the evaluation that sent it back.
    await dialog.locator('label', { hasText: /^Temuan evaluasi$/ }).click();
    await dialog.getByRole('combobox', { name: 'Temuan evaluasi' }).click();
    await page.getByRole('option', { name: new RegExp(FINDING) }).click();
    await dialog.getByRole('button', { name: 'Tambahkan bukti' }).click();
    await expect.poll(() => dialog.getByText(FINDING).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'ubah ketentuan');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page, REVISED);
    await expectText(page, REASON);

    const leader = await as(LEADER);
    await step(leader, 'Tetapkan');
    await expectText(leader, 'Versi 2');

    // From the clause to the survey result, and back: the wave's results name the clause it changed.
    await leader.getByRole('link', { name: 'Baca naskah versi 2' }).click();
    await leader.getByRole('button', { name: 'Mengapa Pasal 2 berbunyi demikian?' }).click();
    const drawer = leader.getByRole('dialog', { name: 'Mengapa ketentuan ini?' });
    await drawer.getByRole('link', { name: /Semester II 2026/ }).click();
    await leader.waitForURL(/\/survey-waves\/\d+\/results/);
    const uses = leader.getByRole('region', { name: 'Dipakai sebagai bukti kebijakan' });
    await expect
      .poll(() => uses.getByRole('link', { name: new RegExp(`${TITLE} · versi 2 · Pasal 2`) }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await expectAccessible(leader, 'hasil survei dengan kebijakan yang mengutipnya');
  });

  it('shows an employee on a phone why the clause says this, and what the revision changed', async () => {
    const page = await as(EMPLOYEE, { phone: true });
    // Beranda lists the government's policies with their stage.
    await page.goto('/');
    const home = page.getByTestId('home-policies');
    await expect.poll(() => home.getByRole('link', { name: TITLE }).count(), { timeout: 10_000 }).toBe(1);
    await expectAccessible(page, 'beranda pegawai dengan kebijakan (ponsel)');
    await home.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(/\/policies\/\d+$/);
    // An employee reads adopted texts, never the history of drafting.
    expect(await page.getByRole('heading', { name: 'Riwayat tahapan' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Baca naskah versi 2' }).click();
    await expectText(page, REVISED);
    await page.getByRole('button', { name: 'Mengapa Pasal 2 berbunyi demikian?' }).click();
    const drawer = page.getByRole('dialog', { name: 'Mengapa ketentuan ini?' });
    await drawer.waitFor();
    await expect.poll(() => drawer.getByText(REASON).count()).toBeGreaterThan(0);
    await expect.poll(() => drawer.getByText(/Semester II 2026/).count()).toBeGreaterThan(0);
    await expect.poll(() => drawer.getByText(PROMOTION).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'mengapa ketentuan ini (ponsel)');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Bandingkan versi 2 dengan sebelumnya' }).click();
    await page.waitForURL(/\/compare/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Perbandingan versi' }).count())
      .toBe(1);
    await expect.poll(() => page.locator('ins').first().textContent()).toContain('hasilnya diumumkan');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'perbandingan versi (ponsel)');
  });

  it('is judged by indicators computed from the surveys, the revision marked where its impact shows', async () => {
    const leader = await as(LEADER);
    await leader.goto('/policies');
    await leader
      .getByRole('link', { name: 'Kebijakan Kepegawaian Aparatur Sipil Negara Kota Tanjungbalai' })
      .click();
    const card = leader.getByRole('region', { name: 'Indikator' });
    // Its name heads the indicator and a row of the impact view: once each.
    await expect
      .poll(() => card.getByText('Kepuasan pegawai terhadap sistem promosi', { exact: true }).count(), {
        timeout: 15_000,
      })
      .toBe(2);
    const values = card.getByRole('table', {
      name: 'Nilai Kepuasan pegawai terhadap sistem promosi per gelombang',
    });
    await expect.poll(() => values.getByRole('row').count()).toBe(3);
    expect(
      await card.getByRole('img', { name: /^Grafik Kepuasan pegawai terhadap sistem promosi/ }).count(),
    ).toBe(1);
    // The impact view: the revision's before and after, the wave begun after it.
    const impact = card.getByRole('region', { name: /^Versi 2, berlaku sejak/ });
    const promotion = impact.getByRole('row', { name: /^Kepuasan pegawai terhadap sistem promosi/ });
    await expect.poll(() => promotion.textContent()).toMatch(/Semester II 2026.*Semester I 2027.*membaik/);
    // The revised promotion clause cites semester II's value: the indicator names the clause.
    await expect
      .poll(() =>
        card
          .getByRole('link', { name: /^Versi 2 · Pasal 5 ayat \(1\): \d,\d+ \(Semester II 2026\)$/ })
          .count(),
      )
      .toBe(1);
    await expectAccessible(leader, 'indikator kebijakan');

    // The admin adds one to the policy of this run, from the survey's promotion statements.
    const admin = await as(ADMIN);
    await admin.goto(policyPath);
    await admin.getByRole('button', { name: 'Tambah indikator' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Tambah indikator' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /^Nama indikator/ }).fill('Promosi berdasarkan merit');
    await dialog.getByRole('combobox', { name: 'Survei' }).click();
    await admin
      .getByRole('option', { name: /Evaluasi Kebijakan Kepegawaian/ })
      .first()
      .click();
    await dialog.getByRole('combobox', { name: /^Pertanyaan atau pernyataan/ }).click();
    await admin.getByRole('option', { name: /Promosi dan mutasi didasarkan/ }).click();
    await admin.keyboard.press('Escape');
    await dialog.getByRole('spinbutton', { name: /^Target/ }).fill('3.5');
    await expectAccessible(admin, 'tambah indikator');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const added = admin.getByRole('region', { name: 'Indikator' });
    // Its name heads it and a row of the impact view of this run's revision.
    await expect.poll(() => added.getByText('Promosi berdasarkan merit', { exact: true }).count()).toBe(2);
    await expect.poll(() => added.getByText('Belum mencapai target').count()).toBe(1);
  });
});
