import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// A consultation round on a draft: the invited read it and comment on a provision (quoting its
// words) or propose in general, support once what others said; the round closes; the drafters
// respond to every item before a leader may adopt, and a revision cites the input it absorbed.

let ctx: TestContext;
let clock: TestClock;
let tenantId: number;
let admin: TestApi;
let pimpinan: TestApi;
let ani: TestApi;
let budi: TestApi;
let partner: TestApi;
let otherAdmin: TestApi;

const inDays = (days: number) =>
  new Date(clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  clock = new TestClock(new Date());
  ctx = await createTestContext({}, { clock });
  tenantId = (await createTenant(ctx)).id;
  const opd = await createUnit(ctx, tenantId, 'Dinas Uji Konsultasi');
  admin = await apiAs(ctx, 'admin', tenantId);
  pimpinan = await apiAs(ctx, 'pimpinan', tenantId);
  ani = await apiAs(ctx, 'pegawai', tenantId, {
    employeeId: (await buildEmployee(ctx, tenantId, { unit: opd })).id,
  });
  budi = await apiAs(ctx, 'pegawai', tenantId, {
    employeeId: (await buildEmployee(ctx, tenantId, { unit: opd })).id,
  });
  partner = await apiAs(ctx, 'mitra', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
});
afterAll(() => ctx.close());

async function draftPolicy(title: string) {
  const policy = (
    await admin.post('/api/v1/policies', policyBody({ title, purpose: 'Uji konsultasi.' }))
  ).json() as { id: number };
  const text = (
    await admin.post(`/api/v1/policies/${policy.id}/draft/provisions`, {
      parentId: null,
      afterId: null,
      label: 'Pasal 1',
      body: 'Promosi jabatan dilakukan melalui seleksi terbuka.',
    })
  ).json() as { version: { id: number }; provisions: { provisionId: number }[] };
  return { id: policy.id, versionId: text.version.id, provisionId: text.provisions[0]!.provisionId };
}

const open = (policyId: number, audience = { employees: true, leaders: false, partners: false }) =>
  admin.post(`/api/v1/policies/${policyId}/transitions`, {
    transition: 'openConsultation',
    consultation: { closesOn: inDays(7), audience },
  });

