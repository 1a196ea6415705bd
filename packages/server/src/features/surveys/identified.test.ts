import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestContext, type TestContext } from '../../../test/harness';
import { inboxOf, openSurvey, type SurveyWorld, surveyWorld } from '../../../test/survey-fixtures';
import { withTenant } from '../../db/database';

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;
let waveId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  world = await surveyWorld(ctx, tenantId, 4);
  ({ waveId } = await openSurvey(ctx, world, { mode: 'identified', minGroupSize: 3 }));
});
afterAll(() => ctx.close());

const submit = (session: SurveyWorld['staff'][number]['session'], answers: unknown, language = 'id') =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/survey-waves/${waveId}/responses`,
    headers: { ...session.headers, 'accept-language': language },
    payload: { answers },
  });

/** Every accepted answer: released into the results, or waiting in the inbox for its batch of k. */
const storedResponses = async () => [
  ...(await withTenant(ctx.db, tenantId, (tx) =>
    tx.selectFrom('survey_response').selectAll().where('wave_id', '=', waveId).execute(),
  )),
  ...(await inboxOf(ctx, waveId)),
];

describe('an identified survey', () => {
  it('invites the audience when the wave opens and lists the wave for each invitee', async () => {
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/my/surveys',
      headers: world.staff[0]!.session.headers,
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({ waveId, mode: 'identified', responded: false }),
    ]);
    const notifications = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: world.staff[0]!.session.headers,
    });
    expect(notifications.json()).toMatchObject({
      unread: 1,
      items: [{ kind: 'survey.invitation', data: { waveId } }],
    });
  });

  it('serves the questions to an invitee and hides the wave from everyone else', async () => {
    const form = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/survey-waves/${waveId}/form`,
      headers: world.staff[1]!.session.headers,
    });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ open: true, responded: false, mode: 'identified' });
    expect(form.json().definition.sections[0].questions).toHaveLength(4);
    const stranger = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/survey-waves/${waveId}/form`,
      headers: world.admin.headers,
    });
    expect(stranger.statusCode).toBe(404);
  });

  it('rejects a response that breaks the instrument, names every problem, and stores nothing', async () => {
    const response = await submit(
      world.staff[0]!.session,
      { satisfaction: 9, formats: ['class', 'online', 'mentoring'], why_low: 'x', bogus: 1 },
      'en',
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body.detail).toBe('4 answers need correcting. Nothing was saved.');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'answers.bogus', message: 'Question "bogus" is not part of this questionnaire.' },
        {
          path: 'answers.satisfaction',
          message: 'The answer to "How satisfied are you?" must be between 1 and 5.',
        },
        { path: 'answers.formats', message: '"Preferred formats": choose at most 2 (3 chosen).' },
      ]),
    );
    expect(await storedResponses()).toHaveLength(0);
  });

  it('rejects an answer to a question the earlier answers hide', async () => {
    const response = await submit(world.staff[0]!.session, {
      satisfaction: 5,
      formats: ['class'],
      why_low: 'tidak',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        path: 'answers.why_low',
        message:
          '"Mengapa kurang puas?" tidak ditampilkan untuk jawaban Anda sebelumnya, jadi tidak boleh dijawab.',
      },
    ]);
  });

  it('stores a valid response with its employee, once, and refuses the second', async () => {
    const answers = { satisfaction: 2, formats: ['online', 'class'], why_low: '  Materi terlalu padat  ' };
    expect((await submit(world.staff[0]!.session, answers)).statusCode).toBe(201);
    const again = await submit(world.staff[0]!.session, answers);
    expect(again.statusCode).toBe(409);
    const rows = await storedResponses();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      employee_id: world.staff[0]!.employeeId,
      unit_id: world.opd.id,
      // Choices in option order, texts trimmed.
      answers: { satisfaction: 2, formats: ['class', 'online'], why_low: 'Materi terlalu padat' },
    });
  });

  it('stores exactly one response when the same person sends it many times at once', async () => {
    const session = world.staff[1]!.session;
    const results = await Promise.all(
      Array.from({ length: 12 }, () => submit(session, { satisfaction: 4, formats: ['mentoring'] })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(11);
    const rows = await storedResponses();
    expect(rows.filter((r) => r.employee_id === world.staff[1]!.employeeId)).toHaveLength(1);
  });

  it('refuses answers once the wave is closed', async () => {
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${waveId}/close`,
      headers: world.admin.headers,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().waves[0].status).toBe('closed');
    const late = await submit(world.staff[2]!.session, { satisfaction: 3, formats: ['class'] });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('tidak sedang menerima jawaban');
  });
});
