import type { NotificationKind } from '@jenjang/domain/shared/notification.contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { createAccount } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import {
  answerSatisfaction,
  openSurvey,
  type SurveyWorld,
  surveyWorld,
} from '../../../test/factories/survey.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, deliverEvents, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { insertTrigger } from './trigger.repository';

// A trigger on an indicator opens one revision proposal per final measurement that breaks its
// rule, whoever checks and however often, and the bell tells the policy's keepers.

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;
let admin: TestApi;
let pimpinan: TestApi;
let ownerLeader: number;
let pegawai: TestApi;
let otherAdmin: TestApi;
let policyId: number;
let otherPolicyId: number;
let waveId: number;
let indicatorId: number;
let otherIndicatorId: number;

async function inForcePolicy(title: string, ownerUnitId: number | null, surveyId: number) {
  const created = await admin.post(
    '/api/v1/policies',
    policyBody({ title, purpose: 'Uji pemicu.', ownerUnitId, surveyIds: [surveyId] }),
  );
  const id = created.json().id as number;
  await admin.post(`/api/v1/policies/${id}/draft/provisions`, {
    parentId: null,
    afterId: null,
    label: 'Pasal 1',
    body: 'Ketentuan umum.',
  });
  const adopted = await pimpinan.post(`/api/v1/policies/${id}/transitions`, { transition: 'adopt' });
  expect(adopted.json().state).toBe('in_force');
  return id;
}

async function addIndicator(policy: number, surveyId: number) {
  const res = await admin.post(`/api/v1/policies/${policy}/indicators`, {
    name: 'Kepuasan terhadap sistem promosi',
    params: { source: 'survey.mean', surveyId, items: [{ questionKey: 'satisfaction', statementKey: null }] },
    direction: 'up',
    baseline: null,
    target: 3.5,
  });
  expect(res.statusCode).toBe(200);
  return res.json().id as number;
}

const count = (table: 'policy_trigger' | 'policy_revision_proposal') =>
  withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.n)),
  );

async function bell(accountId: number, kind: NotificationKind) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('notification')
      .select(['data'])
      .where('account_id', '=', accountId)
      .where('kind', '=', kind)
      .execute(),
  );
}

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
  // A head of the owner unit: a leader whose own post is in the OPD that owns the policy.
  const head = await buildEmployee(ctx, tenantId, { unit: world.opd, name: 'Kepala Dinas Uji' });
  ownerLeader = (
    await createAccount(ctx, tenantId, 'atasan', { employeeId: head.id, scopeUnitId: world.opd.id })
  ).id;
  policyId = await inForcePolicy('Kebijakan Kepegawaian', world.opd.id, opened.surveyId);
  otherPolicyId = await inForcePolicy('Kebijakan Lain', null, opened.surveyId);
  indicatorId = await addIndicator(policyId, opened.surveyId);
  otherIndicatorId = await addIndicator(otherPolicyId, opened.surveyId);
});
afterAll(() => ctx.close());

const triggers = (id = policyId) => `/api/v1/policies/${id}/triggers`;