async function roundOf(api: TestApi, policyId: number) {
  const response = await api.get(`/api/v1/policies/${policyId}/consultations`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().rounds[0];
}

describe('a consultation round', () => {
  it('shows the draft to those it invites, and to nobody else', async () => {
    const policy = await draftPolicy('Kebijakan Uji Undangan');
    expect((await ani.get(`/api/v1/policies/${policy.id}`)).statusCode).toBe(404);
    const missing = await admin.post(`/api/v1/policies/${policy.id}/transitions`, {
      transition: 'openConsultation',
    });
    expect(missing.statusCode).toBe(400);
    expect((await open(policy.id)).statusCode).toBe(200);

    expect((await ani.get('/api/v1/policies')).json().items.map((p: { id: number }) => p.id)).toContain(
      policy.id,
    );
    const text = await ani.get(`/api/v1/policies/${policy.id}/versions/${policy.versionId}`);
    expect(text.statusCode).toBe(200);
    expect((await partner.get(`/api/v1/policies/${policy.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/v1/policies/${policy.id}/consultations`)).statusCode).toBe(404);
    const round = await roundOf(ani, policy.id);
    expect(round).toMatchObject({
      accepting: true,
      canTakePart: true,
      audience: { employees: true, partners: false },
    });
  });

  it('takes comments quoting a provision and general proposals, one support each, and refuses the rest', async () => {
    const policy = await draftPolicy('Kebijakan Uji Masukan');
    await open(policy.id);
    const round = await roundOf(ani, policy.id);
    const comments = `/api/v1/policies/${policy.id}/consultations/${round.id}/comments`;
    const quoted = await ani.post(comments, {
      provisionId: policy.provisionId,
      quote: 'seleksi terbuka',
      kind: 'comment',
      body: 'Hasil seleksi juga perlu diumumkan.',
    });
    expect(quoted.statusCode, quoted.body).toBe(200);
    const misquoted = await ani.post(comments, {
      provisionId: policy.provisionId,
      quote: 'kedekatan dengan pimpinan',
      kind: 'comment',
      body: 'x',
    });
    expect(misquoted.statusCode).toBe(400);
    const other = await draftPolicy('Kebijakan Lain');
    const elsewhere = await ani.post(comments, {
      provisionId: other.provisionId,
      kind: 'comment',
      body: 'x',
    });
    expect(elsewhere.statusCode).toBe(400);
    const proposal = await budi.post(comments, {
      provisionId: null,
      kind: 'proposal',
      body: 'Adakan forum setiap tahun.',
    });
    expect(proposal.statusCode).toBe(200);
    expect(
      (await partner.post(comments, { provisionId: null, kind: 'proposal', body: 'x' })).statusCode,
    ).toBe(403);

    const support = `/api/v1/policies/${policy.id}/comments/${quoted.json().id}/support`;
    expect((await budi.post(support)).statusCode).toBe(204);
    expect((await budi.post(support)).statusCode).toBe(409);
    expect((await ani.post(support)).statusCode).toBe(409);
    const [both] = await Promise.all([pimpinan.post(support), pimpinan.post(support)]);
    expect([403, 409]).toContain(both.statusCode);

    const seen = await roundOf(budi, policy.id);
    expect(seen.comments.map((c: { kind: string; supports: number }) => [c.kind, c.supports])).toEqual([
      ['comment', 1],
      ['proposal', 0],
    ]);
    expect(seen.comments[0]).toMatchObject({
      quote: 'seleksi terbuka',
      outdated: false,
      provisionLabel: 'Pasal 1',
    });
    expect(seen.openItems).toBe(2);
  });

  it('takes no input once closed, and holds adoption until every item has its response', async () => {
    const policy = await draftPolicy('Kebijakan Uji Konsolidasi');
    await open(policy.id);
    const round = await roundOf(ani, policy.id);
    const comments = `/api/v1/policies/${policy.id}/consultations/${round.id}/comments`;
    const first = (
      await ani.post(comments, { provisionId: null, kind: 'proposal', body: 'Usulan pertama.' })
    ).json();
    const abusive = (
      await budi.post(comments, { provisionId: null, kind: 'comment', body: 'Kata kasar.' })
    ).json();
    await admin.post(`/api/v1/policies/${policy.id}/transitions`, { transition: 'closeConsultation' });
    const late = await ani.post(
      comments,
      { provisionId: null, kind: 'proposal', body: 'Terlambat.' },
      { locale: 'en' },
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('not taking input');

    const blocked = await pimpinan.post(`/api/v1/policies/${policy.id}/transitions`, { transition: 'adopt' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().detail).toContain('2');
    expect(
      (
        await ani.post(`/api/v1/policies/${policy.id}/comments/${first.id}/response`, {
          response: 'accepted',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    await admin.post(`/api/v1/policies/${policy.id}/comments/${abusive.id}/hide`, { reason: 'Tidak sopan.' });
    await admin.post(`/api/v1/policies/${policy.id}/comments/${first.id}/response`, {
      response: 'accepted',
      reason: 'Dimasukkan ke Pasal 1.',
    });
    expect((await roundOf(ani, policy.id)).comments.map((c: { id: number }) => c.id)).toEqual([first.id]);
    expect((await roundOf(admin, policy.id)).comments[1].hidden.reason).toBe('Tidak sopan.');
    expect(
      (await pimpinan.post(`/api/v1/policies/${policy.id}/transitions`, { transition: 'adopt' })).statusCode,
    ).toBe(200);
  });

  it('lets a revision cite the input it absorbed, shown on the input, re-anchored and outdated when its words go', async () => {
    const policy = await draftPolicy('Kebijakan Uji Serapan');
    await open(policy.id);
    const round = await roundOf(ani, policy.id);
    const comment = (
      await ani.post(`/api/v1/policies/${policy.id}/consultations/${round.id}/comments`, {
        provisionId: policy.provisionId,
        quote: 'seleksi terbuka',
        kind: 'comment',
        body: 'Sebutkan panitia seleksi.',
      })
    ).json();
    await admin.post(`/api/v1/policies/${policy.id}/transitions`, { transition: 'closeConsultation' });
    await admin.post(`/api/v1/policies/${policy.id}/comments/${comment.id}/response`, {
      response: 'accepted',
      reason: 'Diserap.',
    });
    await pimpinan.post(`/api/v1/policies/${policy.id}/transitions`, { transition: 'adopt' });
    await admin.post(`/api/v1/policies/${policy.id}/transitions`, { transition: 'startRevision' });

    const foreign = await draftPolicy('Kebijakan Bukti Asing');
    const wrong = await admin.post(`/api/v1/policies/${foreign.id}/draft/provisions`, {
      parentId: null,
      afterId: null,
      label: 'Pasal 2',
      body: 'x',
      evidence: [{ kind: 'consultation', commentId: comment.id }],
    });
    expect(wrong.statusCode).toBe(400);
    const changed = await admin.patch(
      `/api/v1/policies/${policy.id}/draft/provisions/${policy.provisionId}`,
      {
        body: 'Promosi jabatan dilakukan oleh panitia seleksi.',
        reason: 'Masukan konsultasi: sebutkan panitia seleksi.',
        evidence: [{ kind: 'consultation', commentId: comment.id }],
      },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().provisions[0].change.evidence[0]).toMatchObject({
      kind: 'consultation',
      commentId: comment.id,
      label: expect.stringContaining('Sebutkan panitia seleksi.'),
    });
    const seen = (await roundOf(admin, policy.id)).comments[0];
    expect(seen).toMatchObject({ outdated: true, provisionLabel: 'Pasal 1' });
    expect(seen.absorbedIn).toEqual([
      expect.objectContaining({ versionNumber: 2, provisionId: policy.provisionId }),
    ]);
  });

  it('closes the open round when the policy is retired in the middle of it', async () => {
    const policy = await draftPolicy('Kebijakan Uji Dicabut');
    await open(policy.id);
    expect(
      (await pimpinan.post(`/api/v1/policies/${policy.id}/transitions`, { transition: 'retire' })).statusCode,
    ).toBe(200);
    const round = await roundOf(admin, policy.id);
    expect(round).toMatchObject({ accepting: false, closedAt: expect.any(String) });
  });

  it('records every act of a round in the audit log, by whom', async () => {
    const entries = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'actor_account_id'])
        .where('action', 'like', 'policy.comment.%')
        .execute(),
    );
    const actions = new Set(entries.map((e) => e.action));
    expect([...actions].sort()).toEqual([
      'policy.comment.added',
      'policy.comment.hidden',
      'policy.comment.responded',
      'policy.comment.supported',
    ]);
    expect(
      entries.some((e) => e.action === 'policy.comment.added' && e.actor_account_id === ani.account.id),
    ).toBe(true);
  });
});

// Last: it moves the clock past the round's end.
describe('a round past its last day', () => {
  it('takes no more input, although nobody closed it', async () => {
    const policy = await draftPolicy('Kebijakan Uji Jendela');
    await open(policy.id);
    const round = await roundOf(ani, policy.id);
    clock.advance({ days: 8 });
    const reader = await apiAs(ctx, 'pegawai', tenantId, {
      employeeId: (await buildEmployee(ctx, tenantId)).id,
    });
    const late = await reader.post(`/api/v1/policies/${policy.id}/consultations/${round.id}/comments`, {
      provisionId: null,
      kind: 'proposal',
      body: 'Terlambat.',
    });
    expect(late.statusCode).toBe(409);
    expect((await roundOf(reader, policy.id)).accepting).toBe(false);
  });
});
