import pg from 'pg';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatNip } from '../packages/domain/src/people/nip.rules';
import { browserForFile, chooseOption, expectSettledAccessible as expectAccessible } from './browser';

// Mentoring in Jakarta's Dinas Pendidikan. The agency reads its mentoring program — the scheme, the
// mentors and mentees, the pairs Jenjang proposes — and a pair's goals and sessions with their JP.
// Then it names the employee demo account a mentee, names a newcomer mentor, and pairs the two by
// hand: the newcomer covers none of the mentee's needs, so the server refuses with that rule and the
// agency sets it aside with a reason. The employee, on their phone, finds the pair under Mentoring,
// agrees a goal and logs a session of 90 minutes (2 JP); the agency confirms it, and the employee's
// pair counts the 2 JP.
//
// The file may run again on the same demo database: an employee already paired is not named or
// paired again, and every goal and topic carries the run's mark.

const GOVERNMENT = 'dki-jakarta';
const ADMIN = `admin.${GOVERNMENT}`;
const PEGAWAI = `pegawai.${GOVERNMENT}`;
const PROGRAM = 'Mentoring Administrasi dan Kebijakan Pendidikan bagi ASN Muda Dinas Pendidikan';
const RUN = Date.now().toString(36).toUpperCase();
const GOAL = `Menyusun telaah staf kebijakan zonasi secara mandiri ${RUN}`;
const TOPIC = `Membedah telaah staf kebijakan zonasi ${RUN}`;
const OVERRIDE =
  'Pimpinan meminta mentor baru ini mendampingi; levelnya dalam kompetensi program belum dinilai.';

const { as } = browserForFile();

interface Person {
  id: number;
  name: string;
  nip: string;
}

interface Facts {
  programId: number;
  /** The employee behind the pegawai demo account. */
  employee: Person;
  /**
   * An active, non-managerial employee outside the scheme, without an account, who holds no level in
   * any of the program's competencies: as a mentor they cover no need of anyone's.
   */
  newcomer: Person | null;
}

let facts: Facts;

/**
 * The program, the pegawai demo account's employee and a newcomer mentor, as the superuser reads
 * them. The demo already counts the employee among the mentees, still without a mentor; while they
 * have never been paired, the story starts before that: they are taken off the list, for the agency
 * to name them.
 */
async function readFacts(): Promise<Facts> {
  const client = new pg.Client({ connectionString: inject('superuserUrl') });
  await client.connect();
  try {
    const employee = await client.query<Person & { tenant: number }>(
      `select t.id as tenant, e.id::int as id, e.name, e.nip
       from tenant t join account a on a.tenant_id = t.id and a.username = $2
       join employee e on e.tenant_id = t.id and e.id = a.employee_id
       where t.slug = $1`,
      [GOVERNMENT, PEGAWAI],
    );
    expect(employee.rows, `the employee of ${PEGAWAI}`).toHaveLength(1);
    const { tenant, ...person } = employee.rows[0]!;
    const program = await client.query<{ id: number }>(
      `select id::int as id from program where tenant_id = $1 and title = $2`,
      [tenant, PROGRAM],
    );
    expect(program.rows, `the program ${PROGRAM}`).toHaveLength(1);
    const programId = program.rows[0]!.id;
    await client.query(
      `delete from mentoring_mentee m
       where m.tenant_id = $1 and m.program_id = $2 and m.employee_id = $3
         and not exists (select 1 from mentoring_pair p where p.tenant_id = m.tenant_id
           and p.program_id = m.program_id and p.mentee_employee_id = m.employee_id)`,
      [tenant, programId, person.id],
    );
    const newcomer = await client.query<Person>(
      `select e.id::int as id, e.name, e.nip from employee e
       where e.tenant_id = $1 and e.status = 'aktif' and e.id <> $3
         and coalesce(e.position_kind, '') not in ('jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas')
         and not exists (select 1 from account a where a.tenant_id = e.tenant_id and a.employee_id = e.id)
         and not exists (select 1 from mentoring_mentor m where m.tenant_id = e.tenant_id
           and m.program_id = $2 and m.employee_id = e.id)
         and not exists (select 1 from mentoring_mentee m where m.tenant_id = e.tenant_id
           and m.program_id = $2 and m.employee_id = e.id)
         and not exists (select 1 from competency_current c join program_competency pc
           on pc.tenant_id = c.tenant_id and pc.competency_id = c.competency_id and pc.program_id = $2
           where c.tenant_id = e.tenant_id and c.employee_id = e.id)
         and (select count(*) from employee same where same.tenant_id = e.tenant_id and same.name = e.name) = 1
       order by e.id limit 1`,
      [tenant, programId, person.id],
    );
    return { programId, employee: person, newcomer: newcomer.rows[0] ?? null };
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  facts = await readFacts();
});

