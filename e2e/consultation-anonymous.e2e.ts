import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// A consultation round that allows anonymous input and one that invites the public: an admin opens
// the first with "Izinkan masukan anonim"; an employee, on a phone, sends a proposal anonymously and
// is told it appears once k people have written; a citizen, without an account, reads the draft of a
// published policy and sends input on the transparency page. The demo's DKI Jakarta is used: no other
// browser test relies on its policies.

const ADMIN = 'admin.dki-jakarta';
const LEADER = 'pimpinan.dki-jakarta';
const EMPLOYEE = 'pegawai.dki-jakarta';
const SLUG = 'dki-jakarta';

const { page: openPage, as } = browserForFile();

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The page's API session: a POST with its CSRF token. */
async function api(page: Page) {
  const me = await page.request.get('/api/v1/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return async <T>(path: string, data?: unknown): Promise<T> => {
    const response = await page.request.post(`/api/v1${path}`, {
      headers: { 'x-csrf-token': csrfToken },
      ...(data === undefined ? {} : { data }),
    });
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** A policy with one article, drafted by the admin; its id. */
async function draftPolicy(admin: Page, title: string): Promise<number> {
  const post = await api(admin);
  const policy = await post<{ id: number }>('/policies', {
    title,
    area: 'kepegawaian',
    purpose: 'Uji konsultasi dari peramban.',
    principles: [],
    legalBasis: [],
    ownerUnitId: null,
    surveyIds: [],
  });
  await post(`/policies/${policy.id}/draft/provisions`, {
    parentId: null,
    afterId: null,
    label: 'Pasal 1',
    body: 'Jam kerja fleksibel diberikan kepada ASN dengan persetujuan atasan langsung.',
  });
  return policy.id;
}

describe('anonymous input in a consultation round', () => {
  it('is allowed by the admin when opening the round, and sent by an employee on a phone', async () => {
    const admin = await as(ADMIN);
    const policyId = await draftPolicy(admin, `Kebijakan Jam Kerja Fleksibel ${Date.now()}`);
    await admin.goto(`/policies/${policyId}`);
    await admin.getByRole('button', { name: 'Buka konsultasi', exact: true }).click();
    const opening = admin.getByRole('dialog', { name: 'Buka konsultasi' });
    await opening.waitFor();
    await opening.getByRole('checkbox', { name: 'Izinkan masukan anonim' }).check();
    await expectAccessible(admin, 'buka konsultasi dengan masukan anonim');
    await opening.getByRole('button', { name: 'Buka konsultasi', exact: true }).click();
    await opening.waitFor({ state: 'detached' });

    const employee = await as(EMPLOYEE, { phone: true });
    await employee.goto(`/policies/${policyId}`);
    const consultation = employee.getByRole('region', { name: 'Konsultasi' });
    await consultation.getByText(/Masukan anonim diizinkan/).waitFor();
    await consultation.getByRole('button', { name: 'Tulis usulan umum' }).click();
    const form = employee.getByRole('dialog', { name: 'Tulis usulan umum' });
    await form.waitFor();
    await form.getByRole('checkbox', { name: 'Kirim sebagai anonim' }).check();
    await form.getByText(/dikirim tanpa nama/).waitFor();
    const proposal = 'Jam inti cukup pukul 09.00 sampai 14.00.';
    await form.getByRole('textbox', { name: /^Masukan Anda/ }).fill(proposal);
    await expectAccessible(employee, 'kirim sebagai anonim (ponsel)');
    await expectNoSidewaysScroll(employee);
    await form.getByRole('button', { name: 'Kirim masukan' }).click();
    await form.getByText(/Masukan anonim Anda diterima/).waitFor();
    await expectAccessible(employee, 'masukan anonim terkirim');
    await form.getByRole('button', { name: 'Tutup' }).last().click();
    await form.waitFor({ state: 'detached' });

    // One person's input waits for k people: it is not shown yet, to anyone.
    await admin.reload();
    await admin
      .getByRole('region', { name: 'Konsultasi' })
      .getByText(/Masukan anonim diizinkan/)
      .waitFor();
    expect(await admin.getByText(proposal).count()).toBe(0);
  });
});

describe('the public invited to a consultation round', () => {
  it('lets a citizen read the draft of a published policy and send input without an account', async () => {
    const admin = await as(ADMIN);
    const title = `Kebijakan Layanan Kepegawaian Terbuka ${Date.now()}`;
    const policyId = await draftPolicy(admin, title);
    const leader = await as(LEADER);
    await (await api(leader))(`/policies/${policyId}/transitions`, { transition: 'adopt' });
    const post = await api(admin);
    await post(`/policies/${policyId}/publication`, { public: true });
    await post(`/policies/${policyId}/transitions`, { transition: 'startRevision' });
    const closesOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await post(`/policies/${policyId}/transitions`, {
      transition: 'openConsultation',
      consultation: {
        closesOn,
        audience: { employees: true, leaders: false, partners: false, public: true },
      },
    });

    const citizen = await openPage({ phone: true });
    await citizen.goto(`/kebijakan/${SLUG}`);
    const card = citizen.getByRole('article', { name: title });
    await card.waitFor();
    const section = card.getByRole('region', { name: 'Konsultasi publik: rancangan versi 2' });
    await section.waitFor();
    await section.getByText(/Jam kerja fleksibel diberikan/).waitFor();
    await section
      .getByRole('textbox', { name: /^Masukan Anda/ })
      .fill('Mohon dicantumkan batas jam minimal.');
    await expectAccessible(citizen, 'konsultasi publik (ponsel)');
    await expectNoSidewaysScroll(citizen);
    await section.getByRole('button', { name: 'Kirim masukan' }).click();
    await section.getByText(/Terima kasih\. Masukan Anda diterima/).waitFor();
    await expectAccessible(citizen, 'masukan warga terkirim');

    // Staff read it as the public's, with no name.
    await admin.goto(`/policies/${policyId}`);
    const consultation = admin.getByRole('region', { name: 'Konsultasi' });
    await consultation.getByText('Mohon dicantumkan batas jam minimal.').waitFor();
    await expect
      .poll(() => consultation.getByText('Masyarakat', { exact: false }).count())
      .toBeGreaterThan(0);
  });
});
