import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { policyBody } from '../../../test/factories/policy.factory';
import {
  answerSatisfaction,
  openSurvey,
  type SurveyWorld,
  surveyWorld,
} from '../../../test/factories/survey.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// A change of a provision may cite one final measurement of one of its policy's indicators; the
// value is kept as cited, the indicator lists the changes citing it (the reverse view), and it
// cannot be removed while cited.

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;
let admin: TestApi;
let pimpinan: TestApi;
let pegawai: TestApi;
let otherAdmin: TestApi;
let waveId: number;
let policyId: number;
let indicatorId: number;
let otherIndicatorId: number;
let foreignPolicyId: number;

async function createPolicy(as: TestApi, title: string, surveyIds: number[]) {
  const created = await as.post(
    '/api/v1/policies',
    policyBody({ title, area: 'karier', purpose: 'Uji bukti indikator.', surveyIds }),
  );
  expect(created.statusCode, created.body).toBe(200);
  return created.json().id as number;
}

async function addIndicator(policy: number, surveyId: number) {
  const res = await admin.post(`/api/v1/policies/${policy}/indicators`, {
    name: 'Kepuasan terhadap sistem promosi',
    params: { source: 'survey.mean', surveyId, items: [{ questionKey: 'satisfaction', statementKey: null }] },
    direction: 'up',
    baseline: null,
    target: 3.5,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as number;
}

/** The only point of the indicator: the test wave's. */
async function pointAt(id = indicatorId) {
  const list = (await admin.get(`/api/v1/policies/${policyId}/indicators`)).json();
  const points = list.items.find((i: { id: number }) => i.id === id).points;
  expect(points).toHaveLength(1);
  return points[0] as { at: string; value: number; provisional: boolean };
}

function addProvision(as: TestApi, policy: number, evidence: object[], locale: 'id' | 'en' = 'id') {
  return as.post(
    `/api/v1/policies/${policy}/draft/provisions`,
    { parentId: null, afterId: null, label: 'Pasal 1', body: 'Promosi berdasarkan sistem merit.', evidence },
    { locale },
  );
}

const storedEvidence = () =>
  withTenant(ctx.db, tenantId, async (tx) => {
    const rows = await sql<{ kind: string; measured_value: number; measured_label: string }>`
      select kind, measured_value, measured_label from provision_evidence`.execute(tx);
    return rows.rows;
  });

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  const other = await createTenant(ctx);
  world = await surveyWorld(ctx, tenantId, 6);
  const opened = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: 5 });
  waveId = opened.waveId;
  await answerSatisfaction(ctx, tenantId, waveId, [2, 3, 3, 4, 4, 4]);
  admin = await apiAs(ctx, 'admin', tenantId);
  pimpinan = await apiAs(ctx, 'pimpinan', tenantId);
  pegawai = await apiAs(ctx, 'pegawai', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', other.id);
  policyId = await createPolicy(admin, 'Kebijakan Pengembangan Karier', [opened.surveyId]);
  indicatorId = await addIndicator(policyId, opened.surveyId);
  otherIndicatorId = await addIndicator(
    await createPolicy(admin, 'Kebijakan Lain', [opened.surveyId]),
    opened.surveyId,
  );
  foreignPolicyId = await createPolicy(otherAdmin, 'Kebijakan Pemerintah Lain', []);
});
afterAll(() => ctx.close());

describe('an indicator’s measurement as evidence', () => {
  it('refuses a value still being collected, storing nothing', async () => {
    const point = await pointAt();
    expect(point.provisional).toBe(true);
    const res = await addProvision(admin, policyId, [
      { kind: 'indicatorMeasurement', indicatorId, at: point.at },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('belum final');
    expect(await storedEvidence()).toEqual([]);
  });

  it('cites a final value as it reads, and the indicator lists the change citing it', async () => {
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${waveId}/close`,
      headers: world.admin.headers,
    });
    expect(closed.statusCode).toBe(200);
    const point = await pointAt();
    expect(point).toMatchObject({ provisional: false, value: 20 / 6 });
    const res = await addProvision(admin, policyId, [
      { kind: 'indicatorMeasurement', indicatorId, at: point.at },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const evidence = res.json().provisions[0].change.evidence;
    expect(evidence).toEqual([
      expect.objectContaining({
        kind: 'indicatorMeasurement',
        indicatorId,
        measuredAt: point.at,
        measuredValue: 20 / 6,
        label: 'Kepuasan terhadap sistem promosi: 3,33 (Gelombang uji)',
      }),
    ]);
    expect(await storedEvidence()).toEqual([
      { kind: 'indicatorMeasurement', measured_value: 20 / 6, measured_label: 'Gelombang uji' },
    ]);
    const list = (await admin.get(`/api/v1/policies/${policyId}/indicators`)).json();
    expect(list.citations).toEqual([
      expect.objectContaining({
        indicatorId,
        measuredAt: point.at,
        value: 20 / 6,
        versionNumber: 1,
        provisionLabel: 'Pasal 1',
        removed: false,
      }),
    ]);
  });

  it('refuses another policy’s indicator, a moment it has no value for, and another government’s, storing nothing', async () => {
    const point = await pointAt();
    const before = await storedEvidence();
    const foreign = await addProvision(
      admin,
      policyId,
      [{ kind: 'indicatorMeasurement', indicatorId: otherIndicatorId, at: point.at }],
      'en',
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().detail).toContain('not this policy’s');
    const later = new Date(Date.parse(point.at) + 1000).toISOString();
    const moment = await addProvision(admin, policyId, [
      { kind: 'indicatorMeasurement', indicatorId, at: later },
    ]);
    expect(moment.statusCode).toBe(400);
    expect(moment.json().detail).toContain('tidak mempunyai nilai');
    // Another government's drafter naming this government's indicator on their own policy.
    const tenant = await addProvision(otherAdmin, foreignPolicyId, [
      { kind: 'indicatorMeasurement', indicatorId, at: point.at },
    ]);
    expect(tenant.statusCode).toBe(400);
    expect(await storedEvidence()).toEqual(before);
  });

  it('keeps a cited indicator: its removal is refused in the reader’s language', async () => {
    const res = await admin.delete(`/api/v1/policies/${policyId}/indicators/${indicatorId}`, undefined, {
      locale: 'en',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('cited as evidence');
    expect((await admin.get(`/api/v1/policies/${policyId}/indicators`)).json().items).toHaveLength(1);
  });

  it('shows the citation to employees once the version citing it is adopted', async () => {
    expect((await pegawai.get(`/api/v1/policies/${policyId}/indicators`)).statusCode).toBe(404);
    const adopted = await pimpinan.post(`/api/v1/policies/${policyId}/transitions`, { transition: 'adopt' });
    expect(adopted.statusCode, adopted.body).toBe(200);
    const list = (await pegawai.get(`/api/v1/policies/${policyId}/indicators`)).json();
    expect(list.citations).toEqual([expect.objectContaining({ indicatorId, provisionLabel: 'Pasal 1' })]);
  });
});
