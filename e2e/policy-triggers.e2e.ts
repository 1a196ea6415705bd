import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible, signInDirectly } from './browser';

// Tanjungbalai's indicator triggers: the demo's proposal on the fall of promotion satisfaction in
// semester II; an admin sets a trigger on the survey's participation through the UI, which opens
// proposals at once, and dismisses one with a reason; the leader hears of it through the bell.
// The trigger is removed again at the end; the policy's state is left as the demo told it.

const ADMIN = 'admin.tanjungbalai';
const LEADER = 'pimpinan.tanjungbalai';
const TITLE = 'Kebijakan Kepegawaian Aparatur Sipil Negara Kota Tanjungbalai';
const PARTICIPATION = 'Partisipasi survei pegawai';

let policyPath: string;

const { page: openPage } = browserForFile();

function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 15_000 });
}

async function as(username: string, options: { phone?: boolean } = {}): Promise<Page> {
  const page = await openPage(options);
  await signInDirectly(page, username);
  if (!policyPath) {
    const list = await (await page.request.get('/api/v1/policies')).json();
    const policy = list.items.find((p: { title: string }) => p.title === TITLE);
    expect(policy, `${TITLE} in the demo`).toBeDefined();
    policyPath = `/policies/${policy.id}`;
  }
  return page;
}

describe('indicator triggers and revision proposals', () => {
  it('shows the demo’s proposal on the fall of promotion, taken up by the second evaluation', async () => {
    const page = await as(ADMIN);
    await page.goto(policyPath);
    const card = page.getByRole('region', { name: 'Usulan revisi' });
    const proposal = card.getByRole('listitem').filter({ hasText: 'Semester II 2026' });
    await eventually(() => proposal.count()).toBe(1);
    expect(await proposal.getByText('Kepuasan pegawai terhadap sistem promosi').count()).toBe(1);
    expect(await proposal.getByText('Diterima', { exact: true }).count()).toBe(1);
    expect(await proposal.getByRole('link', { name: 'Lihat evaluasinya' }).count()).toBe(1);
  });

  it('adds a trigger on an indicator, which opens proposals; one is dismissed with a reason', async () => {
    const page = await as(ADMIN);
    await page.goto(policyPath);
    await page.getByRole('button', { name: `Tambah pemicu untuk ${PARTICIPATION}` }).click();
    const dialog = page.getByRole('dialog', { name: `Pemicu untuk ${PARTICIPATION}` });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: 'Aturan' }).click();
    await page.getByRole('option', { name: 'Di atas ambang' }).click();
    await dialog.getByRole('spinbutton', { name: /Ambang/ }).fill('0');
    await expectAccessible(page, 'pemicu baru');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await eventually(() => dialog.count()).toBe(0);
    const indicators = page.getByRole('region', { name: 'Indikator' });
    await eventually(() => indicators.getByText('nilai di atas 0').count()).toBe(1);
    const card = page.getByRole('region', { name: 'Usulan revisi' });
    const opened = card.getByRole('listitem').filter({ hasText: PARTICIPATION });
    await eventually(() => opened.count()).toBe(2);
    // The closed dialog's button sat where the mouse still is: read the page unhovered.
    await page.mouse.move(0, 0);
    await expectAccessible(page, 'usulan revisi');

    const first = opened.filter({ hasText: 'Semester I 2026' });
    await first.getByRole('button', { name: 'Tolak' }).click();
    const dismiss = page.getByRole('dialog', { name: 'Tolak usulan revisi' });
    await dismiss.getByRole('textbox', { name: 'Alasan' }).fill('Ambang nol hanya untuk uji coba pemicu.');
    await dismiss.getByRole('button', { name: 'Tolak' }).click();
    await eventually(() => first.getByText('Ditolak', { exact: true }).count()).toBe(1);
    expect(await first.getByText(/Ambang nol hanya untuk uji coba pemicu/).count()).toBe(1);
  });

  it('tells the leader through the bell, leading to the policy, on a phone', async () => {
    const page = await as(LEADER, { phone: true });
    await eventually(async () => {
      const list = await (await page.request.get('/api/v1/notifications')).json();
      return list.items.filter(
        (n: { kind: string; data: { indicatorName?: string } }) =>
          n.kind === 'policy.triggerFired' && n.data.indicatorName === PARTICIPATION,
      ).length;
    }).toBe(2);
    await page.goto('/');
    await page.getByRole('button', { name: /^Pemberitahuan, \d+ belum dibaca$/ }).click();
    const item = page
      .getByRole('menu')
      .getByRole('menuitem')
      .filter({ hasText: `${PARTICIPATION} pada Semester II 2026 memenuhi pemicu` });
    await eventually(() => item.count()).toBe(1);
    expect(await item.getByText('Usulan revisi kebijakan').count()).toBe(1);
    await expectAccessible(page, 'pemberitahuan usulan revisi');
    await item.click();
    await page.waitForURL(`**${policyPath}`);
    const card = page.getByRole('region', { name: 'Usulan revisi' });
    await eventually(() => card.getByRole('listitem').filter({ hasText: PARTICIPATION }).count()).toBe(2);
    // A leader reads the proposals; deciding them is the admins'.
    expect(await card.getByRole('button', { name: 'Tolak' }).count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'usulan revisi (ponsel)');
  });

  it('removes the trigger again; its proposals stay', async () => {
    const page = await as(ADMIN);
    await page.goto(policyPath);
    const indicators = page.getByRole('region', { name: 'Indikator' });
    await indicators.getByRole('button', { name: 'Hapus pemicu: nilai di atas 0' }).click();
    await eventually(() => indicators.getByText('nilai di atas 0').count()).toBe(0);
    const card = page.getByRole('region', { name: 'Usulan revisi' });
    await eventually(() => card.getByRole('listitem').filter({ hasText: PARTICIPATION }).count()).toBe(2);
  });
});