interface Overview {
  mentors: { id: number; name: string; capacity: number; paired: number }[];
  mentees: { id: number; name: string; paired: boolean }[];
  pairs: { id: number; state: string; mentor: { id: number; name: string }; mentee: { id: number } }[];
}

/** The program's mentoring as the page reads it (to decide what this run still has to do). */
async function overviewOf(page: Page): Promise<Overview> {
  const response = await page.request.get(`/api/v1/programs/${facts.programId}/mentoring`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Overview;
}

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A count in a heading such as "Mentor (3)". */
async function countIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? Number.NaN);
}

/** The JP a pair page says its pair has earned ("… · 2,5 JP tercatat"). */
async function jpEarned(page: Page): Promise<number> {
  const text = (await page.getByText(/JP tercatat$/).textContent()) ?? '';
  const value = /([\d.,]+) JP tercatat$/.exec(text)?.[1];
  if (value === undefined) throw new Error(`no JP in “${text}”`);
  return Number(value.replace(/\./g, '').replace(',', '.'));
}

async function openProgram(page: Page) {
  await page.goto(`/programs/${facts.programId}`);
  await expect.poll(() => heading(page)).toBe(PROGRAM);
  const section = page.getByRole('region', { name: 'Mentoring', exact: true });
  await expect
    .poll(() => section.getByRole('heading', { name: /^Pasangan \(\d+\)$/ }).isVisible())
    .toBe(true);
  return section;
}

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('a mentoring program', () => {
  it('shows the agency its scheme, people, proposal and pairs, and a pair’s goals and sessions with JP', async () => {
    const admin = await as(ADMIN);
    const section = await openProgram(admin);
    // The scheme, as everyone who sees the pairs reads it.
    expect(await section.getByRole('button', { name: 'Ubah skema' }).isVisible()).toBe(true);
    expect(await section.getByRole('button', { name: 'Akhiri mentoring' }).isVisible()).toBe(true);
    expect(
      await section
        .getByText(/^Periode .+ – .+$/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await section.getByText(/^1 JP = \d+ menit sesi/).isVisible()).toBe(true);
    expect(await section.getByText('paling banyak 4 JP per sesi', { exact: false }).isVisible()).toBe(true);
    // Its people.
    const mentors = section.getByRole('heading', { name: /^Mentor \(\d+\)$/ });
    const mentees = section.getByRole('heading', { name: /^Mentee \(\d+\)$/ });
    expect(await countIn(mentors)).toBeGreaterThan(0);
    expect(await countIn(mentees)).toBeGreaterThan(0);
    expect(await section.getByRole('button', { name: 'Tambah mentor' }).isVisible()).toBe(true);
    expect(await section.getByRole('button', { name: 'Tambah mentee' }).isVisible()).toBe(true);
    expect(await section.getByRole('heading', { name: 'Konflik kepentingan' }).isVisible()).toBe(true);
    // The pairs Jenjang proposed and the agency kept.
    const pairsHeading = section.getByRole('heading', { name: /^Pasangan \(\d+\)$/ });
    expect(await countIn(pairsHeading)).toBeGreaterThan(0);
    const table = section.getByRole('table', { name: 'Pasangan mentoring' });
    expect(await table.getByText('Diusulkan Jenjang').first().isVisible()).toBe(true);
    await expectAccessible(admin, 'the mentoring section');

    // Pairing: a proposal for whoever is not paired, or the word that nobody is waiting.
    expect(await section.getByRole('heading', { name: 'Pemasangan' }).isVisible()).toBe(true);
    const ask = section.getByRole('button', { name: 'Usulkan pasangan optimal' });
    if (await ask.isEnabled()) {
      await ask.click();
      await expect
        .poll(() => section.getByText(/^Total skor [\d.,]+ · \d+ pasangan baru$/).isVisible())
        .toBe(true);
      const proposed = section.getByRole('list', { name: 'Pasangan yang diusulkan' });
      const unmatched = section.getByText(/^Belum mendapat mentor \(\d+\)$/);
      expect((await proposed.count()) + (await unmatched.count())).toBeGreaterThan(0);
      if ((await proposed.getByRole('checkbox', { name: /^Pakai pasangan .+ → .+$/ }).count()) > 0) {
        expect(await section.getByRole('button', { name: 'Simpan pasangan' }).isEnabled()).toBe(true);
      }
      await expectAccessible(admin, 'the proposal');
      // Nothing is kept unless asked: the proposal is closed as it came.
      await section.getByRole('button', { name: 'Tutup usulan' }).click();
      await expect.poll(() => section.getByText(/^Total skor /).count()).toBe(0);
    } else {
      expect(await section.getByText(/^0 mentee belum berpasangan\./).isVisible()).toBe(true);
    }

    // A pair still running: its goals and its sessions with their JP.
    const running = table.getByRole('row').filter({ hasNotText: 'Berakhir' });
    const link = running.getByRole('link', { name: /^Buka pasangan .+ → .+$/ }).first();
    const label = (await link.getAttribute('aria-label'))!;
    const [mentor, mentee] = label.replace('Buka pasangan ', '').split(' → ') as [string, string];
    await link.click();
    await admin.waitForURL(/\/mentoring\/\d+$/);
    await expect.poll(() => heading(admin)).toBe(`Mentoring ${mentor} → ${mentee}`);
    expect(await admin.getByRole('link', { name: `← ${PROGRAM}` }).isVisible()).toBe(true);
    expect(await jpEarned(admin)).toBeGreaterThan(0);
    expect(await admin.getByRole('heading', { level: 2, name: 'Tujuan' }).isVisible()).toBe(true);
    const goals = admin.getByRole('list', { name: 'Tujuan' });
    await expect.poll(() => goals.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await admin.getByRole('heading', { level: 2, name: 'Sesi' }).isVisible()).toBe(true);
    const sessions = admin.getByRole('list', { name: 'Sesi mentoring' });
    await expect.poll(() => sessions.getByRole('listitem').count()).toBeGreaterThan(0);
    // "12 Mei 2025 · 90 menit · 2 JP"
    expect(
      await sessions
        .getByText(/^.+ · [\d.]+ menit · [\d,]+ JP$/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await sessions.getByText('Dikonfirmasi', { exact: true }).first().isVisible()).toBe(true);
    expect(
      await sessions
        .getByText(/^Dicatat oleh mentee \(/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await admin.getByRole('heading', { level: 2, name: 'Refleksi' }).isVisible()).toBe(true);
    await expectAccessible(admin, 'a pair’s page for the agency');
  });
});

describe('an employee’s mentoring', () => {
  it('is set up by the agency, logged on the phone, confirmed by the agency and counted as JP', async () => {
    const { employee } = facts;
    const admin = await as(ADMIN);
    const section = await openProgram(admin);
    let overview = await overviewOf(admin);
    expect(
      overview.mentors.some((m) => m.id === employee.id),
      `${employee.name} (${PEGAWAI}) is a mentor of the demo program`,
    ).toBe(false);

    // The employee becomes a mentee (once: a second run finds them there).
    if (!overview.mentees.some((m) => m.id === employee.id)) {
      const before = await countIn(section.getByRole('heading', { name: /^Mentee \(\d+\)$/ }));
      await section.getByRole('button', { name: 'Tambah mentee' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Tambah mentee' });
      await dialog.getByRole('combobox', { name: 'Mentee' }).fill(employee.name);
      await admin
        .getByRole('option', { name: employee.name })
        .filter({ hasText: formatNip(employee.nip) })
        .click();
      await expectAccessible(admin, 'the mentee dialog');
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect
        .poll(() => countIn(section.getByRole('heading', { name: /^Mentee \(\d+\)$/ })))
        .toBe(before + 1);
      overview = await overviewOf(admin);
    }
    const mentees = section.getByRole('region', { name: /^Mentee \(\d+\)$/ });
    await expect.poll(() => mentees.getByText(employee.name, { exact: true }).first().isVisible()).toBe(true);

    // A newcomer mentor, paired by hand: they cover none of the mentee's needs, so the server refuses
    // with that rule, and the pair is made with the agency's reason.
    let pair = overview.pairs.find((p) => p.mentee.id === employee.id && p.state === 'active');
    if (!pair) {
      const newcomer = facts.newcomer;
      expect(newcomer, 'an employee to name as a newcomer mentor').not.toBeNull();
      const mentorsBefore = await countIn(section.getByRole('heading', { name: /^Mentor \(\d+\)$/ }));
      await section.getByRole('button', { name: 'Tambah mentor' }).click();
      const named = admin.getByRole('dialog', { name: 'Tambah mentor' });
      await named.getByRole('combobox', { name: 'Mentor' }).fill(newcomer!.name);
      await admin
        .getByRole('option', { name: newcomer!.name })
        .filter({ hasText: formatNip(newcomer!.nip) })
        .click();
      // An empty capacity is the scheme's (2 mentees).
      expect(await named.getByText('Kosongkan untuk kapasitas skema (2 mentee).').isVisible()).toBe(true);
      await expectAccessible(admin, 'the mentor dialog');
      await named.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => named.count()).toBe(0);
      await expect
        .poll(() => countIn(section.getByRole('heading', { name: /^Mentor \(\d+\)$/ })))
        .toBe(mentorsBefore + 1);
      const mentors = section.getByRole('region', { name: /^Mentor \(\d+\)$/ });
      expect(await mentors.getByText(newcomer!.name, { exact: true }).isVisible()).toBe(true);

      const pairsBefore = await countIn(section.getByRole('heading', { name: /^Pasangan \(\d+\)$/ }));
      await section.getByRole('button', { name: 'Pasangkan manual' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Pasangkan mentor dan mentee' });
      await chooseOption(admin, 'Mentor', `${newcomer!.name} (0/2)`);
      await chooseOption(admin, 'Mentee', employee.name);
      const reason = dialog.getByRole('textbox', { name: 'Alasan mengesampingkan aturan' });
      expect(await reason.count()).toBe(0);
      await dialog.getByRole('button', { name: 'Pasangkan' }).click();
      await expect
        .poll(() =>
          dialog
            .getByRole('alert')
            .getByText(
              'Mentor ini tidak menutup satu pun kebutuhan kompetensi mentee; tuliskan alasan bila tetap dibuat.',
            )
            .isVisible(),
        )
        .toBe(true);
      await expect.poll(() => reason.isVisible()).toBe(true);
      // The reason is asked for where it is typed.
      await dialog.getByRole('button', { name: 'Pasangkan' }).click();
      await expect.poll(() => dialog.getByText('Wajib diisi.').isVisible()).toBe(true);
      await expectAccessible(admin, 'the manual pair refused by a rule');
      await reason.fill(OVERRIDE);
      await dialog.getByRole('button', { name: 'Pasangkan' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect
        .poll(() => countIn(section.getByRole('heading', { name: /^Pasangan \(\d+\)$/ })))
        .toBe(pairsBefore + 1);
      const row = section
        .getByRole('table', { name: 'Pasangan mentoring' })
        .getByRole('row')
        .filter({ hasText: newcomer!.name });
      // The source cell: "Manual", and the rule set aside with its reason beneath.
      await expect
        .poll(() => row.getByRole('cell', { name: `Manual Aturan dikesampingkan: ${OVERRIDE}` }).isVisible())
        .toBe(true);
      overview = await overviewOf(admin);
      pair = overview.pairs.find((p) => p.mentee.id === employee.id && p.state === 'active');
      expect(pair, 'the new pair').toBeDefined();
    }
    const mentor = pair!.mentor.name;
    const openPair = section.getByRole('link', { name: `Buka pasangan ${mentor} → ${employee.name}` });
    await expect.poll(() => openPair.isVisible()).toBe(true);

    // The employee, on their phone: Mentoring Saya, their pair, a goal and a session.
    const pegawai = await as(PEGAWAI, { phone: true });
    await pegawai.goto('/');
    await pegawai.getByRole('button', { name: 'Buka navigasi' }).click();
    await pegawai.getByRole('navigation').getByRole('link', { name: 'Mentoring', exact: true }).click();
    await expect.poll(() => heading(pegawai)).toBe('Mentoring Saya');
    const card = pegawai
      .getByRole('list', { name: 'Mentoring Saya' })
      .getByRole('listitem')
      .filter({ hasText: `Mentor Anda: ${mentor}` });
    await expect.poll(() => card.getByText(PROGRAM).isVisible()).toBe(true);
    expect(await card.getByText('Berjalan', { exact: true }).isVisible()).toBe(true);
    expect(await noSideways(pegawai)).toBeLessThanOrEqual(0);
    await expectAccessible(pegawai, 'Mentoring Saya on a phone');
    await card.getByRole('link', { name: `Buka mentoring dengan ${mentor}` }).click();
    await pegawai.waitForURL(/\/mentoring\/\d+$/);
    await expect.poll(() => heading(pegawai)).toBe(`Mentoring dengan ${mentor}`);
    expect(await pegawai.getByText('Anda mentee', { exact: false }).isVisible()).toBe(true);
    const jpBefore = await jpEarned(pegawai);

    await pegawai.getByRole('textbox', { name: 'Tujuan baru' }).fill(GOAL);
    await pegawai.getByRole('button', { name: 'Tambah tujuan' }).click();
    const goal = pegawai
      .getByRole('list', { name: 'Tujuan' })
      .getByRole('listitem')
      .filter({ hasText: GOAL });
    await expect.poll(() => goal.getByText('Berjalan', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => pegawai.getByRole('textbox', { name: 'Tujuan baru' }).inputValue()).toBe('');

    const form = pegawai.getByRole('region', { name: 'Sesi baru' });
    await form.getByRole('textbox', { name: 'Topik' }).fill(TOPIC);
    await form.getByRole('textbox', { name: 'Durasi (menit)' }).fill('90');
    await expect.poll(() => form.getByText('Sesi ini bernilai 2 JP.').isVisible()).toBe(true);
    await form.getByRole('textbox', { name: 'Catatan (opsional)' }).fill('Membaca dua contoh telaah staf.');
    expect(await form.getByText(`JP sesi ini dicatat setelah ${mentor} mengonfirmasinya.`).isVisible()).toBe(
      true,
    );
    expect(await noSideways(pegawai)).toBeLessThanOrEqual(0);
    await expectAccessible(pegawai, 'the pair page with a goal, before logging a session');
    await form.getByRole('button', { name: 'Catat sesi' }).click();
    const session = pegawai
      .getByRole('list', { name: 'Sesi mentoring' })
      .getByRole('listitem')
      .filter({ hasText: TOPIC });
    await expect.poll(() => session.getByText('Menunggu konfirmasi').isVisible()).toBe(true);
    expect(await session.getByText(/ · 90 menit · 2 JP$/).isVisible()).toBe(true);
    // Logged by the mentee: it is the other side's (or the agency's) to confirm, not theirs.
    expect(await session.getByRole('button', { name: /^Konfirmasi sesi / }).count()).toBe(0);
    await expect.poll(() => form.getByRole('textbox', { name: 'Topik' }).inputValue()).toBe('');
    // Not counted before the confirmation.
    expect(await jpEarned(pegawai)).toBe(jpBefore);
    expect(await noSideways(pegawai)).toBeLessThanOrEqual(0);
    await expectAccessible(pegawai, 'a session waiting for its confirmation, on a phone');

    // The agency confirms it.
    await openPair.click();
    await admin.waitForURL(/\/mentoring\/\d+$/);
    await expect.poll(() => heading(admin)).toBe(`Mentoring ${mentor} → ${employee.name}`);
    const logged = admin
      .getByRole('list', { name: 'Sesi mentoring' })
      .getByRole('listitem')
      .filter({ hasText: TOPIC });
    await expect.poll(() => logged.getByText('Menunggu konfirmasi').isVisible()).toBe(true);
    expect(await logged.getByText(/^Dicatat oleh mentee \(/).isVisible()).toBe(true);
    await expectAccessible(admin, 'a session to confirm, for the agency');
    await logged
      .getByRole('button', { name: new RegExp(`^Konfirmasi sesi ${escapeRegExp(TOPIC)} \\(.+\\)$`) })
      .click();
    await expect.poll(() => logged.getByText('Dikonfirmasi', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => jpEarned(admin)).toBe(jpBefore + 2);

    // Back on the phone: the session is confirmed and the pair has its 2 JP.
    await pegawai.reload();
    await expect.poll(() => heading(pegawai)).toBe(`Mentoring dengan ${mentor}`);
    await expect.poll(() => session.getByText('Dikonfirmasi', { exact: true }).isVisible()).toBe(true);
    expect(await jpEarned(pegawai)).toBe(jpBefore + 2);
    expect(await noSideways(pegawai)).toBeLessThanOrEqual(0);
    await expectAccessible(pegawai, 'a confirmed session on a phone');
    await pegawai.getByRole('link', { name: '← Mentoring Saya' }).click();
    await expect.poll(() => heading(pegawai)).toBe('Mentoring Saya');
    const jp = new Intl.NumberFormat('id-ID').format(jpBefore + 2);
    await expect
      .poll(() => card.getByText(new RegExp(` · ${escapeRegExp(jp)} JP · berakhir `)).isVisible())
      .toBe(true);
    expect(await noSideways(pegawai)).toBeLessThanOrEqual(0);
  });
});
