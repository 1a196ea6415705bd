import pg from 'pg';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForFile, chooseOption, expectSettledAccessible as expectAccessible } from './browser';

// Scholarships (tugas belajar) in Belawan. The agency reads its 2024 master's scholarship two years
// on: the call's terms, its four awardees, and the one back at work — the service bond running and
// the term reports accepted. Then a new call end to end: the agency drafts a degree-study program
// (no JP), sets its terms with two documents, adds the intake and opens applications; the employee
// demo account, on their phone, is told which documents are missing when applying too early, has a
// file that is no PDF refused, uploads both documents and applies, after which the documents are
// locked; the agency reads the applicant with both documents.

const GOVERNMENT = 'belawan';
const ADMIN = `admin.${GOVERNMENT}`;
const PEGAWAI = `pegawai.${GOVERNMENT}`;
const DEMO_CALL = 'Beasiswa Tugas Belajar S2 ASN Kota Belawan 2024';
const RUN = Date.now().toString(36).toUpperCase();
const CALL = `Beasiswa Tugas Belajar S2 Perencanaan Wilayah ${RUN}`;
const INSTITUTION = 'Universitas Sumatera Utara';
const FIELD = 'Magister Perencanaan Wilayah dan Kota';
const IJAZAH = 'Ijazah terakhir';
const REKOMENDASI = 'Surat rekomendasi atasan';

const { as } = browserForFile();

let applicant = '';

