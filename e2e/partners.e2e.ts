import pg from 'pg';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForFile, expectSettledAccessible as expectAccessible } from './browser';

// Belawan's agency keeps its partners: it records a new agreement with the university that trains
// its ASN and reads it as in force. The university's trainer signs in with the demo account
// mitra.belawan: their navigation offers only what a trainer may use, and "Angkatan yang Saya Ajar"
// leads to a batch they teach, running today, where they mark a participant present.

const GOVERNMENT = 'belawan';
const RUN = Date.now().toString(36).toUpperCase();
const PROGRAM = `Bimbingan Teknis Narasumber Mitra ${RUN}`;
const PARTNER = 'Universitas Sumatera Utara';

const { as } = browserForFile();

let participant = '';

/**
 * A running program of the government with a batch from today (the government's day) and one
 * participant, naming mitra.belawan as its trainer; written as the superuser writes it, since the
 * demo's batches are all past or ahead.
 */
async function batchToday() {
  const client = new pg.Client({ connectionString: inject('superuserUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ tenant: number; employee: number; name: string; mitra: number }>(
      `select t.id as tenant, e.id::int as employee, e.name, a.id::int as mitra
       from tenant t join employee e on e.tenant_id = t.id
       join account a on a.tenant_id = t.id and a.username = $2
       where t.slug = $1 order by e.id limit 1`,
      [GOVERNMENT, `mitra.${GOVERNMENT}`],
    );
    const { tenant, employee, name, mitra } = rows[0]!;
    const program = await client.query<{ id: number }>(
      `insert into program (tenant_id, title, path_code, jp, provider_kind, provider_name, state, eligibility, weights)
       values ($1, $2, 'KL10', 16, 'partner', $3, 'selected', '{}', '{}') returning id::int as id`,
      [tenant, PROGRAM, PARTNER],
    );
    const batch = await client.query<{ id: number }>(
      `insert into program_batch (tenant_id, program_id, name, starts_on, ends_on, venue, capacity, taken)
       values ($1, $2, 'Angkatan I', (now() at time zone 'Asia/Jakarta')::date,
         (now() at time zone 'Asia/Jakarta')::date + 1, 'Ruang Rapat BKPSDM', 1, 1) returning id::int as id`,
      [tenant, program.rows[0]!.id],
    );
    await client.query(
      `insert into program_application (tenant_id, program_id, employee_id, preferences, source, state, batch_id)
       values ($1, $2, $3, array[$4::bigint], 'self', 'selected', $4)`,
      [tenant, program.rows[0]!.id, employee, batch.rows[0]!.id],
    );
    await client.query(
      `insert into program_batch_trainer (tenant_id, batch_id, name, topic, account_id)
       values ($1, $2, 'Mitra Pelatihan Universitas', 'Praktik sistem informasi', $3)`,
      [tenant, batch.rows[0]!.id, mitra],
    );
    return name;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  participant = await batchToday();
});

/** The participant's checkbox for a day: "<name> hadir pada <day>". */
const present = () => new RegExp(`^${participant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} hadir pada `);

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

describe('partners', () => {
  it('are kept by the agency: a new agreement reads as in force', async () => {
    const admin = await as(`admin.${GOVERNMENT}`);
    await admin.goto('/');
    await admin.getByRole('navigation').getByRole('link', { name: 'Mitra', exact: true }).click();
    await expect.poll(() => heading(admin)).toBe('Mitra');
    const card = admin.getByRole('region', { name: PARTNER });
    await expect
      .poll(() => card.getByRole('table', { name: `Perjanjian kerja sama dengan ${PARTNER}` }).isVisible())
      .toBe(true);
    await expectAccessible(admin, 'the partners page');
    await card.getByRole('button', { name: `Tambah perjanjian dengan ${PARTNER}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Perjanjian kerja sama dengan ${PARTNER}` });
    await dialog.getByLabel('Nomor perjanjian').fill(`PKS/${RUN}/2026`);
    await dialog.getByLabel('Ruang lingkup').fill('Pendampingan penerapan sistem informasi pelayanan.');
    await dialog.getByLabel('Berlaku mulai').fill('2026-01-01');
    // The last day before the first is refused where it is typed.
    await dialog.getByLabel('Berlaku sampai').fill('2025-12-31');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() =>
        dialog.getByText('Tanggal akhir berlaku tidak boleh sebelum tanggal mulai berlaku.').isVisible(),
      )
      .toBe(true);
    await dialog.getByLabel('Berlaku sampai').fill('2030-12-31');
    await expectAccessible(admin, 'the agreement dialog');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const row = card.getByRole('row').filter({ hasText: `PKS/${RUN}/2026` });
    await expect.poll(() => row.getByText('Berlaku', { exact: true }).isVisible()).toBe(true);
  });
});

describe('a partner’s trainer', () => {
  it('sees only what a trainer uses, and marks a participant of their batch present', async () => {
    // The menu: their teaching, never the catalog, the registry or the partners.
    const desk = await as(`mitra.${GOVERNMENT}`);
    await desk.goto('/');
    const nav = desk.getByRole('navigation');
    await expect
      .poll(() => nav.getByRole('link', { name: 'Angkatan yang Saya Ajar' }).isVisible())
      .toBe(true);
    for (const hidden of ['Program Pengembangan', 'Pegawai', 'Mitra']) {
      expect(await nav.getByRole('link', { name: hidden, exact: true }).count()).toBe(0);
    }
    await expectAccessible(desk, 'the trainer’s home');
    // On their phone, at the batch.
    const mitra = await as(`mitra.${GOVERNMENT}`, { phone: true });
    await mitra.goto('/teaching');
    await expect.poll(() => heading(mitra)).toBe('Angkatan yang Saya Ajar');
    await expectAccessible(mitra, 'my teaching');
    await mitra.getByRole('link', { name: `Buka daftar hadir ${PROGRAM} — Angkatan I` }).click();
    await mitra.waitForURL(/\/batches\/\d+$/);
    const roster = mitra.getByRole('table', { name: 'Kehadiran peserta' });
    await expect.poll(() => roster.getByRole('row').count()).toBe(2);
    // Closing the batch is the agency's.
    expect(await mitra.getByRole('button', { name: 'Tutup angkatan dan tetapkan kelulusan' }).count()).toBe(
      0,
    );
    const today = roster.getByRole('checkbox', { name: present() }).first();
    // The box follows the server: it is ticked once the attendance is recorded.
    await today.click();
    await expect.poll(() => today.isChecked()).toBe(true);
    await mitra.reload();
    await expect
      .poll(() =>
        mitra
          .getByRole('table', { name: 'Kehadiran peserta' })
          .getByRole('checkbox', { name: present() })
          .first()
          .isChecked(),
      )
      .toBe(true);
    await expectAccessible(mitra, 'the trainer’s roster');
  });
});
