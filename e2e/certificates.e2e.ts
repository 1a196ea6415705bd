import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForFile, expectSettledAccessible } from './browser';

// A certificate's public verification page, where its QR code leads: someone holding the
// certificate opens it on a phone without signing in and reads whether it stands (or since when it
// was revoked), for whom and for what — and an unknown code is said to be unknown. And where the
// agency sets what its certificates carry: Pengaturan › Instansi.

const SLUG = 'tanjungpinang';
const PROGRAM = 'Bimbingan Teknis Verifikasi Sertifikat';

const { page: openPage, as } = browserForFile();

let valid: { code: string; name: string };
let revoked: { code: string; name: string };

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * A completed program of the government with two certificates, one revoked, written as the
 * superuser writes them: the demo data's programs need not have closed a batch yet.
 */
async function certificates() {
  const client = new pg.Client({ connectionString: inject('superuserUrl') });
  await client.connect();
  try {
    const { rows: people } = await client.query<{ tenant: number; id: number; name: string }>(
      `select e.tenant_id as tenant, e.id::int as id, e.name from employee e
       join tenant t on t.id = e.tenant_id where t.slug = $1 order by e.id limit 2`,
      [SLUG],
    );
    const tenant = people[0]!.tenant;
    const program = await client.query<{ id: number }>(
      `insert into program (tenant_id, title, path_code, jp, provider_kind, state, eligibility, weights)
       values ($1, $2, 'KL10', 16, 'internal', 'completed', '{}', '{}') returning id::int as id`,
      [tenant, PROGRAM],
    );
    const batch = await client.query<{ id: number }>(
      `insert into program_batch (tenant_id, program_id, name, starts_on, ends_on, capacity, taken)
       values ($1, $2, 'Angkatan I', '2026-03-02', '2026-03-04', 2, 2) returning id::int as id`,
      [tenant, program.rows[0]!.id],
    );
    const issued = [];
    for (const [index, person] of people.entries()) {
      const application = await client.query<{ id: number }>(
        `insert into program_application (tenant_id, program_id, employee_id, preferences, source, state, batch_id)
         values ($1, $2, $3, array[$4::bigint], 'self', 'selected', $4) returning id::int as id`,
        [tenant, program.rows[0]!.id, person.id, batch.rows[0]!.id],
      );
      const code = randomBytes(12).toString('base64url');
      await client.query(
        `insert into program_certificate (tenant_id, application_id, number, verification_code, issued_on,
           revoked_at, revoked_reason)
         values ($1, $2, $3, $4, '2026-03-04', $5, $6)`,
        [
          tenant,
          application.rows[0]!.id,
          `${program.rows[0]!.id}/${index + 1}/2026`,
          code,
          index === 1 ? '2026-04-07T03:00:00Z' : null,
          index === 1 ? 'Diterbitkan karena kekeliruan.' : null,
        ],
      );
      issued.push({ code, name: person.name });
    }
    return issued;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  [valid, revoked] = (await certificates()) as [typeof valid, typeof revoked];
});

describe('a certificate’s verification page', () => {
  it('says on a phone, without signing in, that a certificate stands, for whom and for what', async () => {
    const page = await openPage({ phone: true });
    await page.goto(`/verifikasi/${SLUG}/${valid.code}`);
    await page.getByRole('heading', { level: 1, name: 'Verifikasi sertifikat' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sertifikat sah' }).waitFor();
    await expect
      .poll(() => page.getByText(/diterbitkan oleh Kota Tanjungpinang dan berlaku/).count())
      .toBe(1);
    await expect.poll(() => page.getByText(valid.name).count()).toBe(1);
    await expect.poll(() => page.getByText(PROGRAM).count()).toBe(1);
    await expect.poll(() => page.getByText('2 Maret 2026 – 4 Maret 2026').count()).toBe(1);
    await expect.poll(() => page.getByText('16 JP').count()).toBe(1);
    await expectSettledAccessible(page, 'certificate verification, valid');
    await expectNoSidewaysScroll(page);
  });

  it('says a revoked certificate was revoked, and since when', async () => {
    const page = await openPage({ phone: true });
    await page.goto(`/verifikasi/${SLUG}/${revoked.code}`);
    await page.getByRole('heading', { level: 2, name: 'Sertifikat telah dicabut' }).waitFor();
    await expect.poll(() => page.getByText(/dicabut pada 7 April 2026/).count()).toBe(1);
    await expect.poll(() => page.getByText(revoked.name).count()).toBe(1);
    // The reason is the agency's record, not the public's.
    expect(await page.getByText('Diterbitkan karena kekeliruan.').count()).toBe(0);
    await expectSettledAccessible(page, 'certificate verification, revoked');
  });

  it('says plainly that an unknown code, or a code of another government, matches no certificate', async () => {
    const page = await openPage({ phone: true });
    await page.goto(`/verifikasi/${SLUG}/${randomBytes(12).toString('base64url')}`);
    await page.getByRole('heading', { level: 2, name: 'Sertifikat tidak ditemukan' }).waitFor();
    await expectSettledAccessible(page, 'certificate verification, unknown');
    await page.goto(`/verifikasi/belawan/${valid.code}`);
    await page.getByRole('heading', { level: 2, name: 'Sertifikat tidak ditemukan' }).waitFor();
  });

  it('reads in English on request', async () => {
    const page = await openPage({ phone: true });
    await page.goto(`/verifikasi/${SLUG}/${valid.code}`);
    await page.getByRole('heading', { level: 2, name: 'Sertifikat sah' }).waitFor();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Valid certificate' }).waitFor();
    await expect.poll(() => page.getByText('March 2, 2026 – March 4, 2026').count()).toBe(1);
  });
});

describe('the certificates’ letterhead in the government’s settings', () => {
  it('takes the agency and the signer, refusing a NIP that is no NIP in words', async () => {
    const page = await as('admin.tanjungpinang');
    await page.goto('/settings/government');
    const group = page.getByRole('group', { name: 'Kop dan penanda tangan sertifikat' });
    await group.waitFor();
    await group
      .getByRole('textbox', { name: 'Nama instansi' })
      .fill('Badan Kepegawaian dan Pengembangan SDM');
    await group.getByRole('textbox', { name: 'Jabatan penanda tangan' }).fill('Kepala BKPSDM');
    await group
      .getByRole('textbox', { name: 'Nama penanda tangan (dengan gelar)' })
      .fill('Ir. Hendra, M.Si.');
    const nip = group.getByRole('textbox', { name: /^NIP penanda tangan/ });
    await nip.fill('12345');
    await expect.poll(() => page.getByText('NIP harus 18 digit, ditemukan 5 digit (12345).').count()).toBe(1);
    const save = page.getByRole('button', { name: 'Simpan pengaturan' });
    expect(await save.isDisabled()).toBe(true);
    await expectSettledAccessible(page, 'settings, letterhead with a wrong NIP');
    await nip.fill('19700512 199303 1 004');
    await save.click();
    await expect.poll(() => page.getByTestId('settings-saved').textContent()).toBe('Pengaturan disimpan.');
    await page.reload();
    await expect.poll(() => nip.inputValue()).toBe('197005121993031004');
    // As the demo had it.
    const session = await (await page.request.get('/api/v1/auth/me')).json();
    const reset = await page.request.put('/api/v1/settings/government', {
      headers: { 'x-csrf-token': session.csrfToken },
      data: {
        letterhead: { agency: null, address: null, signerName: null, signerTitle: null, signerNip: null },
      },
    });
    expect(reset.status()).toBe(200);
  });
});
