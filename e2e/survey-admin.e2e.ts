import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as expectAxeClean, launchBrowser, newPage, signInDirectly } from './browser';

// Surveys of Pontianak only, with titles no other test uses; everything is created through the UI.
const ADMIN = 'admin.pontianak';
const EMPLOYEE = 'pegawai.pontianak';
const LEADER = 'pimpinan.pontianak';
const RUN = Date.now().toString(36);
const ANONYMOUS_TITLE = `Uji admin kepuasan pegawai ${RUN}`;
const PUBLIC_TITLE = `Uji admin SKM loket ${RUN}`;
const SERVICE = `Layanan Uji Poster ${RUN}`;
const FIRST_WAVE = 'Semester I uji';
const SECOND_WAVE = 'Semester II uji';
const IDENTIFIED_TITLE = `Uji admin kebutuhan pelatihan ${RUN}`;
const ARCHIVE_TITLE = `Uji admin arsip ${RUN}`;

let browser: Browser;
/** The questionnaire copied from the employee-satisfaction template, frozen once its wave opened. */
let instrumentPath: string;
/** The list of who has not answered the identified survey's wave. */
let nonRespondentsPath: string;

beforeAll(async () => {
  browser = await launchBrowser();
});
// A failed test leaves its page open; the next one starts clean.
afterEach(async () => {
  for (const context of browser.contexts()) await context.close();
});
afterAll(() => browser.close());

/** axe once transitions (dialogs fading in, panels opening) have finished, so colours are final. */
async function expectAccessible(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
  await expectAxeClean(page, label);
}

async function expectHeading(page: Page, name: string | RegExp, level = 1): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level, name }).count()).toBeGreaterThan(0);
}

