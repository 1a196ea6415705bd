import { SKM_ELEMENT_KEYS } from '@jenjang/domain/surveys/survey-templates/skm.template';
import pg from 'pg';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  baseUrl,
  chooseOption,
  expectAccessible,
  launchBrowser,
  newPage,
  signIn,
  signInDirectly,
} from './browser';

// A public SKM at a service counter of Tanjungpinang, answered by citizens from their own phones,
// and the results page its admin reads: the IKM worked out by hand, the k rule (public answers
// released on their daily schedule from k distinct networks, breakdowns and the profile once the
// wave closes), downloads, phones.

const ADMIN = 'admin.tanjungpinang';
const TITLE = 'Uji E2E Hasil SKM Loket Perizinan';
const FEW_TITLE = 'Uji E2E Hasil SKM Loket Sepi';
const TREND_TITLE = 'Uji E2E Tren SKM Loket Perpustakaan';
// Seed 004: Tanjungbalai's six-monthly evaluation; promotion falls in semester II, the rest holds.
const TANJUNGBALAI_SURVEY = 'Evaluasi Kebijakan Kepegawaian (Survei Pegawai)';
const K = 5;

// PermenPANRB 14/2017 elements in the SKM template's order (U1–U9).
const ELEMENTS = SKM_ELEMENT_KEYS;
const U1_TEXT =
  'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?';

interface Citizen {
  sex?: 'male' | 'female';
  /** The answer to every element but U4 (cost), which the counter gives for free: always 4. */
  score: number;
  suggestion?: string;
}

const answersOf = (citizen: Citizen) => ({
  ...(citizen.sex ? { sex: citizen.sex } : {}),
  ...Object.fromEntries(ELEMENTS.map((key) => [key, key === 'u4_cost' ? 4 : citizen.score])),
  ...(citizen.suggestion ? { suggestions: citizen.suggestion } : {}),
});

// Five women, two men (a group under k) and three who left their sex out. Six suggestions: a
// question answered by fewer than k is not shown at all, and one is hidden by the moderator below.
const FIRST_WAVE: Citizen[] = [
  { sex: 'female', score: 4, suggestion: 'Antrean loket terlalu panjang pada pagi hari' },
  { sex: 'female', score: 4, suggestion: 'Ruang tunggu nyaman' },
  { sex: 'female', score: 3, suggestion: 'Petugas ramah, tetapi antrean lama' },
  { sex: 'female', score: 3 },
  { sex: 'female', score: 3, suggestion: 'Papan informasi kurang jelas' },
  { sex: 'male', score: 3, suggestion: 'Tempat parkir sempit' },
  { sex: 'male', score: 3 },
  { score: 4, suggestion: 'Pelayanan cepat' },
  { score: 3 },
  { score: 3 },
];
// One suggestion only: a question answered by fewer than k is not shown, and the page says so.
const SECOND_WAVE: Citizen[] = Array.from({ length: 5 }, (_, i) => ({
  score: 2,
  ...(i === 0 ? { suggestion: 'Loket tutup terlalu cepat' } : {}),
}));

/**
 * By hand, as the regulation's worked example: NRR per element = mean of its answers; IKM = the mean
 * of the nine NRR × 25. Here U4 is 4 throughout and every other element averages 3.3, so the IKM is
 * (8 × 3.3 + 4) ÷ 9 × 25 = 84.44: mutu B, kinerja "Baik" (76.61–88.30).
 */
function handIkm(citizens: Citizen[]): number {
  const nrr = ELEMENTS.map(
    (key) => citizens.reduce((sum, c) => sum + (key === 'u4_cost' ? 4 : c.score), 0) / citizens.length,
  );
  return (nrr.reduce((sum, value) => sum + value, 0) / nrr.length) * 25;
}

