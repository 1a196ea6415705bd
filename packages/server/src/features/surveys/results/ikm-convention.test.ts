import type { InstrumentDefinitionInput } from '@jenjang/domain/surveys/instrument.contract';
import { SKM_ELEMENTS } from '@jenjang/domain/surveys/instrument.contract';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedIn } from '../../../../test/factories/account.factory';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';

// DOMAIN.md §5: a government reports its IKM either exactly (1/9 per element, PermenPANRB 14/2017)
// or as its past reports did (× 0.111, NRR tertimbang rounded). Whichever it chose, every IKM it
// reads — results, exports, the overview, the home — follows it and says so. And a survey of more
// than two waves gets its trend, a wave under k being a gap.

const K = 3;
/** Nine SKM elements on 1–4, answered by employees (identified), tagged U1–U9. */
const SKM: InstrumentDefinitionInput = {
  kind: 'skm',
  title: { id: 'SKM uji', en: 'Test SKM' },
  sections: [
    {
      key: 'service',
      title: { id: 'Unsur', en: 'Elements' },
      questions: SKM_ELEMENTS.map((element) => ({
        key: element.toLowerCase(),
        type: 'likert' as const,
        skmElement: element,
        text: { id: `Unsur ${element}`, en: `Element ${element}` },
        scale: { min: 1, max: 4, labels: [] },
      })),
    },
  ],
};
const allFours = Object.fromEntries(SKM_ELEMENTS.map((e) => [e.toLowerCase(), 4]));
const allThrees = Object.fromEntries(SKM_ELEMENTS.map((e) => [e.toLowerCase(), 3]));

let ctx: TestContext;
let world: SurveyWorld;
let otherWorld: SurveyWorld;
let survey: { surveyId: number; waveId: number };
let otherSurvey: { surveyId: number; waveId: number };

const get = (session: LoggedIn, url: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session.headers });
const post = (session: LoggedIn, url: string, payload?: object) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });

async function answerAll(w: SurveyWorld, waveId: number, answers: object, count = w.staff.length) {
  for (const member of w.staff.slice(0, count)) {
    const response = await post(member.session, `/survey-waves/${waveId}/responses`, { answers });
    expect(response.statusCode, response.body).toBe(201);
  }
}

async function setConvention(w: SurveyWorld, weight: 'exact' | '0.111', roundDecimals: 2 | 3 | null) {
  const response = await ctx.app.inject({
    method: 'PUT',
    url: '/api/v1/settings/government',
    headers: w.admin.headers,
    payload: { ikmConvention: { weight, roundDecimals } },
  });
  expect(response.statusCode, response.body).toBe(200);
}

/** A next wave of the survey, opened now. */
async function nextWave(w: SurveyWorld, surveyId: number, label: string) {
  const created = await post(w.admin, `/surveys/${surveyId}/waves`, {
    label,
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    population: null,
  });
  expect(created.statusCode, created.body).toBe(201);
  const waveId = created.json().waves[0].id as number;
  expect((await post(w.admin, `/survey-waves/${waveId}/open`)).statusCode).toBe(200);
  return waveId;
}

beforeAll(async () => {
  ctx = await createTestContext();
  world = await surveyWorld(ctx, (await createTenant(ctx)).id, 4);
  otherWorld = await surveyWorld(ctx, (await createTenant(ctx)).id, 3);
  survey = await openSurvey(ctx, world, { mode: 'identified', definition: SKM, minGroupSize: K });
  otherSurvey = await openSurvey(ctx, otherWorld, { mode: 'identified', definition: SKM, minGroupSize: K });
  await answerAll(world, survey.waveId, allFours, K);
  await answerAll(otherWorld, otherSurvey.waveId, allFours);
});
afterAll(() => ctx.close());