async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways scrolling on ${label}`).toBeLessThanOrEqual(0);
}

/** The largest top-level unit (OPD), to invite or to serve. */
async function biggestUnit(page: Page): Promise<{ id: number; name: string }> {
  const response = await page.request.get('/api/v1/units');
  const { items } = (await response.json()) as {
    items: { id: number; name: string; parentId: number | null; employeeCount: number }[];
  };
  const roots = items
    .filter((unit) => unit.parentId === null)
    .sort((a, b) => b.employeeCount - a.employeeCount);
  const unit = roots[0];
  if (!unit) throw new Error('no units');
  return unit;
}

/** Picks an option of a searchable select by typing part of it; options may show a count after the name. */
async function pick(page: Page, combobox: string, option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: combobox });
  await input.click();
  await input.fill(option.slice(0, 20));
  const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page
    .getByRole('option', { name: new RegExp(`^${escaped}(\\s|$)`) })
    .first()
    .click();
}

/** The page's API session, for setting up through the API what a test does not exercise. */
async function apiPost(page: Page) {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return async <T>(path: string, data?: unknown): Promise<T> => {
    const response = await page.request.post(`/api/v1${path}`, {
      headers: { 'x-csrf-token': me.csrfToken },
      ...(data === undefined ? {} : { data }),
    });
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** An identified survey with one wave open since an hour ago; its ids. */
async function identifiedSurvey(
  page: Page,
  title: string,
  audience: { kind: 'criteria'; unitIds: number[] } | { kind: 'list'; employeeIds: number[] },
) {
  const post = await apiPost(page);
  const instrument = await post<{ id: number }>('/instruments', { templateKey: 'training-needs' });
  const survey = await post<{ id: number }>('/surveys', {
    instrumentId: instrument.id,
    title,
    mode: 'identified',
    audience,
  });
  const detail = await post<{ waves: { id: number }[] }>(`/surveys/${survey.id}/waves`, {
    label: 'Gelombang uji',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    population: null,
  });
  const waveId = detail.waves[0]!.id;
  await post(`/survey-waves/${waveId}/open`);
  return { surveyId: survey.id, waveId, post };
}

async function startNewSurvey(page: Page, template: RegExp): Promise<void> {
  await page.goto('/surveys');
  await expectHeading(page, 'Survei');
  await page.getByRole('link', { name: 'Buat survei' }).click();
  await page.waitForURL('**/surveys/new');
  await expectHeading(page, 'Buat survei');
  await page.getByRole('radio', { name: template }).click();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: /^judul survei/i }).count()).toBe(1);
}

describe('survey administration', () => {
  it('creates an anonymous survey from a template, opens its wave and adds a second one', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    const unit = await biggestUnit(page);
    await startNewSurvey(page, /Survei Kepuasan Pegawai/);
    await expectAccessible(page, 'survei baru: pengaturan');

    await page.getByRole('textbox', { name: /^judul survei/i }).fill(ANONYMOUS_TITLE);
    // The template's kind suggests anonymous answering; the admin confirms it.
    await page.getByRole('radio', { name: /^Anonim/ }).check();
    expect(await page.getByRole('radio', { name: /^Anonim/ }).isChecked()).toBe(true);
    await pick(page, 'Unit kerja', unit.name);
    await page.keyboard.press('Escape');
    const count = page.getByTestId('audience-count');
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toMatch(/^[1-9][\d.]* pegawai aktif/);
    await expectAccessible(page, 'survei baru: responden');

    // A k below 3 is neither raised silently on leaving the field nor accepted: the form says why.
    const k = page.getByRole('textbox', { name: /^ukuran kelompok minimum/i });
    await k.fill('2');
    await k.blur();
    expect(await k.inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => page.getByText(/paling sedikit 3: dengan kelompok lebih kecil/).count()).toBe(1);
    expect(await k.getAttribute('aria-invalid')).toBe('true');
    await k.fill('5');

    await page.getByRole('button', { name: 'Lanjut' }).click();
    const label = page.getByRole('textbox', { name: /^nama gelombang/i });
    await expect.poll(() => label.inputValue()).toMatch(/^Semester (I|II) \d{4}$/);
    await label.fill(FIRST_WAVE);
    await expectAccessible(page, 'survei baru: gelombang');
    await page.getByRole('button', { name: 'Buat survei' }).click();

    await page.waitForURL(/\/surveys\/\d+$/);
    await expectHeading(page, ANONYMOUS_TITLE);
    await expect.poll(() => page.getByText(unit.name, { exact: false }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'detail survei');

    await page.getByRole('button', { name: `Buka gelombang ${FIRST_WAVE}` }).click();
    const dialog = page.getByRole('dialog', { name: `Buka gelombang ${FIRST_WAVE}?` });
    await expect.poll(() => dialog.getByText(/dibekukan/).count()).toBe(1);
    await expect
      .poll(() => dialog.evaluate((element) => element.contains(document.activeElement)))
      .toBe(true);
    await expectAccessible(page, 'konfirmasi buka gelombang');
    await dialog.getByRole('button', { name: 'Buka gelombang' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // The wave opens at the next full hour, so it is scheduled now, with its invitations fixed.
    const firstWave = page.getByRole('listitem').filter({ hasText: FIRST_WAVE });
    await expect.poll(() => firstWave.getByText(/^(Terjadwal|Dibuka)$/).count()).toBe(1);
    await expect.poll(() => firstWave.getByText('Diundang', { exact: true }).count()).toBe(1);
    await expect.poll(() => firstWave.getByText(/Menunggu: jawaban yang ditahan/).count()).toBe(1);

    await page.getByRole('button', { name: 'Gelombang baru' }).click();
    const waveDialog = page.getByRole('dialog', { name: 'Gelombang baru' });
    await waveDialog.getByRole('textbox', { name: /^nama gelombang/i }).fill(SECOND_WAVE);
    await expectAccessible(page, 'gelombang baru');
    // An automatic reminder: refused outside the window, then set a day after it opens.
    const reminder = waveDialog.getByLabel(/^Pengingat otomatis/);
    await reminder.fill('2020-01-01T09:00');
    await waveDialog.getByRole('button', { name: 'Buat gelombang' }).click();
    await expect
      .poll(() =>
        waveDialog.getByText('Pengingat harus jatuh sesudah waktu buka dan sebelum waktu tutup.').count(),
      )
      .toBe(1);
    const opens = await waveDialog.getByLabel(/^Dibuka/).inputValue();
    const dayLater = new Date(Date.parse(`${opens}:00Z`) + 86_400_000).toISOString().slice(0, 16);
    await reminder.fill(dayLater);
    await waveDialog.getByRole('button', { name: 'Buat gelombang' }).click();
    await expect.poll(() => waveDialog.count()).toBe(0);
    await expectHeading(page, SECOND_WAVE, 3);
    const secondWave = page.getByRole('listitem').filter({ hasText: SECOND_WAVE });
    await expect.poll(() => secondWave.getByText(/^Pengingat otomatis: /).count()).toBe(1);
    const headings = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.slice(0, 2)).toEqual([SECOND_WAVE, FIRST_WAVE]);

    await page.getByRole('link', { name: 'Ubah kuesioner' }).click();
    await page.waitForURL(/\/instruments\/\d+$/);
    instrumentPath = new URL(page.url()).pathname;
    await page.context().close();
  });

  it('creates a public SKM survey with a service unit, its QR code and counter poster', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    const unit = await biggestUnit(page);
    await startNewSurvey(page, /Survei Kepuasan Masyarakat/);
    await page.getByRole('textbox', { name: /^judul survei/i }).fill(PUBLIC_TITLE);
    expect(await page.getByRole('radio', { name: /^Publik/ }).isChecked()).toBe(true);
    await pick(page, 'Unit layanan', unit.name);
    const service = page.getByRole('textbox', { name: /^nama layanan/i });
    await expect.poll(() => service.inputValue()).toBe(unit.name);
    await service.fill(SERVICE);
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('textbox', { name: /^jumlah pengguna layanan/i }).fill('1000');
    await expect.poll(() => page.getByText('Sampel minimum: 278 responden.').count()).toBe(1);
    await expectAccessible(page, 'survei publik: gelombang');

    const qr = page.waitForResponse((response) => response.url().endsWith('/qr.svg'));
    await page.getByRole('button', { name: 'Buat survei' }).click();
    await page.waitForURL(/\/surveys\/\d+$/);
    const response = await qr;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    await expectHeading(page, PUBLIC_TITLE);
    const image = page.getByRole('img', { name: `Kode QR menuju survei ${PUBLIC_TITLE}` });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const link = await page.getByRole('textbox', { name: 'Tautan survei' }).inputValue();
    expect(link).toMatch(/\/s\/[a-z0-9]{8,32}$/);
    await expectAccessible(page, 'detail survei publik');

    await page.getByRole('link', { name: 'Poster untuk loket' }).click();
    await page.waitForURL(/\/surveys\/\d+\/poster$/);
    await expectHeading(page, 'Bantu kami meningkatkan pelayanan');
    await expect.poll(() => page.getByText(SERVICE).count()).toBe(1);
    await expect.poll(() => page.getByText('Tanpa akun', { exact: true }).count()).toBe(1);
    // The printed address is the one the server gives (PUBLIC_URL; this test server has none, so
    // the page's own, and a note for the admin that is not printed).
    const printed = `${new URL(link).host}${new URL(link).pathname}`;
    await expect.poll(() => page.getByText(printed, { exact: true }).count()).toBe(1);
    const note = page.getByText('Alamat publik belum diatur');
    await expect.poll(() => note.count()).toBe(1);
    const poster = page.getByRole('img', { name: `Kode QR survei kepuasan ${SERVICE}` });
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expectAccessible(page, 'poster');
    // Printed, only the poster remains: no header, navigation or print button.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cetak poster' }).isVisible()).toBe(false);
    expect(await note.isVisible()).toBe(false);
    expect(await poster.isVisible()).toBe(true);
    await page.context().close();
  });

  it('adds a choice question and a question shown after one of its answers, previews and saves version 2', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await page.goto(instrumentPath);
    await expectHeading(page, 'Survei Kepuasan Pegawai');
    await expect.poll(() => page.getByText('Versi 1 sedang dipakai').count()).toBe(1);
    await expectAccessible(page, 'penyusun kuesioner');

    const section = page.getByRole('region', { name: /^Bagian 1/ });
    const questions = section.getByRole('list', { name: 'Pertanyaan Bagian 1' });
    const before = await questions.locator(':scope > li').count();

    // Every item button shows a drawn icon and has a name (the duplicate button was an empty box:
    // its ⧉ glyph is in no common font).
    const duplicate = section.getByRole('button', { name: 'Gandakan pertanyaan 1.1' });
    await expect.poll(() => duplicate.count()).toBe(1);
    const icon = duplicate.locator('svg');
    expect(await icon.count()).toBe(1);
    const box = await icon.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(12);
    expect(box?.height).toBeGreaterThanOrEqual(12);
    expect(await icon.evaluate((svg) => svg.querySelectorAll('path, rect').length)).toBeGreaterThan(0);
    expect(await icon.evaluate((svg) => getComputedStyle(svg).visibility)).toBe('visible');
    const choiceNumber = `1.${before + 1}`;
    const textNumber = `1.${before + 2}`;

    await section.getByRole('button', { name: 'Tambah pertanyaan ke Bagian 1' }).click();
    await page.getByRole('menuitem', { name: /^Pilih satu/ }).click();
    const choice = questions.locator(':scope > li').nth(before);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('id') ?? ''))
      .toMatch(/-text$/);
    await page.keyboard.type('Apakah Anda pernah mengikuti pelatihan tahun ini?');
    await expect
      .poll(() => choice.getByRole('textbox', { name: /^kode pertanyaan/i }).inputValue())
      .toBe('apakah_anda_pernah_mengikuti_pelatihan');
    const labels = choice.getByRole('textbox', { name: /^label \(indonesia\)/i });
    await labels.nth(0).fill('Pernah');
    await labels.nth(1).fill('Belum pernah');
    expect(await choice.getByRole('textbox', { name: /^kode/i }).nth(2).inputValue()).toBe('belum_pernah');

    await section.getByRole('button', { name: 'Tambah pertanyaan ke Bagian 1' }).click();
    await page.getByRole('menuitem', { name: /^Teks bebas/ }).click();
    const followUp = questions.locator(':scope > li').nth(before + 1);
    await page.keyboard.type('Pelatihan apa yang paling bermanfaat?');
    await followUp.getByRole('switch', { name: /^tampilkan hanya jika/i }).check();
    await expect
      .poll(() => followUp.getByRole('combobox', { name: /^pertanyaan sebelumnya/i }).inputValue())
      .toContain('apakah_anda_pernah_mengikuti_pelatihan');
    // From the keyboard: the sticky header and save bar can cover the field for a pointer.
    await followUp.getByRole('combobox', { name: /^jawaban yang menampilkan/i }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Pernah', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => followUp.getByText('Bersyarat').count()).toBe(1);
    await expectAccessible(page, 'penyusun: pertanyaan baru');

    // Keyboard reordering: the text question moves up, keeps the focus, and goes back.
    await followUp.getByRole('button', { name: `Naikkan pertanyaan ${textNumber}` }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Naikkan pertanyaan ${choiceNumber}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        questions
          .locator(':scope > li')
          .nth(before + 1)
          .textContent(),
      )
      .toContain('Pelatihan apa yang paling bermanfaat?');

    await page.getByRole('tab', { name: 'Pratinjau' }).click();
    const preview = page.getByRole('region', { name: 'Pratinjau kuesioner' });
    await expect
      .poll(() => preview.getByText('Apakah Anda pernah mengikuti pelatihan tahun ini?').count())
      .toBe(1);
    expect(await preview.getByText('Pelatihan apa yang paling bermanfaat?').count()).toBe(0);
    await page.getByRole('switch', { name: /^coba isi/i }).check();
    await preview.getByRole('radio', { name: 'Pernah', exact: true }).check();
    await expect.poll(() => preview.getByText('Pelatihan apa yang paling bermanfaat?').count()).toBe(1);
    await page.getByRole('radiogroup', { name: 'Bahasa pratinjau' }).getByText('English').click();
    await expect.poll(() => preview.getByText('Employee Satisfaction Survey').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'pratinjau kuesioner');

    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Simpan sebagai versi 2?' });
    await expect.poll(() => confirm.getByText(/tetap memakai versi 1/).count()).toBe(1);
    await expectAccessible(page, 'konfirmasi versi baru');
    await confirm.getByRole('button', { name: 'Simpan versi 2' }).click();
    await expect.poll(() => page.getByText('Tersimpan sebagai versi 2.').count()).toBe(1);
    await expect.poll(() => page.getByText('Versi 2 sedang dipakai').count()).toBe(0);
    await expect.poll(() => page.getByText('Semua perubahan tersimpan.').count()).toBe(1);
    await page.getByRole('tab', { name: 'Riwayat versi (2)' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Versi 2.*Terbaru/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /Versi 1.*beku/ }).count()).toBe(1);

    const saved = (await (await page.request.get(`/api/v1${instrumentPath}`)).json()) as {
      version: {
        version: number;
        definition: { sections: { questions: { key: string; showIf?: unknown }[] }[] };
      };
    };
    expect(saved.version.version).toBe(2);
    const keys = saved.version.definition.sections[0]?.questions.map((q) => q.key);
    expect(keys?.slice(-2)).toEqual([
      'apakah_anda_pernah_mengikuti_pelatihan',
      'pelatihan_apa_yang_paling_bermanfaat',
    ]);
    expect(saved.version.definition.sections[0]?.questions.at(-1)?.showIf).toEqual({
      question: 'apakah_anda_pernah_mengikuti_pelatihan',
      anyOf: ['pernah'],
    });
    await page.context().close();
  });

  it('shows a leader the surveys and the questionnaire without anything to change', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, LEADER);
    await page.goto('/surveys');
    await expectHeading(page, 'Survei');
    await expect.poll(() => page.getByRole('link', { name: ANONYMOUS_TITLE }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Buat survei' }).count()).toBe(0);
    await expectAccessible(page, 'survei (pimpinan)');

    await page.getByRole('link', { name: ANONYMOUS_TITLE }).click();
    await expectHeading(page, ANONYMOUS_TITLE);
    await expect.poll(() => page.getByRole('link', { name: 'Lihat kuesioner' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Gelombang baru' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Buka gelombang/ }).count()).toBe(0);
    await expectAccessible(page, 'detail survei (pimpinan)');

    await page.goto(instrumentPath);
    await expect.poll(() => page.getByText(/hanya Admin BKPSDM yang dapat mengubahnya/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Simpan', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Tambah pertanyaan/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Naikkan/ }).count()).toBe(0);
    const title = page.getByRole('textbox', { name: /^Judul kuesioner \(Indonesia\)/ });
    expect(await title.getAttribute('readonly')).not.toBeNull();
    await page.getByRole('button', { name: 'Lihat: pertanyaan 1.1' }).click();
    const key = page.getByRole('textbox', { name: /^kode pertanyaan/i }).first();
    expect(await key.getAttribute('readonly')).not.toBeNull();
    await expectAccessible(page, 'kuesioner (pimpinan)');

    await page.goto('/surveys/new');
    await expectHeading(page, 'Akses tidak diizinkan');
    await page.context().close();
  });

  it('lists who has not answered an identified wave and reminds the chosen ones', async () => {
    // Invited: the demo employee who signs in as pegawai.pontianak, and a few without an account.
    const employee = await newPage(browser);
    await signInDirectly(employee, EMPLOYEE);
    const me = (await (await employee.request.get('/api/v1/auth/me')).json()) as {
      user: { employeeId: number };
    };
    await employee.context().close();
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    const others = (await (await page.request.get('/api/v1/employees?pageSize=4')).json()) as {
      items: { id: number }[];
    };
    const ids = [me.user.employeeId, ...others.items.map((e) => e.id)];
    const { surveyId, waveId } = await identifiedSurvey(page, IDENTIFIED_TITLE, {
      kind: 'list',
      employeeIds: [...new Set(ids)],
    });
    const name = (
      (await (await page.request.get(`/api/v1/employees/${me.user.employeeId}`)).json()) as { name: string }
    ).name;
    await page.goto(`/surveys/${surveyId}`);
    await expectHeading(page, IDENTIFIED_TITLE);
    await page.getByRole('link', { name: 'Siapa yang belum menjawab gelombang Gelombang uji' }).click();
    await page.waitForURL(`**/surveys/${surveyId}/waves/${waveId}/non-respondents`);
    nonRespondentsPath = new URL(page.url()).pathname;
    await expectHeading(page, 'Belum menjawab: Gelombang uji');
    const heading = page.locator('#non-respondents-heading');
    await expect.poll(() => heading.textContent()).toMatch(/^[\d.]+ dari [\d.]+ undangan belum menjawab$/);
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    await expectAccessible(page, 'belum menjawab');

    // Those without an account are listed, and cannot be chosen.
    await expect.poll(() => page.getByText('Tanpa akun: tidak dapat diingatkan').count()).toBeGreaterThan(0);

    await page.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill(name);
    await expect.poll(() => page.url()).toContain('q=');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.nth(1).getByRole('rowheader').textContent()).toBe(name);

    await page.getByRole('checkbox', { name: `Pilih ${name}` }).check();
    await page.getByRole('button', { name: 'Ingatkan yang dipilih (1)' }).click();
    await expect.poll(() => page.getByText('Pengingat terkirim').count()).toBeGreaterThan(0);
    // Reminded now, on the government's clock (Pontianak: WIB).
    await expect.poll(() => rows.nth(1).getByRole('cell').last().textContent()).toMatch(/WIB$/);
    expect(await page.getByRole('button', { name: 'Ingatkan yang dipilih (0)' }).isDisabled()).toBe(true);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Unduh XLSX' }).click();
    expect((await download).suggestedFilename()).toMatch(/^belum-menjawab-survei-\d+-gelombang-1\.xlsx$/);
    await page.context().close();
  });

  it('archives a survey whose waves are over, keeps it under Archive and restores it', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    const unit = await biggestUnit(page);
    const { surveyId, waveId, post } = await identifiedSurvey(page, ARCHIVE_TITLE, {
      kind: 'criteria',
      unitIds: [unit.id],
    });
    await page.goto(`/surveys/${surveyId}`);
    await expectHeading(page, ARCHIVE_TITLE);
    const archive = page.getByRole('button', { name: 'Arsipkan survei' });
    await expect.poll(() => archive.count()).toBe(1);
    expect(await archive.isDisabled()).toBe(true);
    expect(await page.getByText(/Tutup dulu gelombang yang dibuka atau terjadwal/).count()).toBe(1);

    await post(`/survey-waves/${waveId}/close`);
    await page.reload();
    await expect.poll(() => archive.isDisabled()).toBe(false);
    await archive.click();
    const dialog = page.getByRole('dialog', { name: `Arsipkan "${ARCHIVE_TITLE}"?` });
    await expect.poll(() => dialog.getByRole('button', { name: 'Arsipkan' }).isVisible()).toBe(true);
    await expectAccessible(page, 'konfirmasi arsip');
    await dialog.getByRole('button', { name: 'Arsipkan' }).click();
    await expect.poll(() => page.getByText('Survei ini diarsipkan', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'survei diarsipkan');

    await page.goto('/surveys');
    await expectHeading(page, 'Survei');
    // The demo's surveys are in use: the list shows them, not the archived one.
    const heading = page.locator('#survey-results-heading');
    await expect.poll(() => heading.textContent()).toMatch(/^\d+ survei$/);
    const inUse = Number((await heading.textContent())?.split(' ')[0]);
    expect(inUse).toBeGreaterThan(1);
    expect(await page.getByRole('link', { name: ARCHIVE_TITLE }).count()).toBe(0);
    await page
      .locator('label')
      .filter({ hasText: /^Arsip$/ })
      .click();
    expect(await page.getByRole('radio', { name: 'Arsip' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: ARCHIVE_TITLE }).count()).toBe(1);
    await expect.poll(() => heading.textContent()).toBe('1 survei');
    await expectAccessible(page, 'arsip survei');

    await page.getByRole('link', { name: ARCHIVE_TITLE }).click();
    await page.getByRole('button', { name: 'Pulihkan dari arsip' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Arsipkan survei' }).count()).toBe(1);
    await page.context().close();
  });

  it('lists the surveys as cards on a 390-pixel phone without sideways scrolling', async () => {
    const page = await newPage(browser, { phone: true });
    await signInDirectly(page, ADMIN);
    await page.goto('/surveys');
    const cards = page.getByRole('list', { name: 'Survei' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(1);
    await expect.poll(() => cards.filter({ hasText: ANONYMOUS_TITLE }).count()).toBe(1);
    await expectNoSidewaysScroll(page, 'survei (ponsel)');
    await expectAccessible(page, 'survei (ponsel)');

    await cards.filter({ hasText: ANONYMOUS_TITLE }).getByRole('link', { name: ANONYMOUS_TITLE }).click();
    await expectHeading(page, ANONYMOUS_TITLE);
    await expectNoSidewaysScroll(page, 'detail survei (ponsel)');
    await expectAccessible(page, 'detail survei (ponsel)');

    await page.goto('/surveys/new');
    await page.getByRole('radio', { name: /Survei Kepuasan Pegawai/ }).click();
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => page.getByTestId('audience-count').textContent()).toMatch(/pegawai aktif/);
    await expectNoSidewaysScroll(page, 'survei baru (ponsel)');
    await expectAccessible(page, 'survei baru (ponsel)');

    // Who has not answered: cards with their reminder state, nothing wider than the phone.
    await page.goto(nonRespondentsPath);
    const people = page.getByRole('list', { name: 'Belum menjawab: Gelombang uji' }).getByRole('listitem');
    await expect.poll(() => people.count()).toBeGreaterThan(1);
    await expectNoSidewaysScroll(page, 'belum menjawab (ponsel)');
    await expectAccessible(page, 'belum menjawab (ponsel)');
    await page.context().close();
  });
});