describe('indicator triggers', () => {
  it('opens nothing while the wave still collects: a provisional value may move', async () => {
    const res = await admin.post(triggers(), { indicatorId, rule: { kind: 'missesTarget' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().triggers).toHaveLength(1);
    expect(res.json().proposals).toEqual([]);
  });

  it('opens one proposal citing the measurement when the wave closes, and the bell tells the keepers', async () => {
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${waveId}/close`,
      headers: world.admin.headers,
    });
    expect(closed.statusCode).toBe(200);
    await deliverEvents(ctx); // the wave's close reaches the trigger check
    await deliverEvents(ctx); // the proposal it opened reaches the bell
    const list = (await admin.get(triggers())).json();
    expect(list.proposals).toHaveLength(1);
    expect(list.proposals[0]).toMatchObject({
      indicatorName: 'Kepuasan terhadap sistem promosi',
      pointLabel: 'Gelombang uji',
      value: 20 / 6,
      rule: { kind: 'missesTarget' },
      state: 'open',
    });
    const told = { policyId, proposalId: list.proposals[0].id, pointLabel: 'Gelombang uji' };
    expect((await bell(admin.account.id, 'policy.triggerFired')).map((n) => n.data)).toEqual([
      expect.objectContaining(told),
    ]);
    expect(await bell(ownerLeader, 'policy.triggerFired')).toHaveLength(1);
    expect(await bell(pimpinan.account.id, 'policy.triggerFired')).toHaveLength(1);
    expect(await bell(pegawai.account.id, 'policy.triggerFired')).toEqual([]);
    // Checking again, by hand or by the schedule, opens nothing more.
    expect((await admin.post(`${triggers()}/check`)).json()).toEqual({ opened: 0 });
  });

  it('opens one proposal when two checks run at once', async () => {
    await withTenant(ctx.db, tenantId, (tx) =>
      insertTrigger(tx, tenantId, {
        policyId,
        indicatorId,
        rule: { kind: 'below', threshold: 4 },
        by: admin.account.id,
        at: new Date(),
      }),
    );
    const before = await count('policy_revision_proposal');
    const results = await Promise.all([admin.post(`${triggers()}/check`), admin.post(`${triggers()}/check`)]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(results.map((r) => r.json().opened).sort()).toEqual([0, 1]);
    expect(await count('policy_revision_proposal')).toBe(before + 1);
  });

  it('refuses a trigger on another policy’s indicator, in the reader’s language, storing nothing', async () => {
    const before = await count('policy_trigger');
    const res = await admin.post(
      triggers(),
      { indicatorId: otherIndicatorId, rule: { kind: 'missesTarget' } },
      { locale: 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().detail ?? res.json().title).toContain('another policy');
    const id = await admin.post(triggers(), {
      indicatorId: otherIndicatorId,
      rule: { kind: 'missesTarget' },
    });
    expect(id.json().detail ?? id.json().title).toContain('kebijakan lain');
    expect(await count('policy_trigger')).toBe(before);
    expect(
      (await admin.post(triggers(), { indicatorId: 999_999, rule: { kind: 'missesTarget' } })).statusCode,
    ).toBe(404);
    expect(
      (await admin.post(triggers(), { indicatorId, rule: { kind: 'fallsBy', amount: -1 } })).statusCode,
    ).toBe(400);
    expect(await count('policy_trigger')).toBe(before);
  });

  it('shows nothing of a policy to another government', async () => {
    expect((await otherAdmin.get(triggers())).statusCode).toBe(404);
    expect(
      (await otherAdmin.post(triggers(), { indicatorId, rule: { kind: 'missesTarget' } })).statusCode,
    ).toBe(404);
    expect((await otherAdmin.post(`${triggers()}/check`)).statusCode).toBe(404);
  });

  it('lets every reader of the policy read the proposals, and only policy admins change triggers and decide', async () => {
    expect((await pimpinan.get(triggers())).statusCode).toBe(200);
    // An employee reads them too (as the indicators they are drawn from), without who decided.
    const read = await pegawai.get(triggers());
    expect(read.statusCode).toBe(200);
    expect(read.json().proposals).toHaveLength(2);
    const before = await count('policy_trigger');
    expect((await pegawai.post(triggers(), { indicatorId, rule: { kind: 'missesTarget' } })).statusCode).toBe(
      403,
    );
    expect(
      (await pimpinan.post(triggers(), { indicatorId, rule: { kind: 'missesTarget' } })).statusCode,
    ).toBe(403);
    expect((await pimpinan.post(`${triggers()}/check`)).statusCode).toBe(403);
    expect(await count('policy_trigger')).toBe(before);
    const [proposal] = (await admin.get(triggers())).json().proposals;
    expect(
      (await pimpinan.post(`/api/v1/policies/${policyId}/proposals/${proposal.id}/accept`)).statusCode,
    ).toBe(403);
  });

  it('dismisses a proposal with a reason, once', async () => {
    const [newest] = (await admin.get(triggers())).json().proposals;
    const url = `/api/v1/policies/${policyId}/proposals/${newest.id}/dismiss`;
    expect((await admin.post(url, { reason: '' })).statusCode).toBe(400);
    const res = await admin.post(url, { reason: 'Ambang 4 terlalu tinggi untuk skala ini.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().proposals.find((p: { id: number }) => p.id === newest.id)).toMatchObject({
      state: 'dismissed',
      note: 'Ambang 4 terlalu tinggi untuk skala ini.',
    });
    expect((await admin.post(url, { reason: 'Lagi.' })).statusCode).toBe(409);
    // Another policy's proposal is not found under this one.
    expect(
      (await admin.post(`/api/v1/policies/${otherPolicyId}/proposals/${newest.id}/dismiss`, { reason: 'x' }))
        .statusCode,
    ).toBe(404);
  });

  it('accepting a proposal starts the policy’s evaluation and tells its reviewers', async () => {
    const open = (await admin.get(triggers()))
      .json()
      .proposals.find((p: { state: string }) => p.state === 'open');
    const res = await admin.post(`/api/v1/policies/${policyId}/proposals/${open.id}/accept`);
    expect(res.statusCode).toBe(200);
    const accepted = res.json().proposals.find((p: { id: number }) => p.id === open.id);
    expect(accepted.state).toBe('accepted');
    expect(accepted.evaluationId).toEqual(expect.any(Number));
    expect((await admin.get(`/api/v1/policies/${policyId}`)).json().state).toBe('under_evaluation');
    await deliverEvents(ctx);
    expect(await bell(pimpinan.account.id, 'policy.evaluationStarted')).toEqual([
      { data: { policyId, title: 'Kebijakan Kepegawaian' } },
    ]);
    // The admin who started it is not told of their own act.
    expect(await bell(admin.account.id, 'policy.evaluationStarted')).toEqual([]);
  });

  it('names who decided a proposal to reviewers only', async () => {
    const decided = (list: { proposals: { state: string; decidedBy: string | null }[] }) =>
      list.proposals.filter((p) => p.state !== 'open').map((p) => p.decidedBy);
    expect(decided((await pimpinan.get(triggers())).json())).toEqual(['Akun admin', 'Akun admin']);
    expect(decided((await pegawai.get(triggers())).json())).toEqual([null, null]);
  });

  it('keeps the proposals when a trigger is removed, and fires it no more', async () => {
    const { triggers: live } = (await admin.get(triggers())).json();
    for (const t of live) expect((await admin.delete(`${triggers()}/${t.id}`)).statusCode).toBe(204);
    const after = (await admin.get(triggers())).json();
    expect(after.triggers).toEqual([]);
    expect(after.proposals).toHaveLength(2);
    expect((await admin.post(`${triggers()}/check`)).json()).toEqual({ opened: 0 });
  });
});

describe('policy notifications on the bell', () => {
  it('tells the admins and the owner unit’s leaders of the decision, not the leader who took it', async () => {
    const { openId } = (await admin.get(`/api/v1/policies/${policyId}`)).json().evaluation;
    const recommended = await admin.put(`/api/v1/policies/${policyId}/evaluations/${openId}/recommendation`, {
      recommendation: 'keep',
      reason: 'Kepuasan mendekati target.',
    });
    expect(recommended.statusCode).toBe(200);
    expect(
      (await pimpinan.post(`/api/v1/policies/${policyId}/transitions`, { transition: 'keep' })).statusCode,
    ).toBe(200);
    await deliverEvents(ctx);
    const decided = { data: { policyId, title: 'Kebijakan Kepegawaian', decision: 'keep' } };
    expect(await bell(admin.account.id, 'policy.evaluationDecided')).toEqual([decided]);
    expect(await bell(ownerLeader, 'policy.evaluationDecided')).toEqual([decided]);
    expect(await bell(pimpinan.account.id, 'policy.evaluationDecided')).toEqual([]);
    expect(await bell(pegawai.account.id, 'policy.evaluationDecided')).toEqual([]);
  });

  it('tells those a consultation round invites, and only them', async () => {
    const draft = (
      await admin.post(
        '/api/v1/policies',
        policyBody({ title: 'Kebijakan Konsultasi', purpose: 'Uji pemberitahuan.' }),
      )
    ).json().id as number;
    await admin.post(`/api/v1/policies/${draft}/draft/provisions`, {
      parentId: null,
      afterId: null,
      label: 'Pasal 1',
      body: 'Ketentuan umum.',
    });
    const opened = await admin.post(`/api/v1/policies/${draft}/transitions`, {
      transition: 'openConsultation',
      consultation: {
        closesOn: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
        audience: { employees: false, leaders: true, partners: false },
      },
    });
    expect(opened.statusCode).toBe(200);
    await deliverEvents(ctx);
    const told = [{ data: { policyId: draft, title: 'Kebijakan Konsultasi' } }];
    expect(await bell(pimpinan.account.id, 'policy.consultationOpened')).toEqual(told);
    expect(await bell(ownerLeader, 'policy.consultationOpened')).toEqual(told);
    expect(await bell(pegawai.account.id, 'policy.consultationOpened')).toEqual([]);
    expect(await bell(admin.account.id, 'policy.consultationOpened')).toEqual([]);
  });

  it('tells every employee who takes part that the forum opened', async () => {
    const forum = await admin.post('/api/v1/forums', {
      title: 'Forum Diskusi ASN 2026',
      year: 2026,
      startsAt: '2026-12-20T09:00',
      endsAt: '2026-12-20T12:00',
      place: 'Aula',
      policyIds: [],
    });
    expect(forum.statusCode, forum.body).toBe(200);
    const forumId = forum.json().id as number;
    expect((await admin.post(`/api/v1/forums/${forumId}/steps`, { step: 'open' })).statusCode).toBe(204);
    await deliverEvents(ctx);
    const told = [{ data: { forumId, title: 'Forum Diskusi ASN 2026' } }];
    // The survey world's staff have employee records; the pegawai of apiAs has none.
    expect(await bell(ownerLeader, 'policy.forumOpened')).toEqual(told);
    const staff = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('account')
        .select('id')
        .where('employee_id', '=', world.staff[0]!.employeeId)
        .executeTakeFirstOrThrow(),
    );
    expect(await bell(staff.id, 'policy.forumOpened')).toEqual(told);
    expect(await bell(pegawai.account.id, 'policy.forumOpened')).toEqual([]);
  });
});
