import type { InstrumentDefinitionInput } from '@jenjang/domain/surveys/instrument.contract';
import { SURVEY_TEMPLATES } from '@jenjang/domain/surveys/survey-templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../../test/api-as';
import type { LoggedIn } from '../../../../test/factories/account.factory';
import { buildEmployee } from '../../../../test/factories/employee.factory';
import {
  openSurvey,
  SMALL_INSTRUMENT,
  type SurveyWorld,
  surveyWorld,
} from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  world = await surveyWorld(ctx, tenantId, 1);
});
afterAll(() => ctx.close());

const api = (
  session: LoggedIn,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
  language = 'id',
) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...session.headers, 'accept-language': language },
    ...(payload ? { payload } : {}),
  });

/** SMALL_INSTRUMENT with one more question at the end of its only section. */
function withExtraQuestion(definition: InstrumentDefinitionInput, key: string): InstrumentDefinitionInput {
  const [section, ...rest] = definition.sections;
  return {
    ...definition,
    sections: [
      {
        ...section!,
        questions: [
          ...section!.questions,
          { key, type: 'text', required: false, text: { id: `Pertanyaan ${key}`, en: `Question ${key}` } },
        ],
      },
      ...rest,
    ],
  };
}

const questionKeys = (definition: { sections: { questions: { key: string }[] }[] }) =>
  definition.sections.flatMap((s) => s.questions.map((q) => q.key));

describe('instrument templates and creation', () => {
  it('lists every shipped template with its kind and number of questions', async () => {
    const response = await api(world.admin, 'GET', '/survey-templates');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { key: string; kind: string; questionCount: number }[];
    expect(items.map((t) => t.key)).toEqual(SURVEY_TEMPLATES.map((t) => t.key));
    // Four profile questions, the nine SKM elements and the suggestions box.
    expect(items.find((t) => t.key === 'skm')).toMatchObject({
      kind: 'skm',
      questionCount: 14,
      title: { id: 'Survei Kepuasan Masyarakat (SKM)', en: 'Public Satisfaction Survey (SKM)' },
    });
  });

  it.each(SURVEY_TEMPLATES.map((t) => t.key))('creates an editable copy of the template %s', async (key) => {
    const template = SURVEY_TEMPLATES.find((t) => t.key === key)!;
    const response = await api(world.admin, 'POST', '/instruments', { templateKey: key });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      templateKey: key,
      kind: template.definition.kind,
      title: template.definition.title.id,
      version: { version: 1, frozen: false },
    });
    expect(questionKeys(body.version.definition)).toEqual(questionKeys(template.definition));
    const read = await api(world.admin, 'GET', `/instruments/${body.id}`);
    expect(read.json().versions).toEqual([expect.objectContaining({ version: 1, frozen: false })]);
  });

  it('creates an instrument from a custom definition and lists it', async () => {
    const response = await api(world.admin, 'POST', '/instruments', { definition: SMALL_INSTRUMENT });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ kind: 'custom', title: 'Survei uji', templateKey: null });
    expect(questionKeys(body.version.definition)).toEqual(['satisfaction', 'formats', 'why_low', 'comments']);
    // Defaults the author left out are filled in when stored.
    expect(body.version.definition.sections[0].questions[0].required).toBe(true);
    const list = await api(world.admin, 'GET', '/instruments');
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ id: body.id, kind: 'custom', version: 1, surveyCount: 0 }),
    );
  });

  it('rejects a definition with a repeated question key, naming the field', async () => {
    const section = SMALL_INSTRUMENT.sections[0]!;
    const definition = {
      ...SMALL_INSTRUMENT,
      sections: [{ ...section, questions: [...section.questions, { ...section.questions[3]! }] }],
    };
    const response = await api(world.admin, 'POST', '/instruments', { definition }, 'en');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body.status).toBe(400);
    expect(body.errors).toEqual([
      {
        path: 'body/definition/sections/0/questions/4/key',
        message: 'Question key "comments" is used twice. Every question needs its own key.',
      },
    ]);
  });

  it('rejects a condition that points at a later question, naming the field', async () => {
    const section = SMALL_INSTRUMENT.sections[0]!;
    const [satisfaction, formats, whyLow, comments] = section.questions;
    const definition = {
      ...SMALL_INSTRUMENT,
      sections: [
        {
          ...section,
          questions: [
            { ...whyLow!, showIf: { question: 'satisfaction', anyOf: [1] } },
            satisfaction!,
            formats!,
            comments!,
          ],
        },
      ],
    };
    const response = await api(world.admin, 'POST', '/instruments', { definition });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([
      {
        path: 'body/definition/sections/0/questions/0/showIf/question',
        message:
          'Syarat tampil harus merujuk ke pertanyaan pilihan atau skala yang ada sebelumnya, bukan "satisfaction".',
      },
    ]);
    const list = await api(world.admin, 'GET', '/instruments');
    expect(list.json().items.filter((i: { kind: string }) => i.kind === 'custom')).toHaveLength(1);
  });

  it('rejects an unknown template key in the reader’s language', async () => {
    const id = await api(world.admin, 'POST', '/instruments', { templateKey: 'no-such-template' });
    expect(id.statusCode).toBe(400);
    expect(id.headers['content-type']).toContain('application/problem+json');
    expect(id.json().detail).toBe('Templat kuesioner "no-such-template" tidak dikenal.');
    const en = await api(world.admin, 'POST', '/instruments', { templateKey: 'no-such-template' }, 'en');
    expect(en.json().detail).toBe('Questionnaire template "no-such-template" is unknown.');
  });
});