describe('the IKM convention of a government', () => {
  it('is exactly 1/9 by default: nine 4s make 100, and the results say so', async () => {
    const { report } = (await get(world.admin, `/survey-waves/${survey.waveId}/results`)).json();
    expect(report.ikm).toMatchObject({ ikm: 100, convention: { weight: 'exact', roundDecimals: null } });
  });

  it('follows a change to 0.111 with NRR tertimbang to 3 decimals: nine 4s make 99.9, stated', async () => {
    await setConvention(world, '0.111', 3);
    const { report } = (await get(world.admin, `/survey-waves/${survey.waveId}/results`)).json();
    expect(report.ikm).toMatchObject({
      ikm: 99.9,
      weight: 0.111,
      weightedNrr: 3.996,
      category: { mutu: 'A', kinerja: 'sangatBaik' },
      convention: { weight: '0.111', roundDecimals: 3 },
    });
    expect(report.ikm.elements[0]).toMatchObject({ nrr: 4, weightedNrr: 0.444 });
  });

  it('applies it in the IKM overview and on the home, with the convention named', async () => {
    const overview = (await get(world.admin, '/surveys/ikm')).json();
    expect(overview.convention).toEqual({ weight: '0.111', roundDecimals: 3 });
    const row = overview.items.find((i: { wave: { id: number } }) => i.wave.id === survey.waveId);
    expect(row.ikm).toMatchObject({ ikm: 99.9, convention: { weight: '0.111', roundDecimals: 3 } });
    // Everyone answered alike: the IKM has no spread to speak of.
    expect(row.spread).toEqual({ n: K, variance: 0 });
    const home = (await get(world.admin, '/dashboard/surveys')).json();
    expect(home.ikmConvention).toEqual({ weight: '0.111', roundDecimals: 3 });
    expect(home.ikm[0].ikm.ikm).toBe(99.9);
    expect((await get(world.admin, '/survey-results')).json().convention).toEqual({
      weight: '0.111',
      roundDecimals: 3,
    });
  });

  it('states it in the XLSX and CSV exports', async () => {
    const xlsx = await get(world.admin, `/survey-waves/${survey.waveId}/results.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.getWorksheet('IKM')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['IKM', K, 3.996, 99.9]);
    expect(rows).toContainEqual([
      'Konvensi IKM',
      undefined,
      'Bobot 0,111, NRR tertimbang dibulatkan 3 desimal',
    ]);
    const notes: unknown[] = [];
    book.getWorksheet('Catatan')?.eachRow((row) => notes.push(row.getCell(1).value));
    expect(notes).toContain(
      'IKM dihitung dengan konvensi: Bobot 0,111, NRR tertimbang dibulatkan 3 desimal.',
    );

    const csv = await get(world.admin, `/survey-waves/${survey.waveId}/results.csv?lang=en`);
    const lines = parse(csv.body, { bom: true }) as string[][];
    expect(lines).toContainEqual(['IKM', 'IKM', '3.996', '3', '', '99.9', '', '']);
    expect(lines).toContainEqual([
      'Note',
      'The IKM follows this convention: Weight 0.111, weighted NRR rounded to 3 decimals.',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('rounds to 2 decimals when asked: nine 4s make 9 × 0.44 × 25 = 99', async () => {
    await setConvention(world, '0.111', 2);
    const { report } = (await get(world.admin, `/survey-waves/${survey.waveId}/results`)).json();
    expect(report.ikm).toMatchObject({ ikm: 99, convention: { weight: '0.111', roundDecimals: 2 } });
  });

  it('leaves another government’s IKM in its own (exact) convention', async () => {
    const { report } = (await get(otherWorld.admin, `/survey-waves/${otherSurvey.waveId}/results`)).json();
    expect(report.ikm).toMatchObject({ ikm: 100, convention: { weight: 'exact', roundDecimals: null } });
    expect((await get(otherWorld.admin, '/surveys/ikm')).json().convention).toEqual({
      weight: 'exact',
      roundDecimals: null,
    });
  });
});

describe('the trend of a survey over its waves', () => {
  let waves: number[];

  beforeAll(async () => {
    await setConvention(world, 'exact', null);
    // Wave 1 (above, 3 × all 4s) closed; wave 2 gets 2 answers only (under k: withheld at close);
    // wave 3 gets 3 × all 3s.
    await post(world.admin, `/survey-waves/${survey.waveId}/close`);
    const second = await nextWave(world, survey.surveyId, 'Gelombang 2');
    await answerAll(world, second, allThrees, K - 1);
    await post(world.admin, `/survey-waves/${second}/close`);
    const third = await nextWave(world, survey.surveyId, 'Gelombang 3');
    await answerAll(world, third, allThrees, K);
    waves = [survey.waveId, second, third];
  });

  it('draws the IKM over every wave, a wave under k as a gap and not as zero', async () => {
    const { trend } = (await get(world.admin, `/survey-waves/${waves[2]}/results`)).json();
    expect(trend.ikmConvention).toEqual({ weight: 'exact', roundDecimals: null });
    expect(trend.measures[0]).toMatchObject({ key: 'ikm', kind: 'ikm' });
    expect(trend.waves.map((w: { id: number }) => w.id)).toEqual(waves);
    const [first, second, third] = trend.waves;
    expect(first).toMatchObject({ shown: true, responses: K, current: false, final: true });
    expect(first.values.ikm).toBe(100);
    expect(first.values.u1).toBe(4);
    expect(second).toMatchObject({ shown: false, responses: null, values: {}, ikmCategory: null });
    expect(third).toMatchObject({ shown: true, current: true, final: false });
    expect(third.values.ikm).toBe(75);
    expect(third.ikmCategory).toEqual({ mutu: 'C', kinerja: 'kurangBaik' });
  });

  it('compares a wave only with a previous wave that reached k', async () => {
    const { report } = (await get(world.admin, `/survey-waves/${waves[2]}/results`)).json();
    // The wave before it has no released answer: nothing to compare with.
    expect(report.comparison).toBeNull();
  });

  it('gives no trend for a survey of one or two waves', async () => {
    const { trend } = (await get(otherWorld.admin, `/survey-waves/${otherSurvey.waveId}/results`)).json();
    expect(trend).toBeNull();
  });
});
