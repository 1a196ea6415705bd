import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit, type UnitRef } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, deliverEvents, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// Mentoring (NKL02): the agency sets the scheme, names mentors and mentees; Jenjang proposes the
// pairs of greatest complementarity under capacity and the published rules, explained; the agency
// keeps them or sets a rule aside with a reason. Sessions logged by one side count once the other
// confirms them, and their JP go to the mentee's year. Nothing of it crosses to another government.

let ctx: TestContext;
const clock = new TestClock('2027-03-10T02:00:00Z');
let tenantId: number;
let admin: TestApi;
let otherAdmin: TestApi;
let supervisorApi: TestApi;
let opdA: UnitRef;
let opdB: UnitRef;
let competencies: Map<string, number>;
const v = '/api/v1';

interface Person {
  id: number;
  api: TestApi;
}
let seniorA: Person; // OPD A, M.3 4 and M.8 4: covers both needs of the juniors
let seniorB: Person; // OPD B, M.3 3 only
let head: Person; // administrator heading OPD A: the supervisor of junior A
let juniorA: Person; // OPD A: needs M.3 (2→3) and M.8 (2→4)
let juniorB: Person; // OPD B: needs M.3 (1→3)
let outsider: Person;
let programId: number;

async function person(unit: UnitRef, name: string, role: 'pegawai' | 'atasan' = 'pegawai'): Promise<Person> {
  const employee = await buildEmployee(ctx, tenantId, { unit, name });
  const options =
    role === 'atasan' ? { employeeId: employee.id, scopeUnitId: unit.id } : { employeeId: employee.id };
  return { id: employee.id, api: await apiAs(ctx, role, tenantId, options) };
}

/** Levels assessed, and a position whose standard requires `required`, for one employee. */
async function profile(
  p: Person,
  levels: Record<string, number>,
  required: Record<string, number>,
  kind = 'pelaksana',
) {
  for (const [code, level] of Object.entries(levels)) {
    const response = await admin.post(`${v}/employees/${p.id}/assessments`, {
      competencyId: competencies.get(code),
      level,
      assessedOn: '2027-01-15',
      method: 'assessmentCentre',
    });
    expect(response.statusCode, response.body).toBe(201);
  }
  await withTenant(ctx.db, tenantId, async (tx) => {
    const { rows } = await sql<{ id: number }>`
      insert into position (tenant_id, name, kind) values (${tenantId}, ${`Jabatan ${p.id}`}, ${kind})
      returning id::int as id`.execute(tx);
    const positionId = rows[0]!.id;
    for (const [code, level] of Object.entries(required)) {
      await sql`insert into position_competency (tenant_id, position_id, competency_id, required_level)
        values (${tenantId}, ${positionId}, ${competencies.get(code)}, ${level})`.execute(tx);
    }
    await sql`update employee set position_id = ${positionId}, position_kind = ${kind} where id = ${p.id}`.execute(
      tx,
    );
  });
}

async function count(table: string) {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(tx);
    return rows[0]!.n;
  });
}

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 30 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
  competencies = new Map(
    ((await admin.get(`${v}/competencies`)).json().items as { id: number; code: string }[]).map((c) => [
      c.code,
      c.id,
    ]),
  );
  opdA = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  opdB = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
  seniorA = await person(opdA, 'Senior Pendidikan');
  seniorB = await person(opdB, 'Senior Kesehatan');
  head = await person(opdA, 'Kepala Bidang Pendidikan', 'atasan');
  juniorA = await person(opdA, 'Junior Pendidikan');
  juniorB = await person(opdB, 'Junior Kesehatan');
  outsider = await person(opdB, 'Pegawai Lain');
  supervisorApi = head.api;
  await profile(seniorA, { 'M.3': 4, 'M.8': 4 }, {});
  await profile(seniorB, { 'M.3': 3, 'M.8': 2 }, {});
  await profile(head, { 'M.3': 5, 'M.8': 5 }, {}, 'administrator');
  await profile(juniorA, { 'M.3': 2, 'M.8': 2 }, { 'M.3': 3, 'M.8': 4 });
  await profile(juniorB, { 'M.3': 1, 'M.8': 3 }, { 'M.3': 3, 'M.8': 3 });
  const created = await admin.post(`${v}/programs`, {
    title: 'Mentoring Administrasi dan Kebijakan Pendidikan',
    pathCode: 'NKL02',
    jp: 20,
    providerKind: 'internal',
  });
  expect(created.statusCode, created.body).toBe(201);
  programId = created.json().id;
});
afterAll(() => ctx.close());

