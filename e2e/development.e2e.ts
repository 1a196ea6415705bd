import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, chooseOption, expectSettledAccessible as expectAccessible } from './browser';

// Competency development in the browser, in Tanjungpinang. The admin drafts an OPD's part of this
// year's Rencana Pengembangan Kompetensi from a generated proposal, edits an item and proposes it,
// then consolidates it into the government's plan, which only the leader may approve. On an
// employee's record the admin records a training and sees the JP progress, and starts the
// person's IDP from their gaps; the employee opens "Pengembangan Saya" on a phone and sees their
// gaps, JP and IDP without the means to agree their own plan.

const ADMIN = 'admin.tanjungpinang';
const LEADER = 'pimpinan.tanjungpinang';
const EMPLOYEE = 'pegawai.tanjungpinang';
const RUN = Date.now().toString(36).toUpperCase();

const { as } = browserForFile();

interface Unit {
  id: number;
  parentId: number | null;
  name: string;
  employeeCount: number | null;
  closedOn: string | null;
}

/** The OPD with the most people in its subtree: its gaps make a proposal. */
async function largestOpd(page: Page): Promise<Unit> {
  const { items } = (await (await page.request.get('/api/v1/units')).json()) as { items: Unit[] };
  const parent = new Map(items.map((u) => [u.id, u.parentId]));
  const topOf = (id: number): number => {
    let current = id;
    for (let up = parent.get(current); up !== null && up !== undefined; up = parent.get(current))
      current = up;
    return current;
  };
  const counts = new Map<number, number>();
  for (const unit of items)
    counts.set(topOf(unit.id), (counts.get(topOf(unit.id)) ?? 0) + (unit.employeeCount ?? 0));
  const opds = items.filter((u) => u.parentId === null && u.closedOn === null);
  opds.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  return opds[0]!;
}

let planPath = '';
let governmentPath = '';
let opdName = '';

