import type { InstrumentDefinitionInput } from '@jenjang/domain/surveys/instrument.contract';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';

// The reviewer's case, end to end: a question shown only to women (its showIf names the sex
// question), an anonymous survey with k = 3, five men and one woman answer, the wave closes. The
// sex question was hidden, but the women's question said n = 1, mean 1 in the results, the API and
// the CSV: one woman, and what she answered (colleagues' sex is known from the registry).

const text = (id: string) => ({ id, en: id });
const INSTRUMENT: InstrumentDefinitionInput = {
  kind: 'custom',
  title: text('Survei iklim kerja'),
  sections: [
    {
      key: 'main',
      title: text('Pertanyaan'),
      questions: [
        {
          key: 'q_sex',
          type: 'single',
          profile: 'sex',
          text: text('Jenis kelamin'),
          options: [
            { value: 'm', label: text('Laki-laki') },
            { value: 'f', label: text('Perempuan') },
          ],
        },
        { key: 'q_all', type: 'likert', text: text('Suasana kerja'), scale: { min: 1, max: 5, labels: [] } },
        {
          key: 'q_f',
          type: 'likert',
          text: text('Fasilitas laktasi memadai'),
          scale: { min: 1, max: 5, labels: [] },
          showIf: { question: 'q_sex', anyOf: ['f'] },
        },
      ],
    },
  ],
};

let ctx: TestContext;
let world: SurveyWorld;
let waveId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  const tenantId = (await createTenant(ctx)).id;
  world = await surveyWorld(ctx, tenantId, 6);
  ({ waveId } = await openSurvey(ctx, world, { mode: 'anonymous', definition: INSTRUMENT, minGroupSize: 3 }));
  for (const [i, member] of world.staff.entries()) {
    const ballot = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${waveId}/ballot`,
      headers: member.session.headers,
    });
    expect(ballot.statusCode, ballot.body).toBe(201);
    const answers = i === 0 ? { q_sex: 'f', q_all: 3, q_f: 1 } : { q_sex: 'm', q_all: 4 };
    const sent = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/anonymous-responses',
      payload: { token: ballot.json().token, answers },
    });
    expect(sent.statusCode, sent.body).toBe(201);
  }
  const closed = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/survey-waves/${waveId}/close`,
    headers: world.admin.headers,
  });
  expect(closed.statusCode).toBe(200);
});
afterAll(() => ctx.close());

const get = (path: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/survey-waves/${waveId}/${path}`,
    headers: world.admin.headers,
  });

describe('a question shown only to one sex, answered by one woman among five men', () => {
  it('is left out of the results, saying why, while the others show', async () => {
    const { report } = (await get('results')).json();
    expect(report.responses).toBe(6);
    expect(report.questions.map((q: { key: string }) => q.key)).toEqual(['q_sex', 'q_all']);
    expect(report.heldBackQuestions).toEqual([{ key: 'q_f', reason: 'profileGroup' }]);
    // The sex question hides both groups (1 woman; the men would give her away by subtraction).
    expect(report.questions[0].summary.hidden).toEqual({ options: 2, count: 6 });
  });

  it('stays out of every breakdown group', async () => {
    const { report } = (await get('results?breakdown=unit')).json();
    for (const group of report.breakdown.groups) {
      expect(group.questions.map((q: { key: string }) => q.key)).toEqual(['q_all']);
    }
  });

  it('is in neither the CSV nor the workbook', async () => {
    const rows = parse((await get('results.csv?lang=en')).body, { bom: true }) as string[][];
    expect(rows.map((r) => r[1])).not.toContain('Fasilitas laktasi memadai');
    expect(rows.map((r) => r[1])).toContain('Suasana kerja');
    const response = await get('results.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    for (const sheet of book.worksheets) sheet.eachRow((row) => cells.push(...(row.values as unknown[])));
    expect(cells).not.toContain('Fasilitas laktasi memadai');
  });
});