describe('a mentoring scheme', () => {
  it('is only for a coaching or mentoring program, and checked', async () => {
    const classroom = await admin.post(`${v}/programs`, {
      title: 'Bimbingan Teknis',
      pathCode: 'KL10',
      jp: 12,
      providerKind: 'internal',
    });
    const refused = await admin.put(`${v}/programs/${classroom.json().id}/mentoring`, {
      startsOn: '2027-03-01',
      endsOn: '2027-08-31',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(
      'Mentoring hanya untuk program berjalur coaching (NKL01) atau mentoring (NKL02).',
    );
    const backwards = await admin.put(`${v}/programs/${programId}/mentoring`, {
      startsOn: '2027-08-31',
      endsOn: '2027-03-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].message).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    expect(await count('mentoring_scheme')).toBe(0);
    const staff = await juniorA.api.put(`${v}/programs/${programId}/mentoring`, {
      startsOn: '2027-03-01',
      endsOn: '2027-08-31',
    });
    expect(staff.statusCode).toBe(403);
    const set = await admin.put(`${v}/programs/${programId}/mentoring`, {
      startsOn: '2027-03-01',
      endsOn: '2027-08-31',
      unitRule: 'any',
      mentorCapacity: 2,
      maxJpPerSession: 3,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().scheme).toMatchObject({
      effectiveMinutesPerJp: 45,
      maxJpPerSession: 3,
      mentorCapacity: 2,
    });
  });

  it('takes mentors and mentees of this government only, never one person in both roles', async () => {
    const foreign = await buildEmployee(ctx, (await createTenant(ctx)).id, { name: 'Pegawai Daerah Lain' });
    const across = await admin.post(`${v}/programs/${programId}/mentoring/mentees`, {
      employeeIds: [juniorA.id, foreign.id],
    });
    expect(across.statusCode).toBe(400);
    expect(across.json().errors[0]).toMatchObject({
      path: 'body/employeeIds',
      message: 'Pegawai tidak ditemukan di pemerintah daerah ini atau tidak aktif.',
    });
    expect(await count('mentoring_mentee')).toBe(0);
    for (const mentor of [seniorA, seniorB, head]) {
      const added = await admin.post(`${v}/programs/${programId}/mentoring/mentors`, {
        employeeId: mentor.id,
      });
      expect(added.statusCode, added.body).toBe(200);
    }
    const mentees = await admin.post(`${v}/programs/${programId}/mentoring/mentees`, {
      employeeIds: [juniorA.id, juniorB.id],
    });
    const needs = new Map(mentees.json().mentees.map((m: { id: number; needs: number }) => [m.id, m.needs]));
    expect([needs.get(juniorA.id), needs.get(juniorB.id)]).toEqual([2, 1]);
    const both = await admin.post(`${v}/programs/${programId}/mentoring/mentors`, { employeeId: juniorA.id });
    expect(both.statusCode).toBe(409);
    // Another government's agency finds no such program.
    expect((await otherAdmin.get(`${v}/programs/${programId}/mentoring`)).statusCode).toBe(404);
  });
});

describe('the proposed pairs', () => {
  it('maximise complementarity, keep a supervisor from their own subordinate, and explain each pair', async () => {
    const proposal = await admin.get(`${v}/programs/${programId}/mentoring/proposal`);
    expect(proposal.statusCode, proposal.body).toBe(200);
    const pairs = proposal.json().pairs as {
      mentor: { id: number };
      mentee: { id: number };
      score: number;
      covered: { competency: string; actual: number; required: number; mentorLevel: number }[];
    }[];
    // Junior A needs 1 + 2 levels: only senior A covers both (the head of their OPD may not mentor them).
    const a = pairs.find((p) => p.mentee.id === juniorA.id)!;
    expect(a.mentor.id).toBe(seniorA.id);
    expect(a.score).toBe(3);
    expect(a.covered.map((c) => c.competency).sort()).toEqual(['M.3', 'M.8']);
    // Junior B needs 2 levels of M.3: the head (level 5) or senior B (level 3) cover it; senior A
    // is spread to nobody else since the total is the same.
    const b = pairs.find((p) => p.mentee.id === juniorB.id)!;
    expect(b.score).toBe(2);
    expect(proposal.json().totalScore).toBe(5);
    expect(pairs.some((p) => p.mentor.id === head.id && p.mentee.id === juniorA.id)).toBe(false);
  });

  it('are made all or none; a rule set aside needs a reason', async () => {
    const supervisorPair = await admin.post(`${v}/programs/${programId}/mentoring/pairs`, {
      pairs: [
        { mentorId: seniorB.id, menteeId: juniorB.id },
        { mentorId: head.id, menteeId: juniorA.id },
      ],
    });
    expect(supervisorPair.statusCode).toBe(409);
    expect(supervisorPair.json().detail).toBe(
      'Mentor ini adalah atasan mentee; tuliskan alasan bila pasangan ini tetap dibuat.',
    );
    expect(await count('mentoring_pair')).toBe(0);
    const notMentee = await admin.post(`${v}/programs/${programId}/mentoring/pairs`, {
      pairs: [{ mentorId: seniorA.id, menteeId: outsider.id }],
    });
    expect(notMentee.statusCode).toBe(400);
    // The proposal kept as it is: its pairs are recorded as matched.
    const proposed = (await admin.get(`${v}/programs/${programId}/mentoring/proposal`)).json().pairs as {
      mentor: { id: number };
      mentee: { id: number };
    }[];
    const made = await admin.post(`${v}/programs/${programId}/mentoring/pairs`, {
      pairs: proposed.map((p) => ({ mentorId: p.mentor.id, menteeId: p.mentee.id })),
    });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().pairs.map((p: { source: string }) => p.source)).toEqual(['matched', 'matched']);
    const twice = await admin.post(`${v}/programs/${programId}/mentoring/pairs`, {
      pairs: [{ mentorId: seniorB.id, menteeId: juniorB.id }],
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('Mentee ini sudah memiliki mentor.');
    // By hand, a rule set aside with its reason: recorded as such.
    await admin.post(`${v}/programs/${programId}/mentoring/mentees`, { employeeIds: [outsider.id] });
    const noNeeds = await admin.post(`${v}/programs/${programId}/mentoring/pairs`, {
      pairs: [{ mentorId: seniorA.id, menteeId: outsider.id }],
    });
    expect(noNeeds.json().detail).toBe(
      'Mentor ini tidak menutup satu pun kebutuhan kompetensi mentee; tuliskan alasan bila tetap dibuat.',
    );
    const byHand = await admin.post(`${v}/programs/${programId}/mentoring/pairs`, {
      pairs: [
        { mentorId: seniorA.id, menteeId: outsider.id, overrideReason: 'Pegawai baru, belum diasesmen' },
      ],
    });
    expect(byHand.statusCode, byHand.body).toBe(200);
    expect(
      byHand.json().pairs.find((p: { mentee: { id: number } }) => p.mentee.id === outsider.id),
    ).toMatchObject({
      source: 'manual',
      score: 0,
      overrideReason: 'Pegawai baru, belum diasesmen',
    });
    // Senior A has room for two (the scheme's capacity): a third is refused, whatever the reason.
    const third = await buildEmployee(ctx, tenantId, { unit: opdA, name: 'Junior Ketiga' });
    await admin.post(`${v}/programs/${programId}/mentoring/mentees`, { employeeIds: [third.id] });
    const full = await admin.post(`${v}/programs/${programId}/mentoring/pairs`, {
      pairs: [{ mentorId: seniorA.id, menteeId: third.id, overrideReason: 'Permintaan kepala dinas' }],
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().detail).toBe('Mentor ini sudah penuh (2 mentee).');
    // Still a draft: its pairs' sides read it, nobody else; it opens without seats.
    const stranger = await person(opdB, 'Pegawai Tanpa Pasangan');
    expect((await juniorA.api.get(`${v}/programs/${programId}`)).statusCode).toBe(200);
    expect((await stranger.api.get(`${v}/programs/${programId}`)).statusCode).toBe(404);
    const opened = await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect((await stranger.api.get(`${v}/programs/${programId}`)).statusCode).toBe(200);
    await deliverEvents(ctx);
    const bell = (await juniorA.api.get(`${v}/notifications`)).json().items;
    expect(bell[0]).toMatchObject({ kind: 'program.mentoringPaired', data: { name: 'Senior Pendidikan' } });
  });
});

let pairA: number;

describe('a pair’s sessions', () => {
  it('are logged by one side and counted, with JP, once the other confirms', async () => {
    const mine = (await juniorA.api.get(`${v}/mentoring`)).json().items;
    expect(mine).toHaveLength(1);
    pairA = mine[0].pairId;
    expect(mine[0]).toMatchObject({ side: 'mentee', partner: { name: 'Senior Pendidikan' } });
    const goal = await juniorA.api.post(`${v}/mentoring/pairs/${pairA}/goals`, {
      text: 'Menyusun telaah kebijakan zonasi sekolah',
    });
    expect(goal.statusCode, goal.body).toBe(200);
    const logged = await juniorA.api.post(`${v}/mentoring/pairs/${pairA}/sessions`, {
      heldOn: '2027-03-09',
      topic: 'Membaca regulasi zonasi',
      minutes: 90,
    });
    expect(logged.statusCode, logged.body).toBe(200);
    const session = logged.json().sessionList[0];
    expect(session).toMatchObject({ jp: 2, loggedAs: 'mentee', confirmedAt: null, canConfirm: false });
    const selfConfirm = await juniorA.api.post(
      `${v}/mentoring/pairs/${pairA}/sessions/${session.id}/confirm`,
      {},
    );
    expect(selfConfirm.statusCode).toBe(403);
    expect(await count('mentoring_credit')).toBe(0);
    await deliverEvents(ctx);
    const mentorBell = (await seniorA.api.get(`${v}/notifications`)).json().items;
    expect(mentorBell[0]).toMatchObject({ kind: 'program.mentoringSessionToConfirm' });
    const confirmed = await seniorA.api.post(
      `${v}/mentoring/pairs/${pairA}/sessions/${session.id}/confirm`,
      {},
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ jp: 2, sessions: 1, unconfirmed: 0 });
    // A long session earns at most the scheme's ceiling, and counts in the same record of the year.
    const long = await seniorA.api.post(`${v}/mentoring/pairs/${pairA}/sessions`, {
      heldOn: '2027-03-10',
      topic: 'Praktik menyusun telaah',
      minutes: 300,
    });
    const longId = long.json().sessionList[0].id;
    expect(long.json().sessionList[0].jp).toBe(3);
    await juniorA.api.post(`${v}/mentoring/pairs/${pairA}/sessions/${longId}/confirm`, {});
    const records = await withTenant(ctx.db, tenantId, async (tx) => {
      const { rows } = await sql<{ jp: string; started: string; ended: string; path: string }>`
        select jp, started_on::text as started, ended_on::text as ended, path_code as path
        from development_record where employee_id = ${juniorA.id}`.execute(tx);
      return rows;
    });
    expect(records).toEqual([{ jp: '5.00', started: '2027-03-09', ended: '2027-03-10', path: 'NKL02' }]);
  });

  it('refuse the future, days outside the period, doubles, strangers and other governments', async () => {
    const before = await count('mentoring_session');
    const future = await juniorA.api.post(`${v}/mentoring/pairs/${pairA}/sessions`, {
      heldOn: '2027-03-11',
      topic: 'Belum terjadi',
      minutes: 60,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('body/heldOn');
    const early = await juniorA.api.post(`${v}/mentoring/pairs/${pairA}/sessions`, {
      heldOn: '2027-02-27',
      topic: 'Sebelum periode',
      minutes: 60,
    });
    expect(early.json().detail).toBe(
      'Tanggal sesi harus dalam periode mentoring (2027-03-01 s.d. 2027-08-31).',
    );
    const again = await juniorA.api.post(`${v}/mentoring/pairs/${pairA}/sessions`, {
      heldOn: '2027-03-09',
      topic: 'membaca regulasi zonasi',
      minutes: 30,
    });
    expect(again.statusCode).toBe(409);
    // Neither side nor the agency: nothing to see; the supervisor of the mentee reads, never writes.
    expect((await outsider.api.get(`${v}/mentoring/pairs/${pairA}`)).statusCode).toBe(404);
    expect((await supervisorApi.get(`${v}/mentoring/pairs/${pairA}`)).statusCode).toBe(200);
    const byReader = await supervisorApi.post(`${v}/mentoring/pairs/${pairA}/sessions`, {
      heldOn: '2027-03-08',
      topic: 'Sesi oleh atasan',
      minutes: 60,
    });
    expect(byReader.statusCode).toBe(403);
    expect((await otherAdmin.get(`${v}/mentoring/pairs/${pairA}`)).statusCode).toBe(404);
    expect(await count('mentoring_session')).toBe(before);
  });

  it('close with both sides’ reflections; nothing is logged after the end', async () => {
    const early = await juniorA.api.put(`${v}/mentoring/pairs/${pairA}/reflection`, {
      text: 'Terlalu dini',
      usefulness: 4,
    });
    expect(early.statusCode).toBe(409);
    const ended = await admin.post(`${v}/programs/${programId}/mentoring/end`, {});
    expect(ended.statusCode, ended.body).toBe(200);
    for (const [side, api] of [
      ['mentee', juniorA.api],
      ['mentor', seniorA.api],
    ] as const) {
      const written = await api.put(`${v}/mentoring/pairs/${pairA}/reflection`, {
        text: `Refleksi ${side}: telaah kebijakan kini bisa disusun sendiri.`,
        usefulness: side === 'mentee' ? 5 : 4,
      });
      expect(written.statusCode, written.body).toBe(200);
    }
    const late = await juniorA.api.post(`${v}/mentoring/pairs/${pairA}/sessions`, {
      heldOn: '2027-03-10',
      topic: 'Sesudah berakhir',
      minutes: 60,
    });
    expect(late.statusCode).toBe(409);
    const overview = (await admin.get(`${v}/programs/${programId}/mentoring`)).json();
    expect(overview.pairs.find((p: { id: number }) => p.id === pairA)).toMatchObject({
      state: 'ended',
      jp: 5,
      reflections: ['mentor', 'mentee'],
      usefulness: 4.5,
    });
    expect(overview.totals).toMatchObject({ sessions: 2, jp: 5, goals: 1 });
  });
});

describe('pairing at the same moment', () => {
  it('never puts a mentor over capacity nor a mentee in two pairs', async () => {
    const coaching = await admin.post(`${v}/programs`, {
      title: 'Coaching Kepemimpinan',
      pathCode: 'NKL01',
      jp: 10,
      providerKind: 'internal',
    });
    const url = `${v}/programs/${coaching.json().id}/mentoring`;
    await admin.put(url, { startsOn: '2027-03-01', endsOn: '2027-06-30', mentorCapacity: 2 });
    await admin.post(`${url}/mentors`, { employeeId: seniorB.id });
    const mentees: number[] = [];
    for (let i = 0; i < 6; i++)
      mentees.push((await buildEmployee(ctx, tenantId, { unit: opdB, name: `Coachee ${i}` })).id);
    await admin.post(`${url}/mentees`, { employeeIds: mentees });
    const attempts = await Promise.all(
      [...mentees, mentees[0]!, mentees[1]!].map((menteeId) =>
        admin.post(`${url}/pairs`, {
          pairs: [{ mentorId: seniorB.id, menteeId, overrideReason: 'Belum diasesmen' }],
        }),
      ),
    );
    expect(attempts.filter((r) => r.statusCode === 200)).toHaveLength(2);
    expect(attempts.filter((r) => r.statusCode === 409)).toHaveLength(6);
    const pairs = (await admin.get(url)).json().pairs as { mentee: { id: number } }[];
    expect(pairs).toHaveLength(2);
    expect(new Set(pairs.map((p) => p.mentee.id)).size).toBe(2);
  });
});
