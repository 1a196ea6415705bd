import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { policyBody } from '../../../test/factories/policy.factory';
import { answerSatisfaction, openSurvey, surveyWorld } from '../../../test/factories/survey.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';

// A policy's indicators follow the government's own survey results wave by wave, never a typed-in
// value, under the same k rule as the results pages.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let pegawai: TestApi;
let otherAdmin: TestApi;
let surveyId: number;
let smallSurveyId: number;
let otherSurveyId: number;
let policyId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  const other = await createTenant(ctx);
  const world = await surveyWorld(ctx, tenantId, 6);
  const opened = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: 5 });
  surveyId = opened.surveyId;
  await answerSatisfaction(ctx, tenantId, opened.waveId, [2, 3, 3, 4, 4, 4]);
  const small = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: 5 });
  smallSurveyId = small.surveyId;
  await answerSatisfaction(ctx, tenantId, small.waveId, [1, 1, 1]);
  otherSurveyId = (await openSurvey(ctx, await surveyWorld(ctx, other.id, 1), { mode: 'anonymous' }))
    .surveyId;
  admin = await apiAs(ctx, 'admin', tenantId);
  pegawai = await apiAs(ctx, 'pegawai', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', other.id);
  const created = await admin.post(
    '/api/v1/policies',
    policyBody({ title: 'Kebijakan Kepegawaian', purpose: 'Uji indikator.', surveyIds: [surveyId] }),
  );
  policyId = created.json().id;
  // Readers see a policy once a text of it is adopted.
  await admin.post(`/api/v1/policies/${policyId}/draft/provisions`, {
    parentId: null,
    afterId: null,
    label: 'Pasal 1',
    body: 'Ketentuan umum.',
  });
  await (await apiAs(ctx, 'pimpinan', tenantId)).post(`/api/v1/policies/${policyId}/transitions`, {
    transition: 'adopt',
  });
});
afterAll(() => ctx.close());

const indicator = (params: object, target = 3.5) => ({
  name: 'Kepuasan pegawai',
  params,
  direction: 'up',
  baseline: 3,
  target,
});

describe('indicators', () => {
  it('computes a theme’s mean and the response rate from the waves, and says whether the target is met', async () => {
    const mean = await admin.post(
      `/api/v1/policies/${policyId}/indicators`,
      indicator({ source: 'survey.mean', surveyId, items: [{ questionKey: 'satisfaction' }] }),
    );
    expect(mean.statusCode, mean.body).toBe(200);
    expect(mean.json().latest).toBeCloseTo(20 / 6, 10);
    expect(mean.json()).toMatchObject({
      met: false,
      sourceLabel: expect.stringContaining('Seberapa puas Anda?'),
    });
    const rate = await admin.post(
      `/api/v1/policies/${policyId}/indicators`,
      indicator({ source: 'survey.responseRate', surveyId }, 0.8),
    );
    expect(rate.json()).toMatchObject({ latest: 1, met: true });

    const list = await pegawai.get(`/api/v1/policies/${policyId}/indicators`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { params: { source: string } }) => i.params.source)).toEqual([
      'survey.mean',
      'survey.responseRate',
    ]);
    expect(list.json().versions).toEqual([{ number: 1, effectiveFrom: expect.any(String) }]);
  });

  it('shows no value for a wave under k, as the results page would not', async () => {
    const small = await admin.post(
      `/api/v1/policies/${policyId}/indicators`,
      indicator({ source: 'survey.mean', surveyId: smallSurveyId, items: [{ questionKey: 'satisfaction' }] }),
    );
    expect(small.json().points).toEqual([expect.objectContaining({ value: null })]);
    expect(small.json()).toMatchObject({ latest: null, met: null });
  });

  it('refuses a question the survey does not ask and another government’s survey, storing nothing', async () => {
    const before = (await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items.length;
    const unknown = await admin.post(
      `/api/v1/policies/${policyId}/indicators`,
      indicator({ source: 'survey.mean', surveyId, items: [{ questionKey: 'nope' }] }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('“nope”');
    const foreign = await admin.post(
      `/api/v1/policies/${policyId}/indicators`,
      indicator({ source: 'survey.ikm', surveyId: otherSurveyId }),
    );
    expect(foreign.statusCode).toBe(400);
    expect((await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items).toHaveLength(before);
  });

  it('lets only drafters add or remove one, and nobody of another government read them', async () => {
    const body = indicator({ source: 'survey.ikm', surveyId });
    expect((await pegawai.post(`/api/v1/policies/${policyId}/indicators`, body)).statusCode).toBe(403);
    expect((await otherAdmin.get(`/api/v1/policies/${policyId}/indicators`)).statusCode).toBe(404);
    expect((await otherAdmin.post(`/api/v1/policies/${policyId}/indicators`, body)).statusCode).toBe(404);
    const [first] = (await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items;
    expect((await otherAdmin.delete(`/api/v1/policies/${policyId}/indicators/${first.id}`)).statusCode).toBe(
      404,
    );
    expect((await admin.delete(`/api/v1/policies/${policyId}/indicators/${first.id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/v1/policies/${policyId}/indicators/${first.id}`)).statusCode).toBe(404);
  });
});
