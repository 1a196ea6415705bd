import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { auditEntries } from '../../../test/upload-requests';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// The Forum Diskusi ASN: admins announce and run it; while it is open the government's staff
// propose, reply and vote once each; after it closes the admins record what became of every
// proposal with a reason, and a provision change may cite a proposal as its evidence.

let ctx: TestContext;
let clock: TestClock;
let tenantId: number;
let admin: TestApi;
let pimpinan: TestApi;
let ani: TestApi;
let budi: TestApi;
let partner: TestApi;
let otherAdmin: TestApi;

/** A wall-clock time on the government's calendar (WIB), `days` from the test clock's today. */
const wallClock = (days: number, time: string) =>
  `${new Date(clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

beforeAll(async () => {
  clock = new TestClock(new Date('2026-03-02T02:00:00Z'));
  ctx = await createTestContext({}, { clock });
  tenantId = (await createTenant(ctx)).id;
  const opd = await createUnit(ctx, tenantId, 'Dinas Uji Forum');
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

async function createForum(title: string, policyIds: number[] = []) {
  const response = await admin.post('/api/v1/forums', {
    title,
    year: 2026,
    startsAt: wallClock(10, '08:00'),
    endsAt: wallClock(10, '15:00'),
    place: 'Aula Kantor Wali Kota',
    policyIds,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().id as number;
}

const step = (forumId: number, name: 'open' | 'close') =>
  admin.post(`/api/v1/forums/${forumId}/steps`, { step: name });

async function forumAs(api: TestApi, forumId: number) {
  const response = await api.get(`/api/v1/forums/${forumId}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function rowCount(table: 'forum_proposal' | 'forum_vote' | 'forum_reply') {
  return withTenant(ctx.db, tenantId, async (tx) =>
    Number(
      (
        await tx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );
}

describe('the Forum Diskusi ASN', () => {
  it('runs from announcement to outcomes: agenda, proposals, replies, votes, minutes', async () => {
    const id = await createForum('Forum Diskusi ASN 2026');
    const agenda = await admin.put(`/api/v1/forums/${id}/agenda`, {
      items: [
        { time: '08:00', title: 'Pembukaan oleh Wali Kota' },
        { time: '09:00', title: 'Promosi jabatan', note: 'Usulan pegawai dibahas satu per satu.' },
      ],
    });
    expect(agenda.statusCode, agenda.body).toBe(204);
    const planned = await forumAs(ani, id);
    expect(planned).toMatchObject({
      state: 'planned',
      accepting: false,
      canTakePart: false,
      canManage: false,
      local: { startsAt: wallClock(10, '08:00'), zone: 'Asia/Jakarta' },
    });
    expect(planned.agenda.map((a: { title: string }) => a.title)).toEqual([
      'Pembukaan oleh Wali Kota',
      'Promosi jabatan',
    ]);

    expect((await step(id, 'open')).statusCode).toBe(204);
    const proposal = await ani.post(`/api/v1/forums/${id}/proposals`, {
      title: 'Promosi yang adil dan transparan',
      body: 'Umumkan kriteria dan hasil seleksi promosi kepada semua pegawai.',
    });
    expect(proposal.statusCode, proposal.body).toBe(200);
    const proposalId = proposal.json().id as number;
    const leaders = await pimpinan.post(`/api/v1/forums/${id}/proposals`, {
      title: 'Pelatihan penilaian kinerja',
      body: 'Sosialisasi sistem penilaian kinerja baru di setiap OPD.',
    });
    expect(leaders.statusCode).toBe(200);
    const reply = await budi.post(`/api/v1/forums/${id}/proposals/${proposalId}/replies`, {
      body: 'Setuju, termasuk nilai tiap kandidat.',
    });
    expect(reply.statusCode).toBe(200);
    expect(
      (await budi.put(`/api/v1/forums/${id}/proposals/${proposalId}/vote`, { stance: 'agree' })).statusCode,
    ).toBe(204);
    expect(
      (await pimpinan.put(`/api/v1/forums/${id}/proposals/${proposalId}/vote`, { stance: 'disagree' }))
        .statusCode,
    ).toBe(204);
    const own = await ani.put(`/api/v1/forums/${id}/proposals/${proposalId}/vote`, { stance: 'agree' });
    expect(own.statusCode).toBe(409);

    const open = await forumAs(budi, id);
    expect(open).toMatchObject({ state: 'open', accepting: true, canTakePart: true, proposalCount: 2 });
    expect(open.proposals[0]).toMatchObject({
      title: 'Promosi yang adil dan transparan',
      votes: { agree: 1, disagree: 1 },
      myVote: 'agree',
      mine: false,
      outcome: null,
    });
    expect(open.proposals[0].replies.map((r: { body: string }) => r.body)).toEqual([
      'Setuju, termasuk nilai tiap kandidat.',
    ]);

    const minutes = await admin.put(`/api/v1/forums/${id}/minutes`, {
      minutes: 'Forum dibuka pukul 08.00. Dua usulan dibahas.',
    });
    expect(minutes.statusCode).toBe(204);
    expect((await step(id, 'close')).statusCode).toBe(204);
    const outcome = await admin.put(`/api/v1/forums/${id}/proposals/${proposalId}/outcome`, {
      outcome: 'accepted',
      reason: 'Dimasukkan ke revisi ketentuan promosi.',
    });
    expect(outcome.statusCode, outcome.body).toBe(204);
    const closed = await forumAs(ani, id);
    expect(closed.state).toBe('closed');
    expect(closed.minutes.text).toContain('Dua usulan');
    expect(closed.proposals[0].outcome).toMatchObject({
      outcome: 'accepted',
      reason: 'Dimasukkan ke revisi ketentuan promosi.',
    });
    expect((await ani.get('/api/v1/forums')).json().items[0]).toMatchObject({ id, proposalCount: 2 });

    const audit = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('audit_log').select('action').where('entity', '=', 'forum').execute(),
    );
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        'policy.forum.created',
        'policy.forum.agendaSet',
        'policy.forum.stepped',
        'policy.forum.proposed',
        'policy.forum.replied',
        'policy.forum.voted',
        'policy.forum.minutesWritten',
        'policy.forum.outcomeRecorded',
      ]),
    );
  });

  it('counts one vote per person, however often and however simultaneously it is cast', async () => {
    const id = await createForum('Forum Uji Suara');
    await step(id, 'open');
    const proposalId = (
      await ani.post(`/api/v1/forums/${id}/proposals`, { title: 'Usulan', body: 'Isi usulan.' })
    ).json().id;
    const url = `/api/v1/forums/${id}/proposals/${proposalId}/vote`;
    const answers = await Promise.all([
      budi.put(url, { stance: 'agree' }),
      budi.put(url, { stance: 'agree' }),
      budi.put(url, { stance: 'agree' }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([204, 204, 204]);
    expect((await forumAs(budi, id)).proposals[0].votes).toEqual({ agree: 1, disagree: 0 });
    await budi.put(url, { stance: 'disagree' });
    expect((await forumAs(budi, id)).proposals[0]).toMatchObject({
      votes: { agree: 0, disagree: 1 },
      myVote: 'disagree',
    });
    // Taken back, at once from two tabs: gone once, and the count with it.
    const withdrawn = await Promise.all([budi.delete(url), budi.delete(url)]);
    expect(withdrawn.map((w) => w.statusCode)).toEqual([204, 204]);
    expect((await forumAs(budi, id)).proposals[0]).toMatchObject({
      votes: { agree: 0, disagree: 0 },
      myVote: null,
    });
    const audited = (await auditEntries(ctx, tenantId, 'policy.forum.voteWithdrawn')).filter(
      (row) => row.entity_id === String(id),
    );
    expect(audited).toHaveLength(1);
    // Nobody takes back another's vote: ani's withdrawal leaves budi's.
    await budi.put(url, { stance: 'agree' });
    expect((await ani.delete(url)).statusCode).toBe(204);
    expect((await forumAs(budi, id)).proposals[0].votes).toEqual({ agree: 1, disagree: 0 });
    expect((await otherAdmin.delete(url)).statusCode).toBe(404);
    // Once the forum is closed the votes stand as cast.
    await step(id, 'close');
    expect((await budi.delete(url)).statusCode).toBe(409);
    expect((await forumAs(budi, id)).proposals[0].votes).toEqual({ agree: 1, disagree: 0 });
  });

  it('refuses input before it opens and after it closes or ends, storing nothing', async () => {
    const id = await createForum('Forum Uji Jendela');
    const before = await rowCount('forum_proposal');
    const early = await ani.post(
      `/api/v1/forums/${id}/proposals`,
      { title: 'Terlalu awal', body: 'x' },
      { locale: 'en' },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('not yet open');
    await step(id, 'open');
    const proposalId = (
      await ani.post(`/api/v1/forums/${id}/proposals`, { title: 'Tepat waktu', body: 'x' })
    ).json().id;
    const votes = await rowCount('forum_vote');
    const replies = await rowCount('forum_reply');

    // The forum ended (its last minute past) though nobody closed it.
    await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .updateTable('forum')
        .set({ starts_at: new Date(clock.now().getTime() - 7_200_000), ends_at: clock.now() })
        .where('id', '=', id)
        .execute(),
    );
    const late = await ani.post(`/api/v1/forums/${id}/proposals`, { title: 'Terlambat', body: 'x' });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('berakhir');
    expect(
      (await budi.put(`/api/v1/forums/${id}/proposals/${proposalId}/vote`, { stance: 'agree' })).statusCode,
    ).toBe(409);
    expect(
      (await budi.post(`/api/v1/forums/${id}/proposals/${proposalId}/replies`, { body: 'x' })).statusCode,
    ).toBe(409);
    expect((await forumAs(ani, id)).accepting).toBe(false);
    await step(id, 'close');
    const closed = await ani.post(`/api/v1/forums/${id}/proposals`, { title: 'Sesudah ditutup', body: 'x' });
    expect(closed.statusCode).toBe(409);
    expect(await rowCount('forum_proposal')).toBe(before + 1);
    expect(await rowCount('forum_vote')).toBe(votes);
    expect(await rowCount('forum_reply')).toBe(replies);
    expect((await step(id, 'open')).statusCode).toBe(409);
  });

  it('records no outcome without its reason, nor before the forum closes', async () => {
    const id = await createForum('Forum Uji Tindak Lanjut');
    await step(id, 'open');
    const proposalId = (await ani.post(`/api/v1/forums/${id}/proposals`, { title: 'U', body: 'x' })).json()
      .id;
    const url = `/api/v1/forums/${id}/proposals/${proposalId}/outcome`;
    expect((await admin.put(url, { outcome: 'study', reason: 'Dikaji.' })).statusCode).toBe(409);
    await step(id, 'close');
    const noReason = await admin.put(url, { outcome: 'rejected', reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect((await admin.put(url, { outcome: 'rejected' })).statusCode).toBe(400);
    expect((await forumAs(admin, id)).proposals[0].outcome).toBeNull();
  });

  it("shows another government's forum to nobody, and keeps the admins' acts from staff", async () => {
    const id = await createForum('Forum Uji Akses');
    expect((await otherAdmin.get(`/api/v1/forums/${id}`)).statusCode).toBe(404);
    expect((await otherAdmin.get('/api/v1/forums')).json().items).toEqual([]);
    expect((await otherAdmin.post(`/api/v1/forums/${id}/steps`, { step: 'open' })).statusCode).toBe(404);
    expect((await ani.post(`/api/v1/forums/${id}/steps`, { step: 'open' })).statusCode).toBe(403);
    expect((await ani.put(`/api/v1/forums/${id}/agenda`, { items: [] })).statusCode).toBe(403);
    expect((await ani.put(`/api/v1/forums/${id}/minutes`, { minutes: 'x' })).statusCode).toBe(403);
    expect(
      (
        await ani.post('/api/v1/forums', {
          title: 'x',
          year: 2026,
          startsAt: wallClock(1, '08:00'),
          endsAt: wallClock(1, '09:00'),
          place: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await partner.get(`/api/v1/forums/${id}`)).statusCode).toBe(403);
    await step(id, 'open');
    const proposalId = (await ani.post(`/api/v1/forums/${id}/proposals`, { title: 'U', body: 'x' })).json()
      .id;
    expect(
      (await otherAdmin.put(`/api/v1/forums/${id}/proposals/${proposalId}/vote`, { stance: 'agree' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await ani.put(`/api/v1/forums/${id}/proposals/${proposalId}/outcome`, {
          outcome: 'study',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await partner.post(`/api/v1/forums/${id}/proposals`, { title: 'M', body: 'x' })).statusCode).toBe(
      403,
    );
  });

  it('refuses a forum ending before it starts or at no real time', async () => {
    const base = { title: 'Forum Salah', year: 2026, place: 'Aula' };
    const backwards = await admin.post('/api/v1/forums', {
      ...base,
      startsAt: wallClock(3, '15:00'),
      endsAt: wallClock(3, '08:00'),
    });
    expect(backwards.statusCode).toBe(400);
    const unreal = await admin.post('/api/v1/forums', {
      ...base,
      startsAt: '2026-02-31T08:00',
      endsAt: '2026-03-01T08:00',
    });
    expect(unreal.statusCode).toBe(400);
  });

  it('names the policies it discusses, and takes a proposal into one of them', async () => {
    const policy = (
      await admin.post(
        '/api/v1/policies',
        policyBody({ title: 'Kebijakan Uji Forum Terkait', area: 'karier', purpose: 'x' }),
      )
    ).json();
    const unknown = await admin.post('/api/v1/forums', {
      title: 'Forum Salah Kebijakan',
      year: 2026,
      startsAt: wallClock(5, '08:00'),
      endsAt: wallClock(5, '12:00'),
      place: 'Aula',
      policyIds: [999999999],
    });
    expect(unknown.statusCode).toBe(400);
    const id = await createForum('Forum Uji Kebijakan Terkait', [policy.id]);
    const listed = (await ani.get('/api/v1/forums')).json().items.find((f: { id: number }) => f.id === id);
    expect(listed.policyIds).toEqual([policy.id]);
    await step(id, 'open');
    const proposalId = (await ani.post(`/api/v1/forums/${id}/proposals`, { title: 'K', body: 'x' })).json()
      .id;
    await step(id, 'close');
    const url = `/api/v1/forums/${id}/proposals/${proposalId}/outcome`;
    expect((await admin.put(url, { outcome: 'accepted', reason: 'x', policyId: 999999999 })).statusCode).toBe(
      400,
    );
    await admin.put(url, { outcome: 'accepted', reason: 'Masuk kebijakan karier.', policyId: policy.id });
    const seen = await forumAs(ani, id);
    expect(seen.policies).toEqual([{ id: policy.id, title: 'Kebijakan Uji Forum Terkait' }]);
    expect(seen.proposals[0].outcome.policy).toEqual({ id: policy.id, title: 'Kebijakan Uji Forum Terkait' });
  });

  it('has its details corrected until it closes, audited with what changed, by its admins only', async () => {
    const policy = (
      await admin.post(
        '/api/v1/policies',
        policyBody({ title: 'Kebijakan Uji Forum Diubah', area: 'karier', purpose: 'x' }),
      )
    ).json();
    const id = await createForum('Forum Uji Ubah');
    const details = {
      title: 'Forum Diskusi ASN Uji Ubah',
      year: 2026,
      startsAt: wallClock(12, '09:00'),
      endsAt: wallClock(12, '16:00'),
      place: 'Gedung Serbaguna',
      policyIds: [policy.id],
    };
    const url = `/api/v1/forums/${id}`;
    expect((await ani.put(url, details)).statusCode).toBe(403);
    expect((await otherAdmin.put(url, details)).statusCode).toBe(404);
    // Refused as at its creation: ending before it starts, a policy the government lacks.
    const backwards = await admin.put(url, { ...details, endsAt: wallClock(12, '08:00') });
    expect(backwards.statusCode).toBe(400);
    expect((await admin.put(url, { ...details, policyIds: [999999999] })).statusCode).toBe(400);
    expect(await forumAs(ani, id)).toMatchObject({ title: 'Forum Uji Ubah', policies: [] });

    expect((await admin.put(url, details)).statusCode).toBe(204);
    const seen = await forumAs(ani, id);
    expect(seen).toMatchObject({
      title: details.title,
      place: details.place,
      local: { startsAt: details.startsAt, endsAt: details.endsAt },
      policies: [{ id: policy.id, title: 'Kebijakan Uji Forum Diubah' }],
    });
    // Once open it still moves its end; and the same details again change nothing.
    await step(id, 'open');
    const later = { ...details, endsAt: wallClock(13, '16:00'), policyIds: [] };
    expect((await admin.put(url, later)).statusCode).toBe(204);
    expect((await admin.put(url, later)).statusCode).toBe(204);
    expect(await forumAs(ani, id)).toMatchObject({ local: { endsAt: later.endsAt }, policies: [] });
    const audited = (await auditEntries(ctx, tenantId, 'policy.forum.updated')).filter(
      (row) => row.entity_id === String(id),
    );
    expect(audited.map((row) => (row.data as { fields: string[] }).fields)).toEqual([
      ['title', 'startsAt', 'endsAt', 'place', 'policies'],
      ['endsAt', 'policies'],
    ]);
    // A closed forum's record stays as it was held.
    await step(id, 'close');
    const closed = await admin.put(url, { ...later, place: 'Aula Lain' });
    expect(closed.statusCode).toBe(409);
    expect((await forumAs(ani, id)).place).toBe(details.place);
  });

  it('hides abusive input from participants, with its reason for the admins', async () => {
    const id = await createForum('Forum Uji Moderasi');
    await step(id, 'open');
    const kept = (await ani.post(`/api/v1/forums/${id}/proposals`, { title: 'Baik', body: 'x' })).json().id;
    const abusive = (await budi.post(`/api/v1/forums/${id}/proposals`, { title: 'Kasar', body: 'x' })).json()
      .id;
    const rude = (
      await budi.post(`/api/v1/forums/${id}/proposals/${kept}/replies`, { body: 'Kasar.' })
    ).json().id;
    expect(
      (await admin.post(`/api/v1/forums/${id}/proposals/${abusive}/hide`, { reason: 'Tidak sopan.' }))
        .statusCode,
    ).toBe(204);
    expect(
      (await admin.post(`/api/v1/forums/${id}/replies/${rude}/hide`, { reason: 'Tidak sopan.' })).statusCode,
    ).toBe(204);
    const seen = await forumAs(ani, id);
    expect(seen.proposals.map((p: { id: number }) => p.id)).toEqual([kept]);
    expect(seen.proposals[0].replies).toEqual([]);
    const moderated = await forumAs(admin, id);
    expect(moderated.proposals[1].hidden.reason).toBe('Tidak sopan.');
    expect(
      (await ani.put(`/api/v1/forums/${id}/proposals/${abusive}/vote`, { stance: 'agree' })).statusCode,
    ).toBe(404);
  });

  it('shows what became of a proposal: the provision change citing it as evidence', async () => {
    const id = await createForum('Forum Uji Bukti');
    await step(id, 'open');
    const proposalId = (
      await ani.post(`/api/v1/forums/${id}/proposals`, { title: 'Promosi terbuka', body: 'x' })
    ).json().id;
    const hiddenId = (await budi.post(`/api/v1/forums/${id}/proposals`, { title: 'H', body: 'x' })).json().id;
    await admin.post(`/api/v1/forums/${id}/proposals/${hiddenId}/hide`, { reason: 'x' });
    const policy = (
      await admin.post('/api/v1/policies', policyBody({ title: 'Kebijakan Uji Forum', purpose: 'x' }))
    ).json();
    const choices = (await admin.get('/api/v1/forum-proposals'))
      .json()
      .items.map((c: { id: number }) => c.id);
    expect(choices).toContain(proposalId);
    expect(choices).not.toContain(hiddenId);
    const add = (evidence: object[]) =>
      admin.post(`/api/v1/policies/${policy.id}/draft/provisions`, {
        parentId: null,
        afterId: null,
        label: 'Pasal 1',
        body: 'Promosi diumumkan terbuka.',
        evidence,
      });
    expect((await add([{ kind: 'forumProposal', proposalId: hiddenId }])).statusCode).toBe(400);
    expect((await add([{ kind: 'forumProposal', proposalId: 999999999 }])).statusCode).toBe(400);
    const text = await add([{ kind: 'forumProposal', proposalId }]);
    expect(text.statusCode, text.body).toBe(200);
    const versionId = text.json().version.id;
    const cited = (await forumAs(admin, id)).proposals[0].citedBy;
    expect(cited).toEqual([
      expect.objectContaining({ policyId: policy.id, versionId, label: 'Pasal 1', versionStatus: 'draft' }),
    ]);
    // A draft is for its reviewers: an employee learns of the citation once the text is adopted.
    expect((await forumAs(ani, id)).proposals[0].citedBy).toEqual([]);
    const version = (await admin.get(`/api/v1/policies/${policy.id}/versions/${versionId}`)).json();
    const evidence = JSON.stringify(version);
    expect(evidence).toContain('"kind":"forumProposal"');
    expect(evidence).toContain(`"forumId":${id}`);
    expect(evidence).toContain('Promosi terbuka');
  });
});
