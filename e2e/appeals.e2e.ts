import pg from 'pg';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { browserForFile, chooseOption, expectSettledAccessible as expectAccessible } from './browser';

// An appeal against a selection (sanggah), end to end in Pontianak: the employee demo account,
// waiting for a batch that had no seat for them, appeals on their phone within the published
// window; the agency upholds it with reasons and gives a seat in the other batch; the employee reads
// the decision and their seat. The program's form offers affirmative groups and the batch's form
// their reserved seats.

const GOVERNMENT = 'pontianak';
const RUN = Date.now().toString(36).toUpperCase();
const PROGRAM = `Pelatihan Pelayanan Prima Sanggah ${RUN}`;

const { as } = browserForFile();

let programId = 0;

/**
 * A program selected today that takes appeals for three days: batch I has a seat left, batch II
 * none; the employee demo account asked only for batch II and waits. Written as the superuser
 * writes it, so the selection's day is today whatever the demo's days are.
 */
async function waitingForASeat() {
  const client = new pg.Client({ connectionString: inject('superuserUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ tenant: number; employee: number }>(
      `select t.id as tenant, a.employee_id::int as employee
       from tenant t join account a on a.tenant_id = t.id and a.username = $2
       where t.slug = $1`,
      [GOVERNMENT, `pegawai.${GOVERNMENT}`],
    );
    const { tenant, employee } = rows[0]!;
    const program = await client.query<{ id: number }>(
      `insert into program (tenant_id, title, path_code, jp, provider_kind, state, eligibility, weights,
         appeal_days, selected_at, selection_summary)
       values ($1, $2, 'KL06', 16, 'internal', 'selected',
         '{"unitIds": [], "positionKinds": [], "golonganRankMin": null, "golonganRankMax": null,
           "employeeTypes": [], "requiresGap": false, "repeatAfterYears": null}',
         '{"gap": 40, "jpShortfall": 30, "sinceLastDevelopment": 20, "recommendation": 10}', 3, now(),
         jsonb_build_object('applicants', 1, 'selected', 0, 'waitlisted', 1, 'totalScore', 0, 'seats', 1,
           'minimumsMet', '[]'::jsonb, 'computedAt', now(), 'milliseconds', 1))
       returning id::int as id`,
      [tenant, PROGRAM],
    );
    const id = program.rows[0]!.id;
    const batch = async (name: string, capacity: number) =>
      (
        await client.query<{ id: number }>(
          `insert into program_batch (tenant_id, program_id, name, starts_on, ends_on, venue, capacity)
           values ($1, $2, $3, current_date + 30, current_date + 31, 'Aula BKPSDM', $4) returning id::int as id`,
          [tenant, id, name, capacity],
        )
      ).rows[0]!.id;
    await batch('Angkatan I', 1);
    const second = await batch('Angkatan II', 0);
    await client.query(
      `insert into program_application (tenant_id, program_id, employee_id, preferences, source, state,
         score, outcome, waitlist_position, score_lines)
       values ($1, $2, $3, array[$4::bigint], 'self', 'waitlisted', 4200, 'batchesFull', 1, '[]')`,
      [tenant, id, employee, second],
    );
    return id;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  programId = await waitingForASeat();
});

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

describe('an appeal against a selection', () => {
  it('is filed by the applicant on their phone, decided by the agency, and its decision read', async () => {
    const pegawai = await as(`pegawai.${GOVERNMENT}`, { phone: true });
    await pegawai.goto(`/programs/${programId}`);
    await expect.poll(() => heading(pegawai)).toBe(PROGRAM);
    const reason = pegawai.getByLabel('Ajukan sanggahan');
    await expect.poll(() => reason.isVisible()).toBe(true);
    await expectAccessible(pegawai, 'the appeal form');
    // An empty reason is refused where it is typed.
    await pegawai.getByRole('button', { name: 'Kirim sanggahan' }).click();
    await expect.poll(() => pegawai.getByText('Wajib diisi.').first().isVisible()).toBe(true);
    await reason.fill('Angkatan I masih mempunyai kursi; saya bersedia mengikuti angkatan itu.');
    await pegawai.getByRole('button', { name: 'Kirim sanggahan' }).click();
    await expect.poll(() => pegawai.getByText('Sanggahan menunggu keputusan').isVisible()).toBe(true);

    const admin = await as(`admin.${GOVERNMENT}`);
    await admin.goto(`/programs/${programId}`);
    const appeals = admin.getByRole('region', { name: 'Sanggahan seleksi' });
    await expect.poll(() => appeals.getByText('Sanggahan menunggu keputusan').isVisible()).toBe(true);
    await expectAccessible(admin, 'the appeals section');
    await appeals.getByRole('button', { name: 'Putuskan' }).click();
    const dialog = admin.getByRole('dialog');
    await chooseOption(admin, 'Keputusan', 'Sanggahan diterima');
    await dialog
      .getByLabel('Alasan keputusan')
      .fill('Kursi Angkatan I masih tersedia; pelamar bersedia pindah.');
    await chooseOption(admin, 'Berikan kursi di angkatan', 'Angkatan I (sisa 1 kursi)');
    await expectAccessible(admin, 'the decision dialog');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => appeals.getByText('Sanggahan diterima').isVisible()).toBe(true);

    await pegawai.reload();
    await expect.poll(() => pegawai.getByText('Sanggahan diterima').isVisible()).toBe(true);
    await expect
      .poll(() =>
        pegawai
          .getByText('Alasan keputusan: Kursi Angkatan I masih tersedia; pelamar bersedia pindah.')
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => pegawai.getByText('Angkatan I', { exact: true }).first().isVisible()).toBe(true);
    await expectAccessible(pegawai, 'the appeal’s decision');
  });
});

describe('a program’s affirmative groups', () => {
  it('are set in the program’s form, and a batch reserves seats for them', async () => {
    const admin = await as(`admin.${GOVERNMENT}`);
    await admin.goto('/programs');
    await expect.poll(() => heading(admin)).toBe('Program Pengembangan');
    await admin.getByRole('button', { name: 'Program baru' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Nama program').fill(`Pelatihan Afirmasi ${RUN}`);
    await dialog.getByRole('button', { name: 'Tambah kelompok afirmasi' }).click();
    await dialog.getByLabel('Nama kelompok 1').fill('Perempuan');
    await dialog.getByLabel('Jenis kelamin').click();
    await admin.getByRole('option', { name: 'Perempuan' }).click();
    await expectAccessible(admin, 'the program form with an affirmative group');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await admin
      .getByRole('link', { name: `Pelatihan Afirmasi ${RUN}` })
      .first()
      .click();
    await expect.poll(() => heading(admin)).toBe(`Pelatihan Afirmasi ${RUN}`);
    await expect.poll(() => admin.getByText('Perempuan: Perempuan').isVisible()).toBe(true);
    await admin.getByRole('button', { name: 'Tambah angkatan' }).click();
    const batch = admin.getByRole('dialog');
    await batch.getByLabel('Tanggal mulai').fill('2027-03-01');
    await batch.getByLabel('Tanggal selesai').fill('2027-03-02');
    await batch.getByLabel('Kursi cadangan untuk Perempuan').fill('5');
    await expectAccessible(admin, 'the batch form with reserved seats');
    await batch.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => batch.isVisible()).toBe(false);
    await expect.poll(() => admin.getByText('5 kursi di Angkatan 1').isVisible()).toBe(true);
  });
});
