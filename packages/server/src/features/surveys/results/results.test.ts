import type { InstrumentDefinitionInput } from '@jenjang/domain/surveys/instrument.contract';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../../test/api-as';
import type { LoggedIn } from '../../../../test/factories/account.factory';
import { buildEmployee } from '../../../../test/factories/employee.factory';
import { createUnit } from '../../../../test/factories/organisation.factory';
import { SMALL_INSTRUMENT } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { releaseScheduled } from '../../../../test/survey-fixtures';
import { withTenant } from '../../../db/database';
import { textId } from './result.service';

// Results as readers get them: answers released k at a time, the k rule over the whole wave, its
// breakdowns and profile counts once the wave is closed, its exports; the figures, the IKM of
// PermenPANRB 14/2017, comparison with the previous wave, moderation.

const K = 3;

let ctx: TestContext;
let tenantId: number;
let admin: LoggedIn;
let units: Record<'x' | 'y' | 'z' | 'w' | 'v', { id: number; name: string }>;
/** Respondents by OPD: X has 4, Y exactly k, Z and V 2 each, W 1: twelve, four batches of k. */
let staff: Record<'x' | 'y' | 'z' | 'w' | 'v', LoggedIn[]>;
let survey: { id: number; waveId: number };

const api = (session: LoggedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

const window = () => ({
  opensAt: new Date(Date.now() - 3_600_000).toISOString(),
  closesAt: new Date(Date.now() + 86_400_000).toISOString(),
});

async function openWave(surveyId: number, label: string, population: number | null = null) {
  const created = await api(admin, 'POST', `/surveys/${surveyId}/waves`, { label, population, ...window() });
  expect(created.statusCode).toBe(201);
  const waveId = created.json().waves[0].id as number;
  expect((await api(admin, 'POST', `/survey-waves/${waveId}/open`)).statusCode).toBe(200);
  return waveId;
}

/** An instrument, a survey with minimum group K and an open first wave, through the API. */
async function launch(options: {
  definition?: InstrumentDefinitionInput;
  templateKey?: string;
  mode: 'identified' | 'public';
  population?: number;
}) {
  const instrument = await api(
    admin,
    'POST',
    '/instruments',
    options.templateKey ? { templateKey: options.templateKey } : { definition: options.definition },
  );
  const created = await api(admin, 'POST', '/surveys', {
    instrumentId: instrument.json().id,
    title: options.mode === 'public' ? 'SKM Loket Uji' : 'Evaluasi Pelatihan',
    mode: options.mode,
    audience:
      options.mode === 'public'
        ? undefined
        : { kind: 'criteria', unitIds: Object.values(units).map((u) => u.id) },
    serviceUnitId: options.mode === 'public' ? units.x.id : null,
    serviceName: options.mode === 'public' ? 'Loket Uji' : null,
    minGroupSize: K,
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as number;
  const waveId = await openWave(id, 'Gelombang 1', options.population ?? null);
  return { id, waveId, code: (created.json().publicPath as string | null)?.replace('/s/', '') ?? '' };
}

async function answer(session: LoggedIn, waveId: number, answers: object) {
  const response = await api(session, 'POST', `/survey-waves/${waveId}/responses`, { answers });
  expect(response.statusCode, response.body).toBe(201);
}

const results = (waveId: number, query = '', session = admin) =>
  api(session, 'GET', `/survey-waves/${waveId}/results${query}`);

async function workbook(waveId: number, query = '') {
  const response = await api(admin, 'GET', `/survey-waves/${waveId}/results.xlsx${query}`);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return book;
}

const sheetRows = (sheet: ExcelJS.Worksheet | undefined) => {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

async function csv(waveId: number, query = '') {
  const response = await api(admin, 'GET', `/survey-waves/${waveId}/results.csv${query}`);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  return response;
}

const question = (body: { report: { questions: { key: string }[] } }, key: string) =>
  body.report.questions.find((q) => q.key === key) as
    | {
        key: string;
        summary: Record<string, unknown>;
        texts?: { id: string; text: string }[];
        words?: unknown[];
      }
    | undefined;

async function staffOf(unit: { id: number }, count: number) {
  const sessions: LoggedIn[] = [];
  for (let i = 0; i < count; i++) {
    const employee = await buildEmployee(ctx, tenantId, { unit: unit });
    sessions.push(await apiAs(ctx, 'pegawai', tenantId, { employeeId: employee.id }));
  }
  return sessions;
}

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const unit = async (name: string) => ({ id: (await createUnit(ctx, tenantId, name)).id, name });
  units = {
    x: await unit('Dinas Pendidikan'),
    y: await unit('Dinas Kesehatan'),
    z: await unit('Dinas Perhubungan'),
    w: await unit('Inspektorat'),
    v: await unit('Dinas Sosial'),
  };
  staff = {
    x: await staffOf(units.x, 4),
    y: await staffOf(units.y, K),
    z: await staffOf(units.z, 2),
    w: await staffOf(units.w, 1),
    v: await staffOf(units.v, 2),
  };
  survey = await launch({ definition: SMALL_INSTRUMENT, mode: 'identified' });
});
afterAll(() => ctx.close());

const close = async (waveId: number) =>
  expect((await api(admin, 'POST', `/survey-waves/${waveId}/close`)).statusCode).toBe(200);

describe('results of a wave below k', () => {
  it('show only the count, without any question data, while the answers wait for their batch', async () => {
    await answer(staff.x[0]!, survey.waveId, {
      satisfaction: 5,
      formats: ['class'],
      comments: 'Materi pelatihan sangat bermanfaat',
    });
    await answer(staff.x[1]!, survey.waveId, {
      satisfaction: 4,
      formats: ['class', 'online'],
      comments: 'Pelatihan daring perlu jadwal tetap',
    });
    const response = await results(survey.waveId, '?breakdown=unit');
    expect(response.statusCode).toBe(200);
    expect(response.json().wave).toMatchObject({ responses: 0, pending: 2, withheld: 0 });
    expect(response.json().reach).toEqual({ kind: 'whole', units: [], shown: true, reason: null });
    expect(response.json().report).toEqual({
      responses: 0,
      minGroupSize: K,
      final: false,
      view: 'whole',
      withheld: 0,
      suppressed: true,
      minimumSample: null,
      questions: [],
      ikm: null,
      needs: null,
      breakdown: null,
      breakdownsHeldBack: 'untilClose',
      heldBackQuestions: [],
      comparison: null,
    });
  });

  it('export only a note, in CSV and in XLSX', async () => {
    const response = await csv(survey.waveId);
    expect(response.body).toBe('\ufeffCatatan\r\nHasil disembunyikan karena respondennya kurang dari 3.\r\n');
    const book = await workbook(survey.waveId, '?lang=en');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Notes']);
    expect(sheetRows(book.getWorksheet('Summary'))).toEqual([
      ['Note'],
      ['Results are hidden because fewer than 3 people answered.'],
    ]);
  });
});

describe('results of an open wave', () => {
  it('grow by whole batches of k: the k-th answer releases the two waiting with it', async () => {
    await answer(staff.x[2]!, survey.waveId, { satisfaction: 4, formats: ['online'] });
    const body = (await results(survey.waveId)).json();
    expect(body.wave).toMatchObject({ responses: K, pending: 0 });
    expect(body.report).toMatchObject({ responses: K, suppressed: false, final: false });
  });

  it('give no breakdown while answers still arrive, and say it comes when the wave closes', async () => {
    const { report } = (await results(survey.waveId, '?breakdown=unit')).json();
    expect(report).toMatchObject({ breakdown: null, breakdownsHeldBack: 'untilClose' });
    const book = await workbook(survey.waveId);
    expect(sheetRows(book.getWorksheet('Catatan')).map((r) => r[0])).toContain(
      'Rincian per kelompok dan data profil responden ditampilkan setelah gelombang ditutup.',
    );
  });

  it('never show the answers of a batch still filling', async () => {
    await answer(staff.x[3]!, survey.waveId, { satisfaction: 3, formats: ['mentoring'] });
    await answer(staff.y[0]!, survey.waveId, {
      satisfaction: 2,
      formats: ['class'],
      why_low: 'Materi terlalu padat',
    });
    const body = (await results(survey.waveId)).json();
    expect(body.wave).toMatchObject({ responses: K, pending: 2 });
    expect(body.report.responses).toBe(K);
  });
});

describe('results of a closed wave', () => {
  beforeAll(async () => {
    // Three reasons for a low score and four suggestions: a text question answered by fewer than k
    // is not shown at all (question-disclosure.rules.ts).
    await answer(staff.y[1]!, survey.waveId, {
      satisfaction: 2,
      formats: ['online', 'mentoring'],
      why_low: 'Jadwal terlalu padat',
    });
    await answer(staff.y[2]!, survey.waveId, {
      satisfaction: 1,
      formats: ['class'],
      why_low: 'Ruang pelatihan panas',
    });
    await answer(staff.w[0]!, survey.waveId, { satisfaction: 5, formats: ['mentoring'] });
    await answer(staff.z[0]!, survey.waveId, {
      satisfaction: 3,
      formats: ['class'],
      comments: 'Panitia bodoh semua',
    });
    await answer(staff.z[1]!, survey.waveId, { satisfaction: 4, formats: ['online'] });
    await answer(staff.v[0]!, survey.waveId, { satisfaction: 3, formats: ['online'] });
    await answer(staff.v[1]!, survey.waveId, {
      satisfaction: 3,
      formats: ['class'],
      comments: 'Konsumsi kurang',
    });
    await close(survey.waveId);
  });

  it('hold every answer, all released in batches of k, none withheld', async () => {
    const body = (await results(survey.waveId)).json();
    expect(body.wave).toMatchObject({ status: 'closed', responses: 12, pending: 0, withheld: 0 });
    expect(body.report).toMatchObject({ responses: 12, final: true, withheld: 0, breakdownsHeldBack: null });
  });

  it('show a breakdown group of exactly k and pool the smaller ones as "other"', async () => {
    const { report } = (await results(survey.waveId, '?breakdown=unit')).json();
    // Z (2), V (2) and W (1) are hidden: together 5, at least k, so "other" may say so.
    expect(report.breakdown).toMatchObject({ by: 'unit', hiddenGroups: 3, otherCount: 5 });
    const groups = report.breakdown.groups;
    expect(groups.map((g: { key: string; n: number; label: unknown }) => [g.key, g.n, g.label])).toEqual([
      [String(units.x.id), 4, { id: units.x.name, en: units.x.name }],
      [String(units.y.id), K, { id: units.y.name, en: units.y.name }],
    ]);
    // Groups measure the closed questions only; texts are never broken down.
    expect(groups[0].questions.map((q: { key: string }) => q.key)).toEqual(['satisfaction', 'formats']);
    expect(groups[0].questions[0].summary.mean).toBe(4);
    expect(groups[1].questions[0].summary.mean).toBeCloseTo(5 / 3, 10);
  });

  it('give the distribution and mean of a Likert question', async () => {
    const summary = question((await results(survey.waveId)).json(), 'satisfaction')!.summary;
    // 5, 4, 4, 3, 2, 2, 1, 5, 3, 4, 3, 3
    const point = (value: number, count: number) => ({ value, count, percent: (count / 12) * 100 });
    expect(summary).toEqual({
      type: 'likert',
      key: 'satisfaction',
      scale: { min: 1, max: 5 },
      n: 12,
      mean: 3.25,
      distribution: [point(1, 1), point(2, 2), point(3, 4), point(4, 3), point(5, 2)],
    });
  });

  it('give each option of a multiple-choice question as a percent of respondents', async () => {
    const summary = question((await results(survey.waveId)).json(), 'formats')!.summary;
    expect(summary).toEqual({
      type: 'multiple',
      key: 'formats',
      n: 12,
      options: [
        { value: 'class', count: 6, percent: 50 },
        { value: 'online', count: 5, percent: (5 / 12) * 100 },
        { value: 'mentoring', count: 3, percent: 25 },
      ],
    });
  });

  it('list the text answers and count their words', async () => {
    const body = (await results(survey.waveId)).json();
    const comments = question(body, 'comments')!;
    expect(comments.summary).toEqual({ type: 'text', key: 'comments', n: 4 });
    expect(comments.texts!.map((t) => t.text).sort()).toEqual([
      'Konsumsi kurang',
      'Materi pelatihan sangat bermanfaat',
      'Panitia bodoh semua',
      'Pelatihan daring perlu jadwal tetap',
    ]);
    // "pelatihan" is in two answers; "sangat" and "semua" are stop words.
    expect(comments.words![0]).toEqual({ word: 'pelatihan', count: 2 });
    expect(comments.words).toContainEqual({ word: 'bodoh', count: 1 });
    expect(comments.words).not.toContainEqual(expect.objectContaining({ word: 'sangat' }));
    expect(
      question(body, 'why_low')!
        .texts!.map((t) => t.text)
        .sort(),
    ).toEqual(['Jadwal terlalu padat', 'Materi terlalu padat', 'Ruang pelatihan panas']);
    expect(body.report.ikm).toBeNull();
    expect(body.canModerate).toBe(true);
  });

  it('export a CSV with a BOM, the header row and one row per item', async () => {
    const response = await csv(survey.waveId);
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="hasil-survei-${survey.id}-gelombang-1.csv"`,
    );
    const inEnglish = await csv(survey.waveId, '?lang=en');
    expect(inEnglish.headers['content-disposition']).toBe(
      `attachment; filename="survey-results-${survey.id}-wave-1.csv"`,
    );
    const rows: string[][] = parse(response.body, { bom: true });
    expect(rows[0]).toEqual([
      'Bagian',
      'Pertanyaan',
      'Butir',
      'Jumlah',
      'Persen',
      'Rata-rata / kesenjangan',
      'Kemampuan',
      'Kebutuhan',
    ]);
    const satisfaction = rows.filter((r) => r[1] === 'Seberapa puas Anda?');
    expect(satisfaction.map((r) => r.slice(2, 6))).toEqual([
      ['1', '1', '8.3', ''],
      ['2', '2', '16.7', ''],
      ['3', '4', '33.3', ''],
      ['4', '3', '25', ''],
      ['5', '2', '16.7', ''],
      ['Rata-rata', '12', '', '3.25'],
    ]);
    const english = parse((await csv(survey.waveId, '?lang=en')).body, { bom: true }) as string[][];
    expect(english[0]!.slice(0, 3)).toEqual(['Section', 'Question', 'Item']);
    expect(english).toContainEqual(['Questions', 'Preferred formats', 'Classroom', '6', '50', '', '', '']);
  });

  it('export an XLSX workbook with the summary, the text answers and the notes', async () => {
    const book = await workbook(survey.waveId);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Jawaban teks', 'Catatan']);
    const summary = sheetRows(book.getWorksheet('Ringkasan'));
    expect(summary[0]).toEqual([
      'Bagian',
      'Pertanyaan',
      'Butir',
      'Jumlah',
      'Persen',
      'Rata-rata / kesenjangan',
      'Kemampuan',
      'Kebutuhan',
    ]);
    expect(summary).toContainEqual(['Pertanyaan', 'Seberapa puas Anda?', 'Rata-rata', 12, undefined, 3.25]);
    expect(summary).toContainEqual(['Pertanyaan', 'Format yang disukai', 'Daring', 5, 41.7]);
    expect(sheetRows(book.getWorksheet('Jawaban teks'))).toContainEqual(['Saran', 'Panitia bodoh semua']);
    expect(sheetRows(book.getWorksheet('Catatan'))[1]![0]).toContain('kurang dari 3 responden');
  });
});

describe('moderating text answers', () => {
  const abusive = 'Panitia bodoh semua';
  let hiddenId = '';
  const textIdOf = async (text: string) =>
    question((await results(survey.waveId)).json(), 'comments')!.texts!.find((t) => t.text === text)!.id;

  it('lets a pimpinan read results but not hide a text', async () => {
    const pimpinan = await apiAs(ctx, 'pimpinan', tenantId);
    const read = await results(survey.waveId, '', pimpinan);
    expect(read.statusCode).toBe(200);
    expect(read.json().canModerate).toBe(false);
    const hide = await api(pimpinan, 'POST', `/survey-waves/${survey.waveId}/texts`, {
      textId: await textIdOf(abusive),
      questionKey: 'comments',
      hidden: true,
    });
    expect(hide.statusCode).toBe(403);
    expect(question((await results(survey.waveId)).json(), 'comments')!.texts).toHaveLength(4);
  });

  it('refuses results to a pegawai', async () => {
    const pegawai = staff.x[0]!;
    expect((await results(survey.waveId, '', pegawai)).statusCode).toBe(403);
    expect((await api(pegawai, 'GET', `/survey-waves/${survey.waveId}/results.csv`)).statusCode).toBe(403);
  });

  it('refuses to hide an answer that is not a text', async () => {
    const hide = await api(admin, 'POST', `/survey-waves/${survey.waveId}/texts`, {
      textId: await textIdOf(abusive),
      questionKey: 'satisfaction',
      hidden: true,
    });
    expect(hide.statusCode).toBe(400);
    expect(hide.json().detail).toBe('Hanya jawaban teks yang dapat disembunyikan.');
  });

  it('takes a hidden text out of the results, the word counts and the exports', async () => {
    hiddenId = await textIdOf(abusive);
    const hide = await api(admin, 'POST', `/survey-waves/${survey.waveId}/texts`, {
      textId: hiddenId,
      questionKey: 'comments',
      hidden: true,
    });
    expect(hide.statusCode).toBe(204);
    expect(hide.body).toBe('');
    const comments = question((await results(survey.waveId)).json(), 'comments')!;
    expect(comments.texts!.map((t) => t.text)).not.toContain(abusive);
    expect(comments.texts).toHaveLength(3);
    expect(comments.summary).toMatchObject({ n: 3 });
    expect(comments.words).not.toContainEqual(expect.objectContaining({ word: 'bodoh' }));
    const rows = parse((await csv(survey.waveId)).body, { bom: true }) as string[][];
    expect(rows.find((r) => r[1] === 'Saran')!.slice(2, 4)).toEqual(['Jawaban', '3']);
    const texts = sheetRows((await workbook(survey.waveId)).getWorksheet('Jawaban teks'));
    expect(texts.map((r) => r[1])).not.toContain(abusive);
    expect(texts).toHaveLength(1 + 3 + 3);
  });

  it('gives texts ids of their own, never their response’s, so two texts of one respondent cannot be matched', async () => {
    const body = (await results(survey.waveId)).json();
    const ids = (key: string) => question(body, key)!.texts!.map((t) => t.id);
    const all = [...ids('why_low'), ...ids('comments')];
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[0-9a-f]{32}$/);
    const responseIds = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('survey_response').select('id').where('wave_id', '=', survey.waveId).execute(),
    );
    for (const { id } of responseIds) {
      expect(JSON.stringify(body)).not.toContain(id);
      expect(textId(id, 'why_low')).not.toBe(textId(id, 'comments'));
    }
    const audit = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('audit_log').select(['entity_id']).where('action', '=', 'survey.text.hidden').execute(),
    );
    expect(audit.map((a) => a.entity_id)).toEqual([hiddenId]);
  });

  it('shows a hidden text again when asked', async () => {
    const show = await api(admin, 'POST', `/survey-waves/${survey.waveId}/texts`, {
      textId: hiddenId,
      questionKey: 'comments',
      hidden: false,
    });
    expect(show.statusCode).toBe(204);
    const comments = question((await results(survey.waveId)).json(), 'comments')!;
    expect(comments.texts!.map((t) => t.text)).toContain(abusive);
  });
});

describe('comparing waves', () => {
  it('compares the means of a later wave with the wave before it', async () => {
    const second = await openWave(survey.id, 'Gelombang 2');
    await answer(staff.x[0]!, second, { satisfaction: 5, formats: ['online'] });
    await answer(staff.x[1]!, second, { satisfaction: 5, formats: ['online'] });
    await answer(staff.y[0]!, second, { satisfaction: 4, formats: ['online'] });
    const body = (await results(second)).json();
    expect(body.previousWave).toEqual({ id: survey.waveId, label: 'Gelombang 1' });
    const items = body.report.comparison.items;
    const satisfaction = items.find((c: { key: string }) => c.key === 'satisfaction');
    expect(satisfaction.type).toBe('likert');
    expect(satisfaction.mean.before).toBeCloseTo(3.25, 10);
    expect(satisfaction.mean.after).toBeCloseTo(14 / 3, 10);
    expect(satisfaction.mean.change).toBeCloseTo(14 / 3 - 3.25, 10);
    // 12 answers spread over 1–5, then 5, 5, 4: Welch's interval of +1.42 lies above 0.
    expect(satisfaction.mean.verdict).toBe('up');
    expect(satisfaction.mean.low).toBeGreaterThan(0);
    expect(body.report.comparison).toMatchObject({ confidence: 0.95, minimumEffect: 0, ikm: null });
    const formats = items.find((c: { key: string }) => c.key === 'formats');
    const online = formats.options.find((o: { value: string }) => o.value === 'online');
    expect(online.before).toBeCloseTo((5 / 12) * 100, 10);
    expect(online).toMatchObject({ after: 100 });
    expect((await results(survey.waveId)).json()).toMatchObject({
      previousWave: null,
      report: { comparison: null },
    });
  });

  it('withholds the last answer of a closing wave, fewer than k: figures and comparison unchanged', async () => {
    const second = await latestWave();
    const before = (await results(second)).json().report;
    await answer(staff.y[1]!, second, { satisfaction: 1, formats: ['class'] });
    expect((await results(second)).json().wave).toMatchObject({ responses: K, pending: 1 });
    await close(second);
    const after = (await results(second)).json();
    // Adding it would move n from 3 to 4 and give that one answer away in the difference.
    expect(after.wave).toMatchObject({ responses: K, pending: 0, withheld: 1 });
    expect(after.report).toMatchObject({ responses: K, final: true, withheld: 1 });
    expect(after.report.questions).toEqual(before.questions);
    expect(after.report.comparison).toEqual(before.comparison);
  });
});

/** The newest wave of the identified survey. */
async function latestWave(): Promise<number> {
  return (await api(admin, 'GET', `/surveys/${survey.id}`)).json().waves[0].id as number;
}

describe('results of a public SKM survey', () => {
  let skm: { id: number; waveId: number; code: string };
  const elements = (low: number, high: number, u9: number) => ({
    u1_requirements: high,
    u2_procedures: high,
    u3_service_time: high,
    u4_cost: high,
    u5_product: low,
    u6_competence: low,
    u7_conduct: low,
    u8_complaints: low,
    u9_facilities: u9,
  });

  beforeAll(async () => {
    skm = await launch({ templateKey: 'skm', mode: 'public', population: 1000 });
    // U1–U4 all 4, U5–U8 all 3, U9 half 4 and half 2: NRRs 4, 4, 4, 4, 3, 3, 3, 3, 3.
    const respondents = [
      { sex: 'male', ...elements(3, 4, 4) },
      { sex: 'male', ...elements(3, 4, 2) },
      { sex: 'male', ...elements(3, 4, 4) },
      { sex: 'female', ...elements(3, 4, 2) },
      { ...elements(3, 4, 2), suggestions: 'Antrean terlalu panjang' },
      elements(3, 4, 4),
    ];
    for (const [i, answers] of respondents.entries()) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/public/surveys/${skm.code}/responses`,
        // Citizens from networks of their own: a public batch needs k distinct ones.
        remoteAddress: `198.51.100.${i + 1}`,
        payload: { answers },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    // They reach the results at the wave's scheduled release (migration 0017).
    await releaseScheduled(ctx, skm.waveId);
  });

  it('computes the IKM of PermenPANRB 14/2017 and its category', async () => {
    const { report } = (await results(skm.waveId)).json();
    // Σ NRR = 4 × 4 + 5 × 3 = 31; IKM = 31 ÷ 9 × 25 = 86.11: mutu B, kinerja baik.
    expect(report.ikm).toMatchObject({
      weight: 0.1111,
      weightedNrr: 3.4444,
      ikm: 86.11,
      category: { mutu: 'B', kinerja: 'baik' },
    });
    expect(report.ikm.elements).toHaveLength(9);
    expect(report.ikm.elements[0]).toEqual({ element: 'U1', n: 6, nrr: 4, weightedNrr: 0.4444 });
    expect(report.ikm.elements[8]).toEqual({ element: 'U9', n: 6, nrr: 3, weightedNrr: 0.3333 });
  });

  it('gives the Krejcie–Morgan minimum sample of the wave’s population', async () => {
    const { report } = (await results(skm.waveId)).json();
    expect(report.minimumSample).toBe(278);
    expect(report.responses).toBe(6);
  });

  it('holds the profile (sex, age band, …) and its breakdowns back while the wave is open', async () => {
    const { report } = (await results(skm.waveId, '?breakdown=sex')).json();
    expect(report).toMatchObject({ final: false, breakdown: null, breakdownsHeldBack: 'untilClose' });
    expect(report.heldBackQuestions).toContainEqual({ key: 'sex', reason: 'untilClose' });
    expect(question({ report }, 'sex')).toBeUndefined();
  });

  it('counts the profile of the final set once closed, hiding options chosen by fewer than k', async () => {
    await close(skm.waveId);
    const body = (await results(skm.waveId)).json();
    // Male 3, female 1, not given 2: female and the skips are hidden together (3).
    expect(question(body, 'sex')!.summary).toEqual({
      type: 'single',
      key: 'sex',
      n: 6,
      options: [{ value: 'male', count: 3, percent: 50 }],
      hidden: { options: 1, count: 3 },
    });
  });

  it('breaks down by sex, showing a group of exactly k and hiding a smaller one', async () => {
    const { report } = (await results(skm.waveId, '?breakdown=sex')).json();
    // Female (1) and no answer (2) are hidden together: 3, enough to show "other".
    expect(report.breakdown).toMatchObject({ by: 'sex', hiddenGroups: 1, otherCount: 3 });
    expect(report.breakdown.groups).toHaveLength(1);
    const male = report.breakdown.groups[0];
    expect(male).toMatchObject({ key: 'male', n: K, label: { id: 'Laki-laki', en: 'Male' } });
    // U9 among men: 4, 2, 4. IKM = (16 + 12 + 10/3) ÷ 9 × 25 = 87.04.
    expect(male.ikm).toBe(87.04);
    expect(male.questions.map((q: { key: string }) => q.key)).not.toContain('sex');
  });

  it('lists the IKM per service unit and period, the same figure as the wave results', async () => {
    const overview = await api(admin, 'GET', '/surveys/ikm');
    expect(overview.statusCode).toBe(200);
    const row = overview.json().items.find((i: { wave: { id: number } }) => i.wave.id === skm.waveId);
    expect(row).toMatchObject({
      responses: 6,
      population: 1000,
      minimumSample: 278,
      suppressed: false,
      ikm: { ikm: 86.11, category: { mutu: 'B', kinerja: 'baik' } },
    });
    expect(row.ikm.elements).toHaveLength(9);
  });

  it('shows no IKM in the overview for a wave with fewer than k responses', async () => {
    const small = await launch({ templateKey: 'skm', mode: 'public' });
    for (let i = 0; i < K - 1; i++) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/public/surveys/${small.code}/responses`,
        payload: { answers: elements(4, 4, 4) },
      });
      expect(response.statusCode).toBe(201);
    }
    const overview = await api(admin, 'GET', '/surveys/ikm');
    const row = overview.json().items.find((i: { wave: { id: number } }) => i.wave.id === small.waveId);
    // They wait for their batch: not one of them is counted in any figure yet.
    expect(row).toMatchObject({ reach: 'whole', responses: 0, suppressed: true, ikm: null });
  });

  it('exports the IKM sheet with the category and the minimum sample', async () => {
    const book = await workbook(skm.waveId);
    // The one suggestion is not shown, nor exported: a text question answered by fewer than k.
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'IKM', 'Catatan']);
    const { report } = (await results(skm.waveId)).json();
    expect(report.heldBackQuestions).toContainEqual({ key: 'suggestions', reason: 'fewAnswers' });
    expect(JSON.stringify(report)).not.toContain('Antrean terlalu panjang');
    const ikm = sheetRows(book.getWorksheet('IKM'));
    expect(ikm[0]).toEqual(['Unsur pelayanan', 'Responden', 'NRR', 'NRR tertimbang']);
    expect(ikm).toContainEqual(['U1 Persyaratan', 6, 4, 0.4444]);
    expect(ikm).toContainEqual(['IKM', 6, 3.4444, 86.11]);
    expect(ikm).toContainEqual(['Mutu / kinerja unit', undefined, 'B', 'Baik']);
    expect(ikm).toContainEqual(['Sampel minimum (Krejcie–Morgan)', 278]);
  });
});

describe('results of another tenant', () => {
  it('answer 404 for its wave, its exports and its moderation', async () => {
    const other = (await createTenant(ctx)).id;
    const outsider = await apiAs(ctx, 'admin', other);
    for (const path of ['results', 'results.csv', 'results.xlsx']) {
      const response = await api(outsider, 'GET', `/survey-waves/${survey.waveId}/${path}`);
      expect(response.statusCode, path).toBe(404);
    }
    const hide = await api(outsider, 'POST', `/survey-waves/${survey.waveId}/texts`, {
      textId: question((await results(survey.waveId)).json(), 'comments')!.texts![0]!.id,
      questionKey: 'comments',
      hidden: true,
    });
    expect(hide.statusCode).toBe(404);
    expect(question((await results(survey.waveId)).json(), 'comments')!.texts).toHaveLength(4);
  });
});
