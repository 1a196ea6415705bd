import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// A manual indicator in the browser: Belawan's admin, on a phone, adds one to a policy of this run
// (the demo's own are left alone), enters a value with a partner's report from disk, sees it as a
// point, downloads the report back and withdraws the value; Belawan's leader reads the demo's
// partner graduates.

const ADMIN = 'admin.belawan';
const LEADER = 'pimpinan.belawan';
const TITLE = `Kebijakan Kemitraan Uji ${Date.now().toString(36)}`;
const INDICATOR = 'Lulusan kemitraan uji';

let reportPath: string;
let report: Buffer;
let policyPath: string;

/** A small PDF, its cross-reference table and all, as a partner's report would be saved. */
function pdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const { as } = browserForFile();

beforeAll(async () => {
  report = pdf();
  reportPath = path.join(tmpdir(), `laporan-kemitraan-${Date.now().toString(36)}.pdf`);
  await writeFile(reportPath, report);
});

describe('a manual indicator', () => {
  it('takes a value with its evidence from disk, shows the point, gives the file back and withdraws it', async () => {
    const page = await as(ADMIN, { phone: true });
    await page.goto('/policies');
    await page.getByRole('button', { name: 'Kebijakan baru' }).click();
    const create = page.getByRole('dialog', { name: 'Kebijakan baru' });
    await create.waitFor();
    await create.getByRole('textbox', { name: /^Judul/ }).fill(TITLE);
    await create.getByRole('textbox', { name: /^Tujuan/ }).fill('Kemitraan dengan perguruan tinggi.');
    await create.getByRole('button', { name: 'Buat kebijakan' }).click();
    await page.waitForURL(/\/policies\/\d+$/);
    policyPath = new URL(page.url()).pathname;

    await page.getByRole('button', { name: 'Tambah indikator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah indikator' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /^Nama indikator/ }).fill(INDICATOR);
    await dialog.getByRole('combobox', { name: 'Sumber' }).click();
    await page.getByRole('option', { name: /^Dicatat manual dengan bukti/ }).click();
    await dialog.getByRole('textbox', { name: /^Satuan/ }).fill('orang');
    await dialog.getByRole('spinbutton', { name: /^Target/ }).fill('40');
    await expectAccessible(page, 'tambah indikator manual');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });

    const card = page.getByRole('region', { name: 'Indikator' });
    await expect.poll(() => card.getByText(INDICATOR, { exact: true }).count()).toBe(1);
    await card.getByRole('button', { name: 'Tambah pengukuran' }).click();
    const measure = page.getByRole('dialog', { name: 'Tambah pengukuran' });
    await measure.waitFor();
    await measure.getByRole('textbox', { name: /^Nilai/ }).fill('23');
    await measure.getByLabel(/^Tanggal data/).fill('2026-06-30');
    await measure
      .getByRole('textbox', { name: /^Sumber data/ })
      .fill('Laporan Semester I, Universitas Sumatera Utara');
    await measure.getByTestId('measurement-file-input').setInputFiles(reportPath);
    await expectAccessible(page, 'tambah pengukuran');
    await measure.getByRole('button', { name: 'Simpan' }).click();
    await measure.waitFor({ state: 'detached' });

    const values = card.getByRole('table', { name: `Nilai ${INDICATOR} dari waktu ke waktu` });
    await expect.poll(() => values.getByRole('row').count()).toBe(1);
    expect(await values.getByRole('row').first().innerText()).toContain('23');
    expect(await card.getByRole('img', { name: new RegExp(`^Grafik ${INDICATOR}`) }).count()).toBe(1);
    const link = card.getByRole('link', { name: /^Unduh bukti: laporan-kemitraan-/ });
    await expect.poll(() => link.count()).toBe(1);
    await expectAccessible(page, 'indikator manual');

    const download = page.waitForEvent('download');
    await link.click();
    const saved = await (await download).path();
    expect((await readFile(saved)).equals(report)).toBe(true);

    // A wrong value is withdrawn with its reason: it stays listed, and leaves the chart.
    await card.getByRole('button', { name: 'Tarik pengukuran 30 Juni 2026' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Tarik pengukuran 30 Juni 2026' });
    await withdraw.waitFor();
    await withdraw.getByRole('textbox', { name: /^Alasan/ }).fill('Tanggal laporan salah.');
    await expectAccessible(page, 'tarik pengukuran');
    await withdraw.getByRole('button', { name: 'Tarik pengukuran', exact: true }).click();
    await withdraw.waitFor({ state: 'detached' });
    await expect.poll(() => card.getByText('Ditarik', { exact: true }).count()).toBe(1);
    await expect.poll(() => values.getByRole('row').count()).toBe(0);
    expect(await card.getByText(/Tanggal laporan salah\./).count()).toBe(1);
  });

  it('has a value cited by a clause of the draft, and the indicator names the clause', async () => {
    const page = await as(ADMIN);
    await page.goto(policyPath);
    const card = page.getByRole('region', { name: 'Indikator' });
    await card.getByRole('button', { name: 'Tambah pengukuran' }).click();
    const measure = page.getByRole('dialog', { name: 'Tambah pengukuran' });
    await measure.waitFor();
    await measure.getByRole('textbox', { name: /^Nilai/ }).fill('31');
    await measure.getByLabel(/^Tanggal data/).fill('2026-11-30');
    await measure.getByRole('textbox', { name: /^Sumber data/ }).fill('Laporan Semester II');
    await measure.getByTestId('measurement-file-input').setInputFiles(reportPath);
    await measure.getByRole('button', { name: 'Simpan' }).click();
    await measure.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Susun naskah rancangan' }).click();
    await page.waitForURL(/\/versions\/\d+$/);
    await page.getByRole('button', { name: 'Tambah bab atau pasal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah ketentuan' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /^Nomor/ }).fill('Pasal 1');
    await dialog
      .getByRole('textbox', { name: 'Bunyi ketentuan' })
      .fill('Pemerintah daerah bermitra dengan perguruan tinggi untuk pengembangan kompetensi ASN.');
    await dialog
      .locator('label', { hasText: /^Indikator$/ })
      .first()
      .click();
    await dialog.getByRole('combobox', { name: 'Indikator' }).click();
    await page.getByRole('option', { name: INDICATOR }).click();
    await dialog.getByRole('combobox', { name: 'Nilai' }).click();
    await page.getByRole('option', { name: /30 Nov 2026: 31$/ }).click();
    await dialog.getByRole('button', { name: 'Tambahkan bukti' }).click();
    await expect.poll(() => dialog.getByText(`${INDICATOR}: 31 (30 Nov 2026)`).count()).toBe(1);
    await expectAccessible(page, 'mengutip nilai indikator');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The reverse view: the indicator names the clause citing its value, and keeps it.
    await page.goto(policyPath);
    const cited = card.getByRole('link', { name: `Versi 1 · Pasal 1: 31 (30 Nov 2026)` });
    await expect.poll(() => cited.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.getByRole('button', { name: `Hapus indikator ${INDICATOR}` }).count()).toBe(0);
    await expectAccessible(page, 'indikator yang dikutip');
  });

  it('shows a leader the demo’s partner graduates with their reports', async () => {
    const page = await as(LEADER);
    await page.goto('/policies');
    await page.getByRole('link', { name: 'Kebijakan Pengembangan Sumber Daya Manusia ASN Belawan' }).click();
    const card = page.getByRole('region', { name: 'Indikator' });
    await expect
      .poll(() => card.getByText('ASN lulusan program kemitraan perguruan tinggi', { exact: true }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await expect
      .poll(() => card.getByRole('link', { name: /^Unduh bukti: laporan-kemitraan-usu/ }).count())
      .toBe(2);
    expect(await card.getByText('Proporsi PPPK di antara ASN aktif', { exact: true }).count()).toBe(1);
    // Read, not entered: a leader has no measurement to add.
    expect(await card.getByRole('button', { name: 'Tambah pengukuran' }).count()).toBe(0);
    await expectAccessible(page, 'indikator demo belawan');
  });
});