describe('competency development plans', () => {
  it('lets the admin draft an OPD part from a generated proposal, edit it and propose it', async () => {
    const page = await as(ADMIN);
    const opd = await largestOpd(page);
    opdName = opd.name;
    await page.goto('/');
    // The nav entry is there; going by address keeps the pointer off it (a hovered entry is darker).
    await expect
      .poll(() => page.getByRole('navigation').getByRole('link', { name: 'Rencana Pengembangan' }).count())
      .toBe(1);
    await page.goto('/development-plans');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Rencana Pengembangan Kompetensi');
    await expectAccessible(page, 'the plans of a year');

    await page.getByRole('button', { name: 'Buat rencana' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buat rencana' });
    await dialog.getByText('Bagian satu OPD').click();
    await chooseOption(page, 'OPD', opd.name);
    await dialog.getByLabel('Anggaran (Rp)').fill('1000000');
    await expectAccessible(page, 'the new plan dialog');
    await dialog.getByRole('button', { name: 'Buat rencana' }).click();

    await page.waitForURL(/\/development-plans\/\d+$/);
    planPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(opd.name);
    await expect.poll(() => page.getByText('Rencana ini belum berisi kegiatan.').isVisible()).toBe(true);
    await expectAccessible(page, 'an empty draft');

    await page.getByRole('button', { name: 'Susun usulan otomatis' }).click();
    const generate = page.getByRole('dialog', { name: 'Susun usulan otomatis' });
    await generate.getByLabel('Biaya per peserta (Rp)').fill('250000');
    await expectAccessible(page, 'the proposal dialog');
    await generate.getByRole('button', { name: 'Susun usulan' }).click();
    await expect.poll(() => generate.isVisible()).toBe(false);
    const table = page.getByRole('table', { name: /Kegiatan rencana/ });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1);
    // Generated at 250,000 a participant, the proposal goes over a budget of a million.
    await expect
      .poll(() =>
        page
          .getByText(/melebihi anggaran/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        table
          .getByText(/di bawah standar/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectAccessible(page, 'a generated draft');

    const title = `Pelatihan Uji ${RUN}`;
    await table
      .getByRole('button', { name: /^Ubah / })
      .first()
      .click();
    const edit = page.getByRole('dialog', { name: 'Ubah kegiatan' });
    await edit.getByLabel('Nama kegiatan').fill(title);
    await edit.getByLabel('Peserta').fill('3');
    // The item carries out one of the government's policies, shown on the item as a link to it.
    await edit.getByRole('combobox', { name: 'Kebijakan yang dilaksanakan' }).click();
    const policyOption = page.getByRole('option').filter({ visible: true }).first();
    const policyTitle = (await policyOption.textContent())!.trim();
    await policyOption.click();
    await expectAccessible(page, 'the item dialog');
    await edit.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await expect.poll(() => table.getByText(title).isVisible()).toBe(true);
    const cited = table.getByRole('link', { name: policyTitle });
    await expect.poll(() => cited.count()).toBe(1);
    expect(await cited.getAttribute('href')).toMatch(/^\/policies\/\d+$/);

    await page.getByRole('button', { name: 'Usulkan ke BKPSDM' }).click();
    await expect.poll(() => page.getByText('Diusulkan OPD').first().isVisible()).toBe(true);
    // Proposed, the part is no longer the OPD's to change.
    await expect.poll(() => page.getByRole('button', { name: 'Susun usulan otomatis' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Unduh XLSX' }).getAttribute('href')).toMatch(
      /\/api\/v1\/development-plans\/\d+\/export\.xlsx\?lang=id$/,
    );
    await expectAccessible(page, 'a proposed part');
  });

  it('lets the BKPSDM consolidate a proposal, and only the leader approve the government plan', async () => {
    const page = await as(ADMIN);
    await page.goto(planPath);
    await expect
      .poll(() => page.getByRole('button', { name: 'Kembalikan dengan alasan' }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Kembalikan dengan alasan' }).click();
    const back = page.getByRole('dialog', { name: 'Kembalikan rencana ke OPD' });
    await back.getByRole('button', { name: 'Kembalikan dengan alasan' }).click();
    await expect.poll(() => back.getByText('Tuliskan alasan pengembalian.').isVisible()).toBe(true);
    await expectAccessible(page, 'the return dialog with its error');
    await back.getByRole('button', { name: 'Batal' }).click();

    await page.getByRole('button', { name: 'Gabungkan ke rencana pemerintah daerah' }).click();
    await expect.poll(() => page.getByText('Digabungkan BKPSDM').first().isVisible()).toBe(true);

    await page.getByRole('link', { name: 'Semua rencana' }).click();
    const government = page.getByRole('region', { name: 'Rencana pemerintah daerah' });
    await expect.poll(() => government.getByRole('link').first().isVisible()).toBe(true);
    await government.getByRole('link').first().click();
    await page.waitForURL(/\/development-plans\/\d+$/);
    governmentPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByText(`Dari ${opdName}`).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Setujui' }).count()).toBe(0);
    await expectAccessible(page, 'the government plan for its admin');

    const leader = await as(LEADER);
    await leader.goto(governmentPath);
    await leader.getByRole('button', { name: 'Setujui' }).click();
    await expect.poll(() => leader.getByText('Disetujui').first().isVisible()).toBe(true);
    await expect.poll(() => leader.getByRole('link', { name: 'Unduh XLSX' }).isVisible()).toBe(true);
    await expectAccessible(leader, 'an approved government plan');
  });
});

interface Me {
  csrfToken: string;
  user: { employeeId: number | null };
}

interface Attainment {
  attainment: { earned: number; target: number };
}

const jpText = (value: number) => value.toLocaleString('id-ID', { maximumFractionDigits: 2 });

describe("an employee's development", () => {
  let employeeId = 0;

  it("records an activity on an employee's record and starts their IDP from their gaps", async () => {
    const own = await as(EMPLOYEE);
    employeeId = ((await (await own.request.get('/api/v1/auth/me')).json()) as Me).user.employeeId!;
    await own.close();

    const page = await as(ADMIN);
    await page.goto(`/employees/${employeeId}`);
    const section = page.getByRole('region', { name: 'Pengembangan & JP' });
    await expect
      .poll(() =>
        section
          .getByText(/ dari .* JP$/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectAccessible(page, "an employee's development section");

    const activity = `Bimtek Uji ${RUN}`;
    await section.getByRole('button', { name: 'Catat kegiatan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Catat kegiatan pengembangan' });
    await dialog.getByLabel('Nama kegiatan').fill(activity);
    await dialog.getByLabel('JP').fill('12');
    await dialog.getByLabel('Penyelenggara').fill('BPSDM Provinsi');
    await expectAccessible(page, 'the record activity dialog');
    await dialog.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await expect.poll(() => section.getByRole('table').getByText(activity).isVisible()).toBe(true);

    const year = new Date().getFullYear();
    const { attainment } = (await (
      await page.request.get(`/api/v1/employees/${employeeId}/development?year=${year}`)
    ).json()) as Attainment;
    expect(attainment.earned).toBeGreaterThanOrEqual(12);
    await expect
      .poll(() =>
        section.getByText(`${jpText(attainment.earned)} dari ${jpText(attainment.target)} JP`).isVisible(),
      )
      .toBe(true);
    await expectAccessible(page, 'the development section with an activity');

    const idp = page.getByRole('region', { name: 'Rencana Pengembangan Individu (IDP)' });
    await idp.getByRole('button', { name: 'Buat IDP' }).click();
    await expect.poll(() => idp.getByText('Draf').first().isVisible()).toBe(true);
    await expect.poll(() => idp.getByRole('button', { name: 'Simpan IDP' }).isVisible()).toBe(true);
    await expect.poll(() => idp.getByRole('button', { name: 'Setujui' }).isVisible()).toBe(true);
    await expectAccessible(page, 'a draft IDP for the admin');
  });

  it('shows the employee their gaps, JP and IDP on a phone, without agreeing their own IDP', async () => {
    const page = await as(EMPLOYEE, { phone: true });
    await page.goto('/my-development');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pengembangan Saya');
    await expect.poll(() => page.getByRole('region', { name: 'Kompetensi' }).isVisible()).toBe(true);
    const jp = page.getByRole('region', { name: 'Pengembangan & JP' });
    await expect
      .poll(() =>
        jp
          .getByText(/ dari .* JP$/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => jp.getByText(`Bimtek Uji ${RUN}`).isVisible()).toBe(true);
    const idp = page.getByRole('region', { name: 'Rencana Pengembangan Individu (IDP)' });
    await expect.poll(() => idp.getByText('Draf').first().isVisible()).toBe(true);
    await expect.poll(() => idp.getByText(/bukan oleh Anda sendiri/).isVisible()).toBe(true);
    expect(await idp.getByRole('button', { name: 'Setujui' }).count()).toBe(0);
    await expect.poll(() => idp.getByRole('button', { name: 'Simpan IDP' }).isVisible()).toBe(true);
    await expectAccessible(page, 'Pengembangan Saya on a phone');
  });
});