function handCategory(ikm: number): { mutu: string; kinerja: string } {
  const shown = Math.round(ikm * 100) / 100;
  if (shown >= 88.31) return { mutu: 'A', kinerja: 'Sangat Baik' };
  if (shown >= 76.61) return { mutu: 'B', kinerja: 'Baik' };
  if (shown >= 65) return { mutu: 'C', kinerja: 'Kurang Baik' };
  return { mutu: 'D', kinerja: 'Tidak Baik' };
}

const indonesian = (value: number) => value.toFixed(2).replace('.', ',');

let browser: Browser;
let firstWaveId: number;
let secondWaveId: number;
let fewWaveId: number;
let trendWaveIds: number[];

/** The admin's API session: the page's cookies plus the CSRF token of /auth/me. */
async function adminApi(page: Page) {
  const me = await page.request.get('/api/v1/auth/me');
  const csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
  return async <T>(path: string, data?: unknown): Promise<T> => {
    const response = await page.request.post(`/api/v1${path}`, {
      headers: { 'x-csrf-token': csrf },
      ...(data === undefined ? {} : { data }),
    });
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

type SurveyDetail = { id: number; publicPath: string | null; waves: { id: number; number: number }[] };

/** A public SKM survey with one open wave for a population of 1,000. */
async function openSkmSurvey(page: Page, title: string) {
  const post = await adminApi(page);
  const units = (await (await page.request.get('/api/v1/units')).json()) as { items: { id: number }[] };
  const instrument = await post<{ id: number }>('/instruments', { templateKey: 'skm' });
  const survey = await post<SurveyDetail>('/surveys', {
    instrumentId: instrument.id,
    title,
    mode: 'public',
    serviceUnitId: units.items[0]!.id,
    serviceName: 'Pelayanan Perizinan Terpadu',
  });
  const addWave = async (label: string) => {
    const detail = await post<SurveyDetail>(`/surveys/${survey.id}/waves`, {
      label,
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      population: 1000,
    });
    const wave = detail.waves.reduce((latest, w) => (w.number > latest.number ? w : latest));
    await post(`/survey-waves/${wave.id}/open`);
    return wave.id;
  };
  return { post, addWave, code: survey.publicPath!.replace('/s/', '') };
}

let networks = 0;

/**
 * Each citizen answers from their own device (a fresh request context, with no device cookie) on a
 * network of their own, as the proxy in front of the server says (X-Forwarded-For).
 */
async function answer(code: string, citizens: Citizen[]): Promise<void> {
  for (const citizen of citizens) {
    networks += 1;
    const device: APIRequestContext = await request.newContext({
      baseURL: baseUrl(),
      extraHTTPHeaders: { 'x-forwarded-for': `198.51.${100 + Math.floor(networks / 250)}.${networks % 250}` },
    });
    const response = await device.post(`/api/v1/public/surveys/${code}/responses`, {
      data: { answers: answersOf(citizen) },
    });
    expect(response.status(), await response.text()).toBe(201);
    await device.dispose();
  }
}

/**
 * The night passes for an open public wave: its scheduled release (midnight on the government's
 * clock) is put in the past as the database's superuser, past the trigger that keeps everyone but
 * survey_release from moving it, and survey_release runs as the server's ticker would run it.
 */
async function releaseTonight(waveId: number): Promise<void> {
  const client = new pg.Client({ connectionString: inject('superuserUrl') });
  await client.connect();
  try {
    await client.query('set session_replication_role = replica');
    await client.query(`update survey_wave set next_release_at = now() - interval '1 second' where id = $1`, [
      waveId,
    ]);
    await client.query('set session_replication_role = origin');
    const { rows } = await client.query<{ tenant_id: number }>(
      'select tenant_id from survey_wave where id = $1',
      [waveId],
    );
    await client.query(`select set_config('jenjang.tenant_id', $1, false)`, [String(rows[0]!.tenant_id)]);
    await client.query('select survey_release($1::bigint)', [waveId]);
  } finally {
    await client.end();
  }
}

async function openResults(page: Page, waveId: number, title: string): Promise<void> {
  await page.goto(`/survey-waves/${waveId}/results`);
  await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await newPage(browser);
  await signIn(page, ADMIN);

  const main = await openSkmSurvey(page, TITLE);
  firstWaveId = await main.addWave('Triwulan I');
  await answer(main.code, FIRST_WAVE);
  await main.post(`/survey-waves/${firstWaveId}/close`);
  secondWaveId = await main.addWave('Triwulan II');
  await answer(main.code, SECOND_WAVE);
  await releaseTonight(secondWaveId);

  const few = await openSkmSurvey(page, FEW_TITLE);
  fewWaveId = await few.addWave('Triwulan I');
  await answer(few.code, FIRST_WAVE.slice(0, K - 3));

  // Three waves: the first and the last above k, the middle one under k (withheld at its close).
  const trend = await openSkmSurvey(page, TREND_TITLE);
  const trendFirst = await trend.addWave('Triwulan I');
  await answer(trend.code, FIRST_WAVE);
  await trend.post(`/survey-waves/${trendFirst}/close`);
  const trendSecond = await trend.addWave('Triwulan II');
  await answer(trend.code, FIRST_WAVE.slice(0, 2));
  await trend.post(`/survey-waves/${trendSecond}/close`);
  const trendThird = await trend.addWave('Triwulan III');
  await answer(trend.code, SECOND_WAVE);
  await releaseTonight(trendThird);
  trendWaveIds = [trendFirst, trendSecond, trendThird];
  await page.context().close();
});
afterAll(() => browser.close());

describe('survey results', () => {
  it('shows the IKM and its category as worked out by hand, with the nine elements', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await openResults(page, firstWaveId, TITLE);

    const ikm = handIkm(FIRST_WAVE);
    expect(indonesian(ikm)).toBe('84,44');
    const category = handCategory(ikm);
    await expect.poll(() => page.getByTestId('ikm-value').textContent()).toBe(indonesian(ikm));
    expect(await page.getByTestId('ikm-mutu').textContent()).toBe(category.mutu);
    expect(await page.getByTestId('ikm-kinerja').textContent()).toBe(category.kinerja);

    const elements = page.getByTestId('ikm-elements');
    for (const element of ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']) {
      expect(await elements.getByRole('rowheader', { name: new RegExp(`^${element} `) }).count()).toBe(1);
    }
    const u1 = elements.getByRole('row', { name: /U1 Persyaratan/ });
    expect(await u1.textContent()).toContain('3,3000');
    expect(await elements.getByRole('row', { name: /U4 Biaya\/Tarif/ }).textContent()).toContain('4,0000');

    await expect
      .poll(() => page.getByTestId('minimum-sample').textContent())
      .toBe('Sampel minimum 278 untuk populasi 1.000 — belum terpenuhi');
    expect(await page.getByTestId('k-rule').textContent()).toBe(
      'Hasil kelompok dengan kurang dari 5 responden disembunyikan agar tidak ada yang dapat dikenali.',
    );
    // Every chart has its table; the suggestions are listed with their frequent words.
    expect(await page.getByRole('table', { name: U1_TEXT }).count()).toBe(1);
    expect(await page.getByText('Tempat parkir sempit').count()).toBe(1);
    // The closed wave's profile: 5 women shown; 2 men hidden with the 3 who left their sex out.
    expect(await page.getByTestId('hidden-options').textContent()).toBe(
      '1 pilihan disembunyikan karena dipilih kurang dari 5 orang (atau agar kelompok yang lebih kecil tidak dapat dihitung dari selisihnya). Bersama responden yang tidak menjawab: 5 orang.',
    );
    await expectAccessible(page, 'hasil survei');
    await page.context().close();
  });

  it('holds breakdowns and the profile back while a wave still takes answers', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await openResults(page, secondWaveId, TITLE);
    await expect.poll(() => page.getByTestId('breakdown-until-close').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Rincian menurut' }).count()).toBe(0);
    expect(await page.getByTestId('profile-held-back').textContent()).toContain(
      'ditampilkan setelah gelombang ditutup',
    );
    expect(await page.getByTestId('hidden-options').count()).toBe(0);
    // The one suggestion of this wave is not shown, nor anything of it: the page says why.
    const hidden = page.getByTestId('questions-hidden');
    expect(await hidden.textContent()).toContain(
      '1 pertanyaan tidak ditampilkan agar hasilnya tidak menunjuk kurang dari 5 orang:',
    );
    expect(await hidden.getByRole('listitem').textContent()).toBe(
      'Saran dan masukan untuk perbaikan pelayanan — dijawab kurang dari 5 orang',
    );
    expect(await page.getByText('Loket tutup terlalu cepat').count()).toBe(0);
    await expectAccessible(page, 'hasil survei (gelombang terbuka)');
    await page.context().close();
  });

  it('hides a sex group smaller than k in the breakdown and counts it under “Lainnya”', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await openResults(page, firstWaveId, TITLE);
    await chooseOption(page, 'Rincian menurut', 'Jenis kelamin');

    const table = page.getByTestId('breakdown-table');
    await expect.poll(() => table.count()).toBe(1);
    expect(await table.getByRole('columnheader', { name: /Perempuan/ }).count()).toBe(1);
    expect(await table.getByRole('columnheader', { name: /Laki-laki/ }).count()).toBe(0);
    // The women's own IKM: their scores average 3.4 on eight elements, U4 is 4.
    const women = handIkm(FIRST_WAVE.filter((c) => c.sex === 'female'));
    expect(await table.getByRole('row', { name: /^IKM/ }).textContent()).toContain(indonesian(women));
    const note = page.getByTestId('breakdown-hidden');
    expect(await note.textContent()).toContain('1 kelompok disembunyikan karena respondennya kurang dari 5.');
    expect(await note.textContent()).toContain('5 responden');
    await expectAccessible(page, 'hasil survei (rincian)');
    await page.context().close();
  });

  it('puts the IKM first in the comparison, then marks real falls in words and leaves the rest unmarked', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await openResults(page, secondWaveId, TITLE);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Perbandingan dengan Triwulan I' }).count())
      .toBe(1);
    const panel = page.getByTestId('comparison');
    expect(await panel.getByTestId('comparison-rule').textContent()).toContain(
      'Perubahan ditandai naik atau turun hanya bila selang kepercayaan 95 %',
    );
    // The IKM headline comes before every table: 84,44 (B) → 55,56 (D), a real fall.
    const headline = panel.getByTestId('comparison-ikm');
    const order = await panel.evaluate((root) => {
      const all = [
        ...root.querySelectorAll('[data-testid="comparison-ikm"], [data-testid="comparison-table"]'),
      ];
      return all.map((el) => el.getAttribute('data-testid'));
    });
    expect(order[0]).toBe('comparison-ikm');
    expect(await headline.textContent()).toContain('84,44');
    expect(await headline.textContent()).toContain('55,56');
    expect(await headline.locator('[data-verdict="down"]').textContent()).toContain('turun 28,88');
    expect(await headline.getByTestId('comparison-convention').textContent()).toBe(
      'Bobot 1/9 (PermenPANRB 14/2017)',
    );
    // Elements U1–U9 in their own table, in order; U1 fell for real, U4 (always 4) did not move.
    const elements = panel.getByTestId('comparison-table').first();
    const heads = await elements.getByRole('rowheader').allTextContents();
    expect(heads.map((h) => h.slice(0, 2))).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    const u1 = elements.getByRole('row', { name: /kesesuaian persyaratan pelayanan/ });
    expect(await u1.locator('[data-verdict]').getAttribute('data-verdict')).toBe('down');
    expect(await u1.textContent()).toContain('turun 1,30');
    expect(await u1.textContent()).toContain('memburuk');
    const cost = elements.getByRole('row', { name: /kewajaran biaya\/tarif/ });
    expect(await cost.locator('[data-verdict]').getAttribute('data-verdict')).toBe('steady');
    expect(await cost.textContent()).toContain('tidak berubah berarti');
    expect(await cost.textContent()).not.toContain('memburuk');
    await expectAccessible(page, 'hasil survei (perbandingan)');
    await page.context().close();
  });

  it('marks Tanjungbalai’s fall of promotion among the statements that held', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, 'admin.tanjungbalai');
    const me = await page.request.get('/api/v1/surveys');
    const survey = ((await me.json()) as { items: { id: number; title: string }[] }).items.find(
      (s) => s.title === TANJUNGBALAI_SURVEY,
    )!;
    const detail = (await (await page.request.get(`/api/v1/surveys/${survey.id}`)).json()) as {
      waves: { id: number; label: string }[];
    };
    const second = detail.waves.find((w) => w.label === 'Semester II 2026')!;
    await openResults(page, second.id, TANJUNGBALAI_SURVEY);
    const panel = page.getByTestId('comparison');
    await expect.poll(() => panel.count()).toBe(1);
    const verdicts = await panel.locator('tr').evaluateAll((rows) =>
      rows.flatMap((row) => {
        const head = row.querySelector('th[scope="row"]')?.textContent ?? '';
        const verdict = row.querySelector('[data-verdict]')?.getAttribute('data-verdict');
        return verdict ? [[head, verdict] as const] : [];
      }),
    );
    // Thirty-three statements; the four about promotion fell for real, nothing else moved beyond chance.
    expect(verdicts.length).toBeGreaterThan(30);
    const marked = verdicts.filter(([, verdict]) => verdict !== 'steady');
    expect(marked.map(([, verdict]) => verdict)).toEqual(['down', 'down', 'down', 'down']);
    expect(marked.every(([head]) => /promosi|jabatan/i.test(head))).toBe(true);
    expect(await panel.getByTestId('comparison-summary').textContent()).toBe(
      'Perubahan nyata: 4 turun, 0 naik.',
    );
    const promotion = panel.getByRole('row', { name: /Sistem promosi di instansi ini adil/ });
    expect(await promotion.textContent()).toMatch(/turun 0,\d\d \(memburuk\)/);
    const steady = panel.getByRole('row', { name: /Uraian tugas dan tanggung jawab saya jelas/ });
    expect(await steady.textContent()).toContain('tidak berubah berarti');
    expect(await steady.textContent()).not.toMatch(/turun|naik/);
    // Three six-monthly waves (the third still open): the trend follows a statement the reader picks.
    const trend = page.getByTestId('trend');
    await expect.poll(() => trend.count()).toBe(1);
    expect(await trend.getByTestId('trend-table').getByRole('row').count()).toBe(4);
    await trend
      .getByLabel('Ukuran yang ditampilkan')
      .selectOption({ label: 'Sistem promosi di instansi ini adil dan transparan.' });
    await expect
      .poll(() => trend.getByRole('table', { name: /Sistem promosi di instansi ini adil/ }).count())
      .toBe(1);
    await expectAccessible(page, 'hasil survei Tanjungbalai (perbandingan dan tren)');
    await page.context().close();
  });

  it('draws the IKM over three waves with its table, the wave under k a gap', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await openResults(page, trendWaveIds[2]!, TREND_TITLE);
    const trend = page.getByTestId('trend');
    await expect.poll(() => trend.count()).toBe(1);
    expect(await trend.getByRole('heading', { level: 2 }).textContent()).toBe('Tren antargelombang');
    // The chart, loaded on demand, draws a line (hidden from assistive technology: the table reads it).
    await expect
      .poll(() => trend.locator('[data-chart-card-chart] .recharts-line').count())
      .toBeGreaterThan(0);
    const table = trend.getByTestId('trend-table');
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(1).textContent()).toContain('84,44');
    expect(await rows.nth(2).textContent()).toContain('disembunyikan (kurang dari 5 jawaban)');
    expect(await rows.nth(2).textContent()).not.toContain('0,00');
    expect(await rows.nth(3).textContent()).toContain('55,56');
    expect(await rows.nth(3).textContent()).toContain('gelombang ini');
    expect(await trend.getByTestId('trend-convention').textContent()).toBe(
      'Konvensi: Bobot 1/9 (PermenPANRB 14/2017)',
    );
    await expectAccessible(page, 'hasil survei (tren)');
    await page.context().close();

    const phone = await newPage(browser, { phone: true });
    await signInDirectly(phone, ADMIN);
    await openResults(phone, trendWaveIds[2]!, TREND_TITLE);
    await expect.poll(() => phone.getByTestId('trend-table').count()).toBe(1);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.context().close();
  });

  it('downloads the results as an Excel workbook and as CSV', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await openResults(page, firstWaveId, TITLE);
    const excel = await page.getByRole('link', { name: 'Unduh Excel' }).getAttribute('href');
    expect(excel).toBe(`/api/v1/survey-waves/${firstWaveId}/results.xlsx?lang=id`);
    const workbook = await page.request.get(excel!);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const csv = await page.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href');
    expect((await page.request.get(csv!)).headers()['content-type']).toContain('text/csv');
    await page.context().close();
  });

  it('hides an abusive suggestion after the moderator confirms', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await openResults(page, firstWaveId, TITLE);
    await page.getByRole('button', { name: 'Sembunyikan jawaban: Tempat parkir sempit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sembunyikan jawaban ini?' });
    await expect.poll(() => dialog.count()).toBe(1);
    await expectAccessible(page, 'sembunyikan jawaban');
    await dialog.getByRole('button', { name: 'Sembunyikan jawaban' }).click();
    await expect.poll(() => page.getByText('Tempat parkir sempit').count()).toBe(0);
    expect(await page.getByText('Petugas ramah, tetapi antrean lama').count()).toBe(1);
    await page.context().close();
  });

  it('fits a 390-pixel phone screen without sideways scrolling', async () => {
    const page = await newPage(browser, { phone: true });
    await signInDirectly(page, ADMIN);
    await openResults(page, firstWaveId, TITLE);
    await expect.poll(() => page.getByTestId('ikm-value').count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'hasil survei (ponsel)');
    await page.context().close();
  });

  it('shows nothing but a message while fewer than k people have answered, and no waiting count', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await openResults(page, fewWaveId, FEW_TITLE);
    await expect.poll(() => page.getByText('Hasil belum dapat ditampilkan').count()).toBe(1);
    // The two citizens' answers wait for the night's release: how many wait is not told, only when
    // public answers enter the results (a waiting count told an attacker when one answer waited).
    expect(
      await page
        .getByText('Hasil disembunyikan sampai sedikitnya 5 orang menjawab. Saat ini baru 0 responden.')
        .count(),
    ).toBe(1);
    expect(await page.getByText(/jawaban menunggu dimasukkan ke hasil/).count()).toBe(0);
    expect(await page.getByTestId('public-release').textContent()).toContain(
      'sekali sehari (pukul 00.00 waktu setempat) dan saat gelombang ditutup, bila berasal dari sedikitnya 5 jaringan berbeda',
    );
    expect(await page.getByTestId('ikm-value').count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Unduh Excel' }).count()).toBe(0);
    await expectAccessible(page, 'hasil survei (disembunyikan)');
    await page.context().close();
  });

  it('says that the last answers, fewer than k, were left out when the wave closed', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    const post = await adminApi(page);
    await post(`/survey-waves/${fewWaveId}/close`);
    await openResults(page, fewWaveId, FEW_TITLE);
    await expect.poll(() => page.getByTestId('withheld').count()).toBe(1);
    expect(await page.getByTestId('withheld').textContent()).toContain(
      '2 jawaban terakhir tidak dimasukkan ke hasil saat gelombang ditutup',
    );
    expect(await page.getByTestId('ikm-value').count()).toBe(0);
    await expectAccessible(page, 'hasil survei (jawaban tidak dimasukkan)');
    await page.context().close();
  });

  it('lets the admin choose the IKM convention of past reports, and every IKM says it', async () => {
    const page = await newPage(browser);
    await signInDirectly(page, ADMIN);
    await openResults(page, firstWaveId, TITLE);
    expect(await page.getByTestId('ikm-convention').textContent()).toBe(
      'Konvensi: Bobot 1/9 (PermenPANRB 14/2017)',
    );
    await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan Instansi' }).click();
    // The pointer leaves the link it clicked: a hovered active link is not what axe should judge.
    await page.mouse.move(900, 700);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Pengaturan instansi' }).count())
      .toBe(1);
    const identity = page.getByTestId('government-identity');
    await expect.poll(() => identity.textContent()).toContain('Kota Tanjungpinang');
    expect(await page.getByLabel('Zona waktu').inputValue()).toBe('Asia/Jakarta');
    const practice = page.getByRole('radio', { name: 'Bobot 0,111, NRR tertimbang dibulatkan 2 desimal' });
    // Rounded to 2 decimals, nine 4s make 99 (0,111 or 1/9 alike); 0,111, or 1/9 to 3 decimals, 99,9.
    expect(await page.getByText('Sembilan unsur bernilai 4 menghasilkan IKM 99,0.').count()).toBe(2);
    expect(await page.getByText('Sembilan unsur bernilai 4 menghasilkan IKM 99,9.').count()).toBe(3);
    expect(await page.getByText('Sembilan unsur bernilai 4 menghasilkan IKM 100,0.').count()).toBe(1);
    await expectAccessible(page, 'pengaturan instansi');
    await practice.check();
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect.poll(() => page.getByTestId('settings-saved').count()).toBe(1);

    // U1–U9 but U4 average 3,3 → × 0,111 = 0,3663 → 0,37; U4 4 → 0,444 → 0,44: Σ 3,40 → 85,00.
    await openResults(page, firstWaveId, TITLE);
    await expect.poll(() => page.getByTestId('ikm-value').textContent()).toBe('85,00');
    expect(await page.getByTestId('ikm-convention').textContent()).toBe(
      'Konvensi: Bobot 0,111, NRR tertimbang dibulatkan 2 desimal',
    );
    const csv = await (
      await page.request.get(`/api/v1/survey-waves/${firstWaveId}/results.csv?lang=id`)
    ).text();
    expect(csv).toContain('IKM dihitung dengan konvensi: Bobot 0,111, NRR tertimbang dibulatkan 2 desimal.');
    const overview = await (await page.request.get('/api/v1/surveys/ikm')).json();
    expect(overview.convention).toEqual({ weight: '0.111', roundDecimals: 2 });

    // Back to the regulation's own convention for everyone else.
    await page.goto('/settings/government');
    await page.getByRole('radio', { name: 'Bobot 1/9 (PermenPANRB 14/2017)' }).check();
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect.poll(() => page.getByTestId('settings-saved').count()).toBe(1);
    await page.context().close();
  });

  it('keeps the government’s settings from other roles, and fits a phone', async () => {
    const leader = await newPage(browser);
    await signIn(leader, 'pimpinan.tanjungpinang');
    const nav = leader.getByRole('navigation');
    await expect.poll(() => nav.getByRole('link', { name: /beranda/i }).count()).toBeGreaterThan(0);
    expect(await nav.getByRole('link', { name: 'Pengaturan Instansi' }).count()).toBe(0);
    expect((await leader.request.get('/api/v1/settings/government')).status()).toBe(403);
    await leader.goto('/settings/government');
    await expect.poll(() => leader.getByText('Akses tidak diizinkan').count()).toBe(1);
    await leader.context().close();

    const phone = await newPage(browser, { phone: true });
    await signInDirectly(phone, ADMIN);
    await phone.goto('/settings/government');
    await expect.poll(() => phone.getByTestId('government-identity').count()).toBe(1);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'pengaturan instansi (ponsel)');
    await phone.context().close();
  });
});