/** The name of the pegawai demo account's employee, as the agency will read it among the applicants. */
async function pegawaiName(): Promise<string> {
  const client = new pg.Client({ connectionString: inject('superuserUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select e.name from tenant t join account a on a.tenant_id = t.id and a.username = $2
       join employee e on e.tenant_id = t.id and e.id = a.employee_id where t.slug = $1`,
      [GOVERNMENT, PEGAWAI],
    );
    expect(rows, `the employee of ${PEGAWAI}`).toHaveLength(1);
    return rows[0]!.name;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  applicant = await pegawaiName();
});

/** A small, complete PDF (the server judges a document by its bytes: "%PDF-" … "%%EOF"). */
function pdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${text}\n% ${'-'.repeat(512)}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Opens a program from the catalog, filtered to the state it is in (the catalog pages by 20). */
async function openFromCatalog(page: Page, title: string, state: string) {
  await page.goto('/programs');
  await expect.poll(() => heading(page)).toBe('Program Pengembangan');
  await chooseOption(page, 'Status', state);
  await page.getByRole('link', { name: title }).first().click();
  await page.waitForURL(/\/programs\/\d+$/);
  await expect.poll(() => heading(page)).toBe(title);
}

describe('a scholarship call two years on', () => {
  it('shows the agency its terms, its awardees, and one back at work with the bond running', async () => {
    const admin = await as(ADMIN);
    await openFromCatalog(admin, DEMO_CALL, 'Hasil seleksi diumumkan');
    const section = admin.getByRole('region', { name: 'Beasiswa', exact: true });
    // The terms as published.
    await expect.poll(() => section.getByText('Magister (S2)').isVisible()).toBe(true);
    expect(await section.getByText(INSTITUTION, { exact: true }).first().isVisible()).toBe(true);
    expect(
      await section
        .getByText(
          'Magister Administrasi Publik, Magister Akuntansi Sektor Publik, Magister Sistem Informasi',
        )
        .isVisible(),
    ).toBe(true);
    expect(await section.getByText('24 bulan', { exact: true }).isVisible()).toBe(true);
    expect(await section.getByText('Ikatan dinas: 2 × masa studi + 0 bulan').isVisible()).toBe(true);
    expect(
      await section
        .getByText('Studi 24 bulan berarti ikatan dinas 48 bulan setelah kembali bertugas.')
        .isVisible(),
    ).toBe(true);
    expect(await section.getByText('Berkas yang diminta', { exact: true }).isVisible()).toBe(true);
    expect(await section.getByText(IJAZAH, { exact: true }).first().isVisible()).toBe(true);
    expect(
      await section
        .getByText('Ketentuan diumumkan bersama pembukaan pendaftaran dan tidak dapat diubah lagi.')
        .isVisible(),
    ).toBe(true);
    // No terms are changed once applications opened.
    expect(await section.getByRole('button', { name: 'Ubah ketentuan' }).count()).toBe(0);
    // The applicants and their documents, and the four awardees.
    const applicants = section.getByRole('heading', { name: /^Pendaftar dan berkasnya \(\d+\)$/ });
    expect(Number(/\((\d+)\)/.exec((await applicants.textContent())!)![1])).toBeGreaterThanOrEqual(4);
    expect(await section.getByRole('heading', { name: 'Penerima beasiswa (4)' }).isVisible()).toBe(true);
    const awards = section.getByRole('table', { name: 'Penerima beasiswa' });
    for (const status of ['Lulus', 'Sedang studi', 'Mengundurkan diri']) {
      expect(await awards.getByText(status, { exact: true }).first().isVisible(), status).toBe(true);
    }
    await expectAccessible(admin, 'the scholarship call for the agency');

    // The awardee back at work.
    const returned = awards.getByRole('row').filter({ hasText: 'ikatan dinas sampai' });
    expect(await returned.count()).toBe(1);
    const link = returned.getByRole('link', { name: /^Buka penetapan / });
    const name = (await link.getAttribute('aria-label'))!.replace('Buka penetapan ', '');
    await link.click();
    await admin.waitForURL(/\/scholarships\/awards\/\d+$/);
    await expect.poll(() => heading(admin)).toBe(`Beasiswa ${name}`);
    expect(await admin.getByRole('link', { name: `← ${DEMO_CALL}` }).isVisible()).toBe(true);
    expect(await admin.getByText(`Magister (S2) `, { exact: false }).first().isVisible()).toBe(true);
    expect(await admin.getByText(/^Studi .+ – .+ · lulus .+$/).isVisible()).toBe(true);
    // The bond: its months and last day, where and as what they returned.
    const bond = admin.getByRole('region', { name: 'Ikatan dinas' });
    await expect
      .poll(() => bond.getByText(/^Ikatan dinas \d+ bulan, berakhir \d+ .+ \d{4}$/).isVisible())
      .toBe(true);
    expect(
      await bond.getByText(/^Kembali bertugas .+ di .+ sebagai Analis Kebijakan Ahli Muda\.$/).isVisible(),
    ).toBe(true);
    // Every term it studied, its report accepted.
    const terms = admin.getByRole('region', { name: 'Laporan semester' });
    const reports = terms.getByRole('list', { name: 'Laporan semester' }).getByRole('listitem');
    expect(await reports.count()).toBeGreaterThan(1);
    expect(await terms.getByText('Diterima', { exact: true }).count()).toBeGreaterThan(1);
    expect(
      await terms
        .getByText(/^IPK [\d,]+ · \d+ SKS$/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(
      await terms.getByRole('link', { name: /^Unduh transkrip \(khs-semester-\d+\.pdf\)$/ }).count(),
    ).toBeGreaterThan(0);
    // Its history, from studying to graduated.
    const history = admin.getByRole('region', { name: 'Riwayat status' });
    expect(await history.getByText('Sedang studi', { exact: true }).first().isVisible()).toBe(true);
    expect(await history.getByText('Lulus', { exact: true }).isVisible()).toBe(true);
    // Back at work: nothing left to record.
    expect(await admin.getByRole('button', { name: 'Catat kembali bertugas' }).count()).toBe(0);
    await expectAccessible(admin, 'an award back at work');
  });
});

describe('a new scholarship call', () => {
  it('is drafted and opened by the agency, and applied to on a phone once its documents are uploaded', async () => {
    // The agency drafts a degree-study program: no JP to give.
    const admin = await as(ADMIN);
    await admin.goto('/programs');
    await expect.poll(() => heading(admin)).toBe('Program Pengembangan');
    await admin.getByRole('button', { name: 'Program baru' }).click();
    const draft = admin.getByRole('dialog', { name: 'Program baru' });
    await draft.getByRole('textbox', { name: 'Nama program' }).fill(CALL);
    expect(await draft.getByRole('textbox', { name: 'JP', exact: true }).count()).toBe(1);
    await chooseOption(admin, 'Jalur pengembangan', 'Pendidikan (tugas belajar)');
    await expect.poll(() => draft.getByRole('textbox', { name: 'JP', exact: true }).count()).toBe(0);
    expect(
      await draft
        .getByText(
          'Pendidikan (tugas belajar) tidak memakai JP, kehadiran maupun nilai lulus. Setelah program disimpan, atur ketentuan beasiswanya di halaman program.',
        )
        .isVisible(),
    ).toBe(true);
    expect(await draft.getByRole('group', { name: 'Kelulusan' }).count()).toBe(0);
    await expectAccessible(admin, 'the program form for a degree study');
    await draft.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => draft.count()).toBe(0);
    await openFromCatalog(admin, CALL, 'Draf');
    const programUrl = admin.url();

    // Its terms: two documents to upload before applying.
    const section = admin.getByRole('region', { name: 'Beasiswa', exact: true });
    await expect
      .poll(() =>
        section
          .getByText('Atur ketentuan beasiswa sebelum membuka pendaftaran', { exact: false })
          .isVisible(),
      )
      .toBe(true);
    await section.getByRole('button', { name: 'Atur ketentuan beasiswa' }).click();
    const terms = admin.getByRole('dialog', { name: 'Atur ketentuan beasiswa' });
    expect(await terms.getByRole('combobox', { name: 'Jenjang pendidikan' }).inputValue()).toBe(
      'Magister (S2)',
    );
    await terms.getByRole('textbox', { name: 'Bidang studi' }).fill(FIELD);
    await terms.getByRole('textbox', { name: 'Perguruan tinggi' }).fill(INSTITUTION);
    await terms.getByRole('checkbox', { name: IJAZAH }).check();
    await terms.getByRole('checkbox', { name: REKOMENDASI }).check();
    expect(await terms.getByText('Ikatan dinas: 2 × masa studi + 0 bulan').isVisible()).toBe(true);
    await expectAccessible(admin, 'the scholarship terms dialog');
    await terms.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => terms.count()).toBe(0);
    await expect.poll(() => section.getByText(FIELD, { exact: true }).isVisible()).toBe(true);
    expect(await section.getByRole('listitem').filter({ hasText: IJAZAH }).count()).toBe(1);
    expect(await section.getByRole('listitem').filter({ hasText: REKOMENDASI }).count()).toBe(1);
    expect(await section.getByRole('button', { name: 'Ubah ketentuan' }).isVisible()).toBe(true);

    // The intake, and applications open.
    const year = new Date().getFullYear() + 1;
    expect(
      await admin.getByText('Untuk beasiswa, satu angkatan adalah penerimaan', { exact: false }).isVisible(),
    ).toBe(true);
    await admin.getByRole('button', { name: 'Tambah angkatan' }).click();
    const batch = admin.getByRole('dialog', { name: 'Angkatan baru' });
    await batch.getByRole('textbox', { name: 'Nama angkatan' }).fill(`Angkatan ${year}`);
    await batch.getByLabel('Tanggal mulai').fill(`${year}-09-01`);
    await batch.getByLabel('Tanggal selesai').fill(`${year + 2}-08-31`);
    await batch.getByRole('textbox', { name: 'Kapasitas' }).fill('3');
    await batch.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => batch.count()).toBe(0);
    await expect.poll(() => admin.getByText('0 dari 3 kursi terisi').first().isVisible()).toBe(true);
    await admin.getByRole('button', { name: 'Buka pendaftaran' }).click();
    await expect
      .poll(() => admin.getByText('Pendaftaran dibuka', { exact: true }).first().isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        section
          .getByText('Ketentuan diumumkan bersama pembukaan pendaftaran dan tidak dapat diubah lagi.')
          .isVisible(),
      )
      .toBe(true);
    expect(await section.getByRole('button', { name: 'Ubah ketentuan' }).count()).toBe(0);
    expect(await section.getByRole('heading', { name: 'Pendaftar dan berkasnya (0)' }).isVisible()).toBe(
      true,
    );
    await expectAccessible(admin, 'an open scholarship call for the agency');

    // The employee, on their phone.
    const pegawai = await as(PEGAWAI, { phone: true });
    await pegawai.goto(new URL(programUrl).pathname);
    await expect.poll(() => heading(pegawai)).toBe(CALL);
    const documents = pegawai.getByRole('region', { name: 'Berkas persyaratan' });
    await expect.poll(() => documents.getByText('2 berkas belum diunggah.').isVisible()).toBe(true);
    for (const kind of [IJAZAH, REKOMENDASI]) {
      const row = documents.getByRole('listitem').filter({ hasText: kind });
      expect(await row.getByText('Belum diunggah').isVisible(), kind).toBe(true);
      // The upload buttons come with the applicant's own state, which may answer after the list.
      await expect
        .poll(() => row.getByRole('button', { name: `Unggah ${kind}` }).isVisible(), { message: kind })
        .toBe(true);
    }
    expect(await noSideways(pegawai)).toBeLessThanOrEqual(0);
    await expectAccessible(pegawai, 'the documents to upload, on a phone');

    // Applying before the documents: the server names those missing.
    const mine = pegawai.getByRole('region', { name: 'Pendaftaran saya' });
    await expect.poll(() => mine.getByRole('button', { name: 'Daftar' }).isVisible()).toBe(true);
    await mine.getByRole('button', { name: 'Daftar' }).click();
    const refusal = mine.getByRole('alert');
    await expect.poll(() => refusal.getByText(/^Unggah dulu berkas yang diminta: /).isVisible()).toBe(true);
    const missing = (await refusal.getByText(/^Unggah dulu berkas yang diminta: /).textContent())!;
    expect(missing).toContain(IJAZAH);
    expect(missing).toContain(REKOMENDASI);
    await expectAccessible(pegawai, 'the refusal naming the missing documents');

    // A text file named .pdf is refused by its bytes, in words; nothing is kept.
    const ijazah = documents.getByRole('listitem').filter({ hasText: IJAZAH });
    await documents.getByLabel(`Berkas ${IJAZAH}`).setInputFiles({
      name: 'ijazah-pindaian.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Ini bukan PDF, hanya catatan tentang ijazah yang belum dipindai.\n'),
    });
    const bad = ijazah.getByRole('alert');
    await expect.poll(() => bad.getByText(/^Berkas “ijazah-pindaian\.pdf” /).isVisible()).toBe(true);
    const badText = (await bad.getByText(/^Berkas “ijazah-pindaian\.pdf” /).textContent())!;
    expect(badText).toContain('PDF');
    expect(badText).toMatch(/Tidak ada yang disimpan\.$/);
    expect(await ijazah.getByText('Belum diunggah').isVisible()).toBe(true);
    expect(await documents.getByText('2 berkas belum diunggah.').isVisible()).toBe(true);
    await expectAccessible(pegawai, 'a refused upload, on a phone');

    // Two small PDFs.
    await documents.getByLabel(`Berkas ${IJAZAH}`).setInputFiles({
      name: 'ijazah-s1.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(`Ijazah S1 ${applicant}`),
    });
    await expect.poll(() => ijazah.getByText('Sudah diunggah').isVisible()).toBe(true);
    expect(await ijazah.getByText(/^ijazah-s1\.pdf · 1 KB · diunggah /).isVisible()).toBe(true);
    expect(await ijazah.getByRole('alert').count()).toBe(0);
    await expect.poll(() => documents.getByText('1 berkas belum diunggah.').isVisible()).toBe(true);
    const rekomendasi = documents.getByRole('listitem').filter({ hasText: REKOMENDASI });
    await documents.getByLabel(`Berkas ${REKOMENDASI}`).setInputFiles({
      name: 'rekomendasi-atasan.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(`Rekomendasi atasan untuk ${applicant}`),
    });
    await expect.poll(() => rekomendasi.getByText('Sudah diunggah').isVisible()).toBe(true);
    await expect
      .poll(() => documents.getByText('Semua berkas sudah diunggah. Anda dapat mendaftar.').isVisible())
      .toBe(true);
    expect(await ijazah.getByRole('button', { name: `Ganti ${IJAZAH}` }).isVisible()).toBe(true);
    expect(await ijazah.getByRole('button', { name: `Hapus ${IJAZAH}` }).isVisible()).toBe(true);
    expect(await noSideways(pegawai)).toBeLessThanOrEqual(0);
    await expectAccessible(pegawai, 'both documents uploaded, on a phone');

    // Applying now succeeds, and the documents are locked.
    await mine.getByRole('button', { name: 'Daftar' }).click();
    await expect.poll(() => mine.getByText('Terdaftar', { exact: true }).isVisible()).toBe(true);
    await expect
      .poll(() => documents.getByText('Anda sudah mendaftar, jadi berkas Anda dikunci.').isVisible())
      .toBe(true);
    for (const kind of [IJAZAH, REKOMENDASI]) {
      const row = documents.getByRole('listitem').filter({ hasText: kind });
      expect(await row.getByText('Sudah diunggah').isVisible(), kind).toBe(true);
      expect(await row.getByRole('button', { name: `Ganti ${kind}` }).count(), kind).toBe(0);
      expect(await row.getByRole('button', { name: `Hapus ${kind}` }).count(), kind).toBe(0);
      expect(await row.getByRole('link', { name: `Unduh ${kind}` }).isVisible(), kind).toBe(true);
    }
    expect(await documents.getByLabel(`Berkas ${IJAZAH}`).count()).toBe(0);
    expect(await noSideways(pegawai)).toBeLessThanOrEqual(0);
    await expectAccessible(pegawai, 'the locked documents, on a phone');
    // Still locked when the page is opened again.
    await pegawai.reload();
    await expect
      .poll(() => documents.getByText('Anda sudah mendaftar, jadi berkas Anda dikunci.').isVisible())
      .toBe(true);
    expect(await documents.getByRole('button', { name: `Ganti ${IJAZAH}` }).count()).toBe(0);

    // The agency reads the applicant with both documents.
    await admin.reload();
    await expect
      .poll(() => section.getByRole('heading', { name: 'Pendaftar dan berkasnya (1)' }).isVisible())
      .toBe(true);
    const row = section
      .getByRole('table', { name: 'Pendaftar beasiswa dan berkasnya' })
      .getByRole('row')
      .filter({
        hasText: applicant,
      });
    expect(await row.getByText('2 dari 2 berkas').isVisible()).toBe(true);
    expect(await row.getByRole('link', { name: `Unduh ${IJAZAH} milik ${applicant}` }).isVisible()).toBe(
      true,
    );
    await expectAccessible(admin, 'the applicant and their documents');
  });
});
