import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { policyBody } from '../../../test/factories/policy.factory';
import { answerSatisfaction, openSurvey, surveyWorld } from '../../../test/factories/survey.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { pdfText } from '../../../test/pdf-text';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// A policy in force is evaluated every six months: the report is compiled from the government's
// own data, evaluators record findings and a recommendation, a leader decides (keep or revise),
// the decided report stays as it was, and a revision may cite the findings it answers.

let ctx: TestContext;
let clock: TestClock;
let tenantId: number;
let otherTenantId: number;
let admin: TestApi;
let pimpinan: TestApi;
let auditor: TestApi;
let pegawai: TestApi;
let otherAdmin: TestApi;
let surveyId: number;
let waveId: number;

/** Signs everyone in again: moving the clock by months expires sessions. */
async function signIn() {
  admin = await apiAs(ctx, 'admin', tenantId);
  pimpinan = await apiAs(ctx, 'pimpinan', tenantId);
  auditor = await apiAs(ctx, 'auditor', tenantId);
  pegawai = await apiAs(ctx, 'pegawai', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', otherTenantId);
}

beforeAll(async () => {
  clock = new TestClock(new Date('2027-01-05T02:00:00Z'));
  ctx = await createTestContext({}, { clock });
  tenantId = (await createTenant(ctx)).id;
  const other = await createTenant(ctx);
  otherTenantId = other.id;
  const opened = await openSurvey(ctx, await surveyWorld(ctx, tenantId, 6), {
    mode: 'anonymous',
    minGroupSize: 5,
  });
  ({ surveyId, waveId } = opened);
  await answerSatisfaction(ctx, tenantId, waveId, [2, 2, 3, 3, 2, 3]);
  await signIn();
});
afterAll(() => ctx.close());

const transition = (api: TestApi, policyId: number, body: Record<string, unknown>) =>
  api.post(`/api/v1/policies/${policyId}/transitions`, body);

/** A policy with one article, linked to the survey, judged by its satisfaction mean, in force today. */
async function policyInForce(title = 'Kebijakan Promosi ASN') {
  const created = await admin.post(
    '/api/v1/policies',
    policyBody({ title, area: 'karier', purpose: 'Promosi yang adil dan terbuka.', surveyIds: [surveyId] }),
  );
  expect(created.statusCode, created.body).toBe(200);
  const policyId: number = created.json().id;
  expect(created.json().evaluation).toEqual({ months: 6, nextDue: null, openId: null });
  await admin.post(`/api/v1/policies/${policyId}/draft/provisions`, {
    parentId: null,
    afterId: null,
    label: 'Pasal 1',
    body: 'Promosi dilakukan melalui seleksi terbuka.',
  });
  const indicator = await admin.post(`/api/v1/policies/${policyId}/indicators`, {
    name: 'Kepuasan terhadap promosi',
    params: { source: 'survey.mean', surveyId, items: [{ questionKey: 'satisfaction', statementKey: null }] },
    direction: 'up',
    baseline: 2.5,
    target: 3.5,
  });
  expect(indicator.statusCode, indicator.body).toBe(200);
  const adopted = await transition(pimpinan, policyId, { transition: 'adopt' });
  expect(adopted.json().state).toBe('in_force');
  return policyId;
}

const evaluationPath = (policyId: number, evaluationId: number) =>
  `/api/v1/policies/${policyId}/evaluations/${evaluationId}`;

async function started(policyId: number) {
  const response = await transition(admin, policyId, {
    transition: 'startEvaluation',
    note: 'Evaluasi semester.',
  });
  expect(response.statusCode, response.body).toBe(200);
  const openId: number = response.json().evaluation.openId;
  expect(openId).toBeGreaterThan(0);
  return openId;
}

describe('an evaluation from start to decision', () => {
  let policyId: number;
  let evaluationId: number;

  it('falls due six months after the text took effect', async () => {
    policyId = await policyInForce();
    const list = (await admin.get(`/api/v1/policies/${policyId}/evaluations`)).json();
    expect(list).toEqual({ items: [], months: 6, nextDue: '2027-07-05' });
    const summary = (await admin.get('/api/v1/policies'))
      .json()
      .items.find((p: { id: number }) => p.id === policyId);
    expect(summary.nextEvaluationDue).toBe('2027-07-05');
  });

  it('compiles the report from the surveys and indicators of the period', async () => {
    clock.advance({ days: 30 });
    await signIn();
    evaluationId = await started(policyId);
    const detail = (await admin.get(evaluationPath(policyId, evaluationId))).json();
    expect(detail).toMatchObject({
      versionNumber: 1,
      period: { from: '2027-01-05', to: '2027-02-04' },
      startedBy: expect.any(String),
      recommendation: null,
      decision: null,
      canAddFinding: true,
      canRecommend: true,
      canDecide: false,
    });
    expect(detail.report.indicators).toHaveLength(1);
    expect(detail.report.indicators[0].latest).toBe(2.5);
    expect(detail.report.surveys[0].waves[0]).toMatchObject({ waveId, responses: 6 });
    expect(detail.report.consultation).toEqual({
      rounds: 0,
      comments: 0,
      proposals: 0,
      responses: { accepted: 0, partial: 0, rejected: 0, unanswered: 0 },
    });
  });

  it('is read by reviewers only, and by no other government', async () => {
    expect((await pegawai.get(`/api/v1/policies/${policyId}/evaluations`)).statusCode).toBe(403);
    expect((await pegawai.get(evaluationPath(policyId, evaluationId))).statusCode).toBe(403);
    expect((await auditor.get(evaluationPath(policyId, evaluationId))).statusCode).toBe(200);
    expect((await otherAdmin.get(`/api/v1/policies/${policyId}/evaluations`)).statusCode).toBe(404);
    expect((await otherAdmin.get(evaluationPath(policyId, evaluationId))).statusCode).toBe(404);
    const crossed = await otherAdmin.post(`${evaluationPath(policyId, evaluationId)}/findings`, {
      body: 'x',
    });
    expect(crossed.statusCode).toBe(404);
  });

  it('refuses a decision before the evaluators recommend, and stores nothing', async () => {
    const early = await transition(pimpinan, policyId, { transition: 'keep' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('rekomendasi');
    const policy = (await admin.get(`/api/v1/policies/${policyId}`)).json();
    expect(policy.state).toBe('under_evaluation');
    expect(policy.history[0].transition).toBe('startEvaluation');
  });

  it('takes findings from an auditor and the recommendation from the admins only', async () => {
    const finding = await auditor.post(`${evaluationPath(policyId, evaluationId)}/findings`, {
      body: 'Kepuasan terhadap promosi 2,5: di bawah target 3,5.',
    });
    expect(finding.statusCode, finding.body).toBe(200);
    expect(finding.json().findings).toHaveLength(1);
    expect(
      (await pegawai.post(`${evaluationPath(policyId, evaluationId)}/findings`, { body: 'x' })).statusCode,
    ).toBe(403);
    const empty = await admin.post(`${evaluationPath(policyId, evaluationId)}/findings`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
    const byAuditor = await auditor.put(`${evaluationPath(policyId, evaluationId)}/recommendation`, {
      recommendation: 'revise',
      reason: 'x',
    });
    expect(byAuditor.statusCode).toBe(403);
    const recommended = await admin.put(`${evaluationPath(policyId, evaluationId)}/recommendation`, {
      recommendation: 'revise',
      reason: 'Promosi belum dirasakan adil.',
    });
    expect(recommended.statusCode, recommended.body).toBe(200);
    expect(recommended.json()).toMatchObject({ recommendation: 'revise', canDecide: false });
    expect((await pimpinan.get(evaluationPath(policyId, evaluationId))).json().canDecide).toBe(true);
    const audit = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('audit_log').select('action').where('action', 'like', 'policy.evaluation.%').execute(),
    );
    expect(audit.map((row) => row.action).sort()).toEqual([
      'policy.evaluation.finding.added',
      'policy.evaluation.recommended',
    ]);
  });

  it('asks a leader who decides against the recommendation to say why', async () => {
    const silent = await transition(pimpinan, policyId, { transition: 'keep' });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().detail).toContain('direvisi');
    const english = await pimpinan.post(
      `/api/v1/policies/${policyId}/transitions`,
      { transition: 'keep' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(english.json().detail).toContain('(revise)');
    expect((await transition(admin, policyId, { transition: 'keep', note: 'x' })).statusCode).toBe(403);
    const kept = await transition(pimpinan, policyId, {
      transition: 'keep',
      note: 'Dipertahankan satu semester lagi sambil menunggu survei berikutnya.',
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ state: 'in_force', evaluation: { openId: null } });
  });

  it('keeps the decided report as it was, and takes no more findings', async () => {
    await answerSatisfaction(ctx, tenantId, waveId, [5, 5, 5, 5, 5, 5]);
    const detail = (await admin.get(evaluationPath(policyId, evaluationId))).json();
    expect(detail).toMatchObject({ decision: 'keep', canAddFinding: false, canRecommend: false });
    expect(detail.decisionDetail.note).toContain('semester');
    expect(detail.report.indicators[0].latest).toBe(2.5);
    const english = (
      await admin.get(evaluationPath(policyId, evaluationId), { headers: { 'accept-language': 'en' } })
    ).json();
    expect(english.report.indicators[0].latest).toBe(2.5);
    const late = await admin.post(`${evaluationPath(policyId, evaluationId)}/findings`, {
      body: 'Terlambat.',
    });
    expect(late.statusCode).toBe(409);
    const relisted = await admin.put(`${evaluationPath(policyId, evaluationId)}/recommendation`, {
      recommendation: 'keep',
      reason: 'x',
    });
    expect(relisted.statusCode).toBe(409);
  });

  it('hands the report out as a workbook', async () => {
    const response = await admin.get(`${evaluationPath(policyId, evaluationId)}/report.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('evaluasi-kebijakan');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ringkasan',
      'Indikator',
      'Survei',
      'Konsultasi',
    ]);
    const cells = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .flatMap((row) => (Array.isArray(row) ? row.map(String) : []));
    expect(cells('Ringkasan').some((v) => v.includes('di bawah target'))).toBe(true);
    expect(cells('Indikator')).toContain('2.5');
  });

  it('hands the report out as a PDF to those who review the policy, in either language', async () => {
    const url = `${evaluationPath(policyId, evaluationId)}/report.pdf`;
    const response = await pimpinan.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="evaluasi-kebijakan-promosi-asn-[0-9-]+\.pdf"$/,
    );
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Laporan Evaluasi Kebijakan Promosi ASN');
    expect(text).toContain('di bawah target 3,5');
    expect(text).toContain('Promosi belum dirasakan adil.');
    expect(text).toContain('satu semester lagi');
    expect(text).toContain('belum memenuhi target');
    expect(text).not.toContain('EVALUASI BERJALAN');
    const english = pdfText((await admin.get(`${url}?lang=en`)).rawPayload);
    expect(english).toContain('Evaluation Report: Kebijakan Promosi ASN');
    expect(english).toContain('below the target');
    expect((await pegawai.get(url)).statusCode).toBe(403);
    expect((await otherAdmin.get(url)).statusCode).toBe(404);
  });

  it('starts the next one by itself when it falls due, looking back to the last one', async () => {
    const list = (await admin.get(`/api/v1/policies/${policyId}/evaluations`)).json();
    expect(list.nextDue).toBe('2027-08-04');
    clock.set(new Date('2027-08-04T00:30:00Z'));
    await ctx.schedules.runDue();
    await signIn();
    // 08:00 in Jakarta is 01:00 UTC: not yet.
    expect((await admin.get(`/api/v1/policies/${policyId}`)).json().state).toBe('in_force');
    clock.set(new Date('2027-08-04T01:01:00Z'));
    await ctx.schedules.runDue();
    await signIn();
    await expect
      .poll(async () => (await admin.get(`/api/v1/policies/${policyId}`)).json().state)
      .toBe('under_evaluation');
    const after = (await admin.get(`/api/v1/policies/${policyId}/evaluations`)).json();
    expect(after.items[0]).toMatchObject({
      startedBy: null,
      period: { from: '2027-02-04', to: '2027-08-04' },
    });
  });
});

describe('a revision answering a finding', () => {
  it('cites the finding, and the finding shows the clause it changed', async () => {
    const policyId = await policyInForce('Kebijakan Mutasi ASN');
    const evaluationId = await started(policyId);
    const finding = (
      await admin.post(`${evaluationPath(policyId, evaluationId)}/findings`, {
        body: 'Pegawai tidak tahu kapan seleksi dibuka.',
      })
    ).json().findings[0];
    await admin.put(`${evaluationPath(policyId, evaluationId)}/recommendation`, {
      recommendation: 'adjust',
      reason: 'Pengumuman seleksi perlu diatur.',
    });
    const revised = await transition(pimpinan, policyId, { transition: 'revise' });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json().state).toBe('revising');
    const draft = revised.json().versions[0];
    const text = (await admin.get(`/api/v1/policies/${policyId}/versions/${draft.id}`)).json();
    const pasal1 = text.provisions[0].provisionId;

    // A finding of another policy's evaluation is no evidence here.
    const otherPolicy = await policyInForce('Kebijakan Cuti ASN');
    const otherEvaluation = await started(otherPolicy);
    const otherFinding = (
      await admin.post(`${evaluationPath(otherPolicy, otherEvaluation)}/findings`, { body: 'Lain.' })
    ).json().findings[0];
    const crossed = await admin.patch(`/api/v1/policies/${policyId}/draft/provisions/${pasal1}`, {
      body: 'Promosi diumumkan terbuka.',
      reason: 'x',
      evidence: [{ kind: 'finding', findingId: otherFinding.id }],
    });
    expect(crossed.statusCode).toBe(400);
    expect(crossed.json().detail).toContain('temuan');

    const changed = await admin.patch(`/api/v1/policies/${policyId}/draft/provisions/${pasal1}`, {
      body: 'Promosi dilakukan melalui seleksi terbuka yang diumumkan paling lambat 14 hari sebelumnya.',
      reason: 'Pegawai perlu tahu kapan seleksi dibuka.',
      evidence: [{ kind: 'finding', findingId: finding.id }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const evidence = changed.json().provisions[0].change.evidence[0];
    expect(evidence).toMatchObject({ kind: 'finding', findingId: finding.id, evaluationId });
    expect(evidence.label).toContain('Pegawai tidak tahu kapan seleksi dibuka.');
    const detail = (await admin.get(evaluationPath(policyId, evaluationId))).json();
    expect(detail.findings[0].uses).toEqual([
      { versionId: draft.id, versionNumber: 2, label: 'Pasal 1', removed: false },
    ]);
  });
});

describe('the interval', () => {
  it('moves the next evaluation when the policy says another interval, within bounds', async () => {
    const policyId = await policyInForce('Kebijakan Diklat ASN');
    const today = (await admin.get(`/api/v1/policies/${policyId}`)).json().versions[0]
      .effectiveFrom as string;
    const yearly = await admin.patch(`/api/v1/policies/${policyId}`, { evaluationMonths: 12 });
    expect(yearly.statusCode, yearly.body).toBe(200);
    expect(yearly.json().evaluation.months).toBe(12);
    expect(yearly.json().evaluation.nextDue).toBe(`${Number(today.slice(0, 4)) + 1}${today.slice(4)}`);
    const task = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('scheduled_task')
        .select('next_local')
        .where('key', '=', `policy.${policyId}.evaluationDue`)
        .executeTakeFirst(),
    );
    expect(task?.next_local).toBe(`${Number(today.slice(0, 4)) + 1}${today.slice(4)}T08:00`);
    expect((await admin.patch(`/api/v1/policies/${policyId}`, { evaluationMonths: 0 })).statusCode).toBe(400);
    expect((await admin.patch(`/api/v1/policies/${policyId}`, { evaluationMonths: 37 })).statusCode).toBe(
      400,
    );
  });

  it('starts one evaluation when two admins start at once', async () => {
    const policyId = await policyInForce('Kebijakan Kenaikan Pangkat');
    const second = await apiAs(ctx, 'admin', tenantId);
    const results = await Promise.all([
      transition(admin, policyId, { transition: 'startEvaluation' }),
      transition(second, policyId, { transition: 'startEvaluation' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const list = (await admin.get(`/api/v1/policies/${policyId}/evaluations`)).json();
    expect(list.items).toHaveLength(1);
  });

  it('cancels the schedule when the policy is retired', async () => {
    const policyId = await policyInForce('Kebijakan Lama');
    expect((await transition(pimpinan, policyId, { transition: 'retire' })).statusCode).toBe(200);
    const task = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('scheduled_task')
        .select('key')
        .where('key', '=', `policy.${policyId}.evaluationDue`)
        .executeTakeFirst(),
    );
    expect(task).toBeUndefined();
    expect((await admin.get(`/api/v1/policies/${policyId}`)).json().evaluation.nextDue).toBeNull();
  });
});