/** A survey over the world's OPD with one wave left in draft; returns their ids. */
async function draftWave(instrumentId: number) {
  const survey = await api(world.admin, 'POST', '/surveys', {
    instrumentId,
    title: 'Survei versi',
    mode: 'identified',
    audience: { kind: 'criteria', unitIds: [world.opd.id] },
  });
  expect(survey.statusCode).toBe(201);
  const wave = await api(world.admin, 'POST', `/surveys/${survey.json().id}/waves`, {
    label: 'Gelombang 1',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  expect(wave.statusCode).toBe(201);
  return { surveyId: survey.json().id as number, waveId: wave.json().waves[0].id as number };
}

describe('editing an instrument', () => {
  it('changes version 1 in place while no wave using it has opened', async () => {
    const created = await api(world.admin, 'POST', '/instruments', { definition: SMALL_INSTRUMENT });
    const id = created.json().id as number;
    const { surveyId } = await draftWave(id);
    const edited = await api(world.admin, 'PUT', `/instruments/${id}`, {
      definition: {
        ...withExtraQuestion(SMALL_INSTRUMENT, 'extra'),
        title: { id: 'Survei uji baru', en: '' },
      },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Survei uji baru', version: { version: 1, frozen: false } });
    expect(edited.json().versions).toHaveLength(1);
    expect(questionKeys(edited.json().version.definition)).toContain('extra');
    expect(edited.json().version.id).toBe(created.json().version.id);
    const survey = await api(world.admin, 'GET', `/surveys/${surveyId}`);
    expect(survey.json().waves[0]).toMatchObject({ status: 'draft', instrumentVersion: 1 });
  });

  it('makes version 2 once a wave opened, while the open wave keeps asking version 1', async () => {
    const { instrumentId, surveyId, waveId } = await openSurvey(ctx, world, { mode: 'identified' });
    const edited = await api(world.admin, 'PUT', `/instruments/${instrumentId}`, {
      definition: withExtraQuestion(SMALL_INSTRUMENT, 'extra'),
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().version).toMatchObject({ version: 2, frozen: false });
    expect(edited.json().versions).toEqual([
      expect.objectContaining({ version: 2, frozen: false }),
      expect.objectContaining({ version: 1, frozen: true }),
    ]);

    const respondent = world.staff[0]!.session;
    const form = await api(respondent, 'GET', `/survey-waves/${waveId}/form`);
    expect(form.statusCode).toBe(200);
    expect(questionKeys(form.json().definition)).toEqual(['satisfaction', 'formats', 'why_low', 'comments']);
    const survey = await api(world.admin, 'GET', `/surveys/${surveyId}`);
    expect(survey.json().waves[0]).toMatchObject({ id: waveId, instrumentVersion: 1 });

    const newQuestion = await api(respondent, 'POST', `/survey-waves/${waveId}/responses`, {
      answers: { satisfaction: 4, formats: ['class'], extra: 'jawaban' },
    });
    expect(newQuestion.statusCode).toBe(400);
    expect(newQuestion.json().errors).toEqual([
      { path: 'answers.extra', message: 'Pertanyaan "extra" tidak ada dalam kuesioner ini.' },
    ]);
    const oldQuestions = await api(respondent, 'POST', `/survey-waves/${waveId}/responses`, {
      answers: { satisfaction: 4, formats: ['class'] },
    });
    expect(oldQuestions.statusCode).toBe(201);
  });

  it('edits the unfrozen version 2 in place and gives the next wave version 2', async () => {
    const { instrumentId, surveyId } = await openSurvey(ctx, world, { mode: 'identified' });
    await api(world.admin, 'PUT', `/instruments/${instrumentId}`, {
      definition: withExtraQuestion(SMALL_INSTRUMENT, 'extra'),
    });
    const again = await api(world.admin, 'PUT', `/instruments/${instrumentId}`, {
      definition: withExtraQuestion(SMALL_INSTRUMENT, 'other'),
    });
    expect(again.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(questionKeys(again.json().version.definition)).toContain('other');
    expect(questionKeys(again.json().version.definition)).not.toContain('extra');
    const next = await api(world.admin, 'POST', `/surveys/${surveyId}/waves`, {
      label: 'Gelombang 2',
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(
      next
        .json()
        .waves.map((w: { number: number; instrumentVersion: number }) => [w.number, w.instrumentVersion]),
    ).toEqual([
      [2, 2],
      [1, 1],
    ]);
  });
});

describe('who may touch instruments', () => {
  it('refuses a pegawai creating or editing an instrument', async () => {
    const pegawai = world.staff[0]!.session;
    const create = await api(pegawai, 'POST', '/instruments', { templateKey: 'skm' });
    expect(create.statusCode).toBe(403);
    expect(create.headers['content-type']).toContain('application/problem+json');
    const someId = (await api(world.admin, 'GET', '/instruments')).json().items[0].id as number;
    const edit = await api(pegawai, 'PUT', `/instruments/${someId}`, { definition: SMALL_INSTRUMENT });
    expect(edit.statusCode).toBe(403);
  });

  it('answers 404 for another tenant’s instrument and leaves it unchanged', async () => {
    const own = await api(world.admin, 'POST', '/instruments', { definition: SMALL_INSTRUMENT });
    const id = own.json().id as number;
    const otherTenant = (await createTenant(ctx)).id;
    const employee = await buildEmployee(ctx, otherTenant);
    const otherAdmin = await apiAs(ctx, 'admin', otherTenant, { employeeId: employee.id });
    expect((await api(otherAdmin, 'GET', `/instruments/${id}`)).statusCode).toBe(404);
    const edit = await api(otherAdmin, 'PUT', `/instruments/${id}`, {
      definition: withExtraQuestion(SMALL_INSTRUMENT, 'intruder'),
    });
    expect(edit.statusCode).toBe(404);
    expect((await api(otherAdmin, 'GET', '/instruments')).json().items).toEqual([]);
    const unchanged = await api(world.admin, 'GET', `/instruments/${id}`);
    expect(questionKeys(unchanged.json().version.definition)).not.toContain('intruder');
  });
});
