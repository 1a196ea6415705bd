import { OPEN_TO_ALL } from '@jenjang/domain/programs/program.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, deliverEvents, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import type { ProblemError } from '../../http/problem';
import { TestClock } from '../../platform/clock';
import * as programs from './program.service';
import { remindBatch } from './program-notification.subscriber';

// A program from draft to its published selection: eligibility with reasons, applications and
// nominations, the optimal selection under per-OPD quotas, each applicant's explanation, the
// waiting list, and seats that are never given twice however many people act at once.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let opdA: { id: number; path: number[] };
let opdB: { id: number; path: number[] };
let competencyId: number;
const staffA: { id: number; api: TestApi }[] = [];
const staffB: { id: number; api: TestApi }[] = [];

const v = '/api/v1';
const body = (overrides: object = {}) => ({
  title: 'Pelatihan Analisis Data',
  pathCode: 'KL03',
  jp: 24,
  providerKind: 'partner',
  providerName: 'Universitas Maritim Raja Ali Haji',
  costPerParticipant: 1_500_000,
  eligibility: { employeeTypes: ['PNS'] },
  weights: { gap: 40, jpShortfall: 30, sinceLastDevelopment: 20, recommendation: 10 },
  quotaUnitMax: 4,
  competencies: [{ competencyId, targetLevel: 3 }],
  ...overrides,
});

beforeAll(async () => {
  // A fixed day: the batches (in 2027) are still ahead, whenever the tests run.
  ctx = await createTestContext({}, { clock: new TestClock('2026-12-01T02:00:00Z') });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  opdA = await createUnit(ctx, tenantId, 'Dinas Komunikasi dan Informatika');
  opdB = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
  competencyId = ((await admin.get(`${v}/competencies`)).json().items as { id: number; code: string }[]).find(
    (c) => c.code === 'M.1',
  )!.id;
  for (const [unit, list, count] of [
    [opdA, staffA, 8],
    [opdB, staffB, 4],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const e = await buildEmployee(ctx, tenantId, { unit, name: `${unit.id}-${i}` });
      list.push({ id: e.id, api: await apiAs(ctx, 'pegawai', tenantId, { employeeId: e.id }) });
    }
  }
  // Different needs, so different scores: the first of each OPD is furthest below level 3.
  for (const [index, person] of [...staffA, ...staffB].entries()) {
    await admin.post(`${v}/employees/${person.id}/assessments`, {
      competencyId,
      level: 1 + (index % 3),
      assessedOn: '2026-06-01',
      method: 'assessmentCentre',
    });
  }
});
afterAll(() => ctx.close());

describe('a program’s terms', () => {
  it('are kept by the agency alone, and checked', async () => {
    expect((await staffA[0]!.api.post(`${v}/programs`, body())).statusCode).toBe(403);
    const badWeights = await admin.post(
      `${v}/programs`,
      body({ weights: { gap: 50, jpShortfall: 30, sinceLastDevelopment: 20, recommendation: 10 } }),
    );
    expect(badWeights.statusCode).toBe(400);
    expect(badWeights.json().errors[0].message).toBe('Bobot kriteria harus berjumlah 100.');
    const badQuota = await admin.post(`${v}/programs`, body({ quotaUnitMin: 5 }));
    expect(badQuota.statusCode).toBe(400);
    expect((await admin.post(`${v}/programs`, body({ policyId: 999_999 }))).json().detail).toBe(
      'Kebijakan yang dirujuk tidak ada di pemerintah daerah ini.',
    );
    expect(await count('program')).toBe(0);
  });
});

let programId: number;
let batches: number[];

describe('applying', () => {
  it('is not possible to a draft, which only the agency sees', async () => {
    const created = await admin.post(`${v}/programs`, body());
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    expect((await staffA[0]!.api.get(`${v}/programs/${programId}`)).statusCode).toBe(404);
    expect(
      (await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' })).json().detail,
    ).toBe('Tambahkan setidaknya satu angkatan berkapasitas sebelum membuka pendaftaran.');
    for (const [name, startsOn] of [
      ['Angkatan I', '2027-02-01'],
      ['Angkatan II', '2027-03-01'],
    ] as const) {
      const added = await admin.post(`${v}/programs/${programId}/batches`, {
        name,
        startsOn,
        endsOn: startsOn.replace('-01', '-03'),
        capacity: 3,
      });
      expect(added.statusCode, added.body).toBe(200);
    }
    const opened = await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
    expect(opened.json()).toMatchObject({ state: 'open', editable: false });
    batches = opened.json().batches.map((b: { id: number }) => b.id);
    expect((await admin.put(`${v}/programs/${programId}`, body({ title: 'Lain' }))).statusCode).toBe(409);
  });

  it('tells an ineligible employee why, and stores nothing', async () => {
    const pppk = staffB[3]!;
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('employee').set({ employee_type: 'PPPK' }).where('id', '=', pppk.id).execute(),
    );
    const mine = (await pppk.api.get(`${v}/programs/${programId}/mine`)).json();
    expect(mine.eligibility).toEqual({
      eligible: false,
      reasons: ['employeeType'],
      explanations: ['Program ini untuk: PNS.'],
    });
    const refused = await pppk.api.post(`${v}/programs/${programId}/applications`, {
      preferences: [batches[0]],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Belum memenuhi syarat program ini: Program ini untuk: PNS.');
    expect(await count('program_application')).toBe(0);
  });

  it('takes each employee’s ranked batches once', async () => {
    for (const [index, person] of [...staffA, ...staffB.slice(0, 2)].entries()) {
      const preferences = index % 2 === 0 ? [batches[0], batches[1]] : [batches[1]];
      const applied = await person.api.post(`${v}/programs/${programId}/applications`, { preferences });
      expect(applied.statusCode, applied.body).toBe(201);
    }
    const again = await staffA[0]!.api.post(`${v}/programs/${programId}/applications`, {
      preferences: [batches[0]],
    });
    expect(again.json().detail).toBe('Pegawai ini sudah terdaftar pada program ini.');
    const repeated = await staffB[2]!.api.post(`${v}/programs/${programId}/applications`, {
      preferences: [batches[0], batches[0]],
    });
    expect(repeated.statusCode).toBe(400);
    const foreign = await staffB[2]!.api.post(`${v}/programs/${programId}/applications`, {
      preferences: [999_999],
    });
    expect(foreign.json().detail).toBe('Angkatan yang dipilih bukan angkatan program ini.');
    expect((await staffA[1]!.api.get(`${v}/programs/${programId}/mine`)).json().explanation).toBe(
      'Pendaftaran diterima. Seleksi dihitung setelah pendaftaran ditutup.',
    );
  });

  it('takes a supervisor’s nomination of their own staff only', async () => {
    const atasanB = await apiAs(ctx, 'atasan', tenantId, { scopeUnitId: opdB.id });
    const outside = await atasanB.post(`${v}/programs/${programId}/nominations`, {
      employeeId: staffA[0]!.id,
      preferences: [batches[0]],
    });
    expect(outside.statusCode).toBe(403);
    const nominated = await atasanB.post(`${v}/programs/${programId}/nominations`, {
      employeeId: staffB[2]!.id,
      preferences: [batches[0]],
    });
    expect(nominated.statusCode, nominated.body).toBe(201);
    expect(nominated.json()).toMatchObject({ source: 'nomination', recommended: true });
    // A supervisor reads their own staff's applications, nobody else's.
    const listed = (await atasanB.get(`${v}/programs/${programId}/applications`)).json();
    expect(listed.items.map((a: { employee: { id: number } }) => a.employee.id).sort()).toEqual(
      staffB
        .slice(0, 3)
        .map((s) => s.id)
        .sort(),
    );
  });

  it('is invisible to another government', async () => {
    const other = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
    expect((await other.get(`${v}/programs/${programId}`)).statusCode).toBe(404);
    expect((await other.get(`${v}/programs`)).json().total).toBe(0);
  });
});

describe('the selection', () => {
  it('is computed once applications close, optimally, under the OPD cap', async () => {
    expect((await admin.post(`${v}/programs/${programId}/selection`)).statusCode).toBe(409);
    await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' });
    const summary = await admin.post(`${v}/programs/${programId}/selection`);
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json()).toMatchObject({ applicants: 11, selected: 6, waitlisted: 5, seats: 6 });
    const applications = (await admin.get(`${v}/programs/${programId}/applications?pageSize=50`)).json()
      .items as {
      employee: { id: number };
      state: string;
      score: number;
      batchId: number | null;
      preferences: number[];
    }[];
    const selected = applications.filter((a) => a.state === 'selected');
    expect(selected).toHaveLength(6);
    const inA = selected.filter((a) => staffA.some((s) => s.id === a.employee.id));
    expect(inA.length).toBeLessThanOrEqual(4);
    for (const a of selected) expect(a.preferences).toContain(a.batchId);
    // No one waiting could replace someone selected and raise the total: the best eligible set.
    const waiting = applications.filter((a) => a.state === 'waitlisted');
    const lowestSelectedB = Math.min(...selected.filter((a) => !inA.includes(a)).map((a) => a.score));
    for (const w of waiting.filter((a) => staffB.some((s) => s.id === a.employee.id))) {
      expect(w.score).toBeLessThanOrEqual(lowestSelectedB);
    }
    const { rows } = await withTenant(ctx.db, tenantId, (tx) =>
      sql<{ taken: number; capacity: number }>`select taken, capacity from program_batch`.execute(tx),
    );
    expect(rows.every((r) => r.taken === 3 && r.capacity === 3)).toBe(true);
  });

  it('tells each applicant on the bell, and sets each batch’s reminder for the day before', async () => {
    await deliverEvents(ctx);
    const kinds = async (api: TestApi) =>
      ((await api.get(`${v}/notifications`)).json().items as { kind: string }[]).map((n) => n.kind);
    const applications = (await admin.get(`${v}/programs/${programId}/applications?pageSize=50`)).json()
      .items as { employee: { id: number }; state: string }[];
    for (const person of staffA) {
      const state = applications.find((a) => a.employee.id === person.id)!.state;
      const told = await kinds(person.api);
      expect(told).toContain('program.applicationReceived');
      expect(told).toContain(state === 'selected' ? 'program.selected' : 'program.waitlisted');
    }
    const reminders = await withTenant(ctx.db, tenantId, async (tx) => {
      const { rows } = await sql<{ next_local: string }>`
        select next_local from scheduled_task where kind = 'program.batchReminder' order by next_local`.execute(
        tx,
      );
      return rows.map((r) => r.next_local);
    });
    expect(reminders).toEqual(['2027-01-31T07:00', '2027-02-28T07:00']);
    // The reminder itself, as the schedule runs it.
    await withTenant(ctx.db, tenantId, (tx) => remindBatch(tx, tenantId, batches[0]!));
    const selectedInFirst = (await admin.get(`${v}/programs/${programId}/applications?pageSize=50`))
      .json()
      .items.filter((a: { batchId: number | null }) => a.batchId === batches[0]);
    const one = [...staffA, ...staffB].find((p) => p.id === selectedInFirst[0].employee.id)!;
    expect(await kinds(one.api)).toContain('program.reminder');
  });

  it('shows each applicant their score, the cut-off and why', async () => {
    for (const person of [...staffA, ...staffB.slice(0, 3)]) {
      const mine = (await person.api.get(`${v}/programs/${programId}/mine`)).json();
      const { application, explanation } = mine;
      expect(
        application.scoreLines.reduce((s: number, l: { contribution: number }) => s + l.contribution, 0),
      ).toBe(application.score);
      if (application.state === 'selected') expect(explanation).toMatch(/^Terpilih\. Skor Anda/);
      else expect(explanation).toMatch(/^Belum terpilih: .* daftar tunggu/);
    }
  });

  it('publishes the ranking without names unless the program says so', async () => {
    const ranking = (await staffA[0]!.api.get(`${v}/programs/${programId}/ranking?pageSize=50`)).json();
    expect(ranking.total).toBe(11);
    const named = ranking.items.filter((r: { name: string | null }) => r.name !== null);
    expect(named).toHaveLength(1);
    expect(named[0].mine).toBe(true);
  });

  it('gives a freed seat to the first waiting who asked for that batch', async () => {
    const applications = (await admin.get(`${v}/programs/${programId}/applications?pageSize=50`)).json()
      .items as {
      id: number;
      employee: { id: number };
      state: string;
      batchId: number | null;
      preferences: number[];
      waitlistPosition: number | null;
    }[];
    const leaving = applications.find((a) => a.state === 'selected')!;
    const person = [...staffA, ...staffB].find((s) => s.id === leaving.employee.id)!;
    const other = [...staffA, ...staffB].find((s) => s.id !== leaving.employee.id)!;
    expect(
      (await other.api.post(`${v}/programs/${programId}/applications/${leaving.id}/withdraw`)).statusCode,
    ).toBe(403);
    const withdrawn = await person.api.post(`${v}/programs/${programId}/applications/${leaving.id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = (await admin.get(`${v}/programs/${programId}/applications?pageSize=50`)).json()
      .items as typeof applications;
    const candidates = applications
      .filter((a) => a.state === 'waitlisted' && a.preferences.includes(leaving.batchId!))
      .sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    const promoted = after.find((a) => a.id === candidates[0]?.id);
    expect(promoted).toMatchObject({ state: 'selected', batchId: leaving.batchId });
    expect(after.filter((a) => a.state === 'selected')).toHaveLength(6);
  });
});

describe('a seat given by the agency', () => {
  it('needs a seat left, goes to someone without one, and is not an OPD admin’s to give', async () => {
    const list = async () =>
      (await admin.get(`${v}/programs/${programId}/applications?pageSize=50`)).json().items as {
        id: number;
        employee: { id: number };
        state: string;
        batchId: number | null;
      }[];
    const waiting = (await list()).find((a) => a.state === 'waitlisted')!;
    const seated = (await list()).find((a) => a.state === 'selected')!;
    const assign = (employeeId: number) =>
      admin.post(`${v}/programs/${programId}/assignments`, { employeeId, batchId: batches[0] });
    expect((await assign(waiting.employee.id)).json().detail).toBe('Kursi angkatan ini sudah penuh.');
    const batch = (await admin.get(`${v}/programs/${programId}`)).json().batches[0];
    await admin.put(`${v}/programs/${programId}/batches/${batch.id}`, {
      name: batch.name,
      startsOn: batch.startsOn,
      endsOn: batch.endsOn,
      capacity: batch.capacity + 1,
    });
    expect((await assign(seated.employee.id)).json().detail).toBe(
      'Pegawai ini sudah mendapat kursi di program ini.',
    );
    const given = await assign(waiting.employee.id);
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json()).toMatchObject({ state: 'selected', batchId: batches[0] });
    // A newcomer without an application gets one of source 'assignment' — when a seat is left.
    const newcomer = await buildEmployee(ctx, tenantId, { unit: opdB, name: 'Ditugaskan', sequence: 500 });
    expect((await assign(newcomer.id)).json().detail).toBe('Kursi angkatan ini sudah penuh.');
    const { rows } = await withTenant(ctx.db, tenantId, (tx) =>
      sql<{
        taken: number;
        capacity: number;
      }>`select taken, capacity from program_batch where id = ${batches[0]}`.execute(tx),
    );
    expect(rows[0]).toEqual({ taken: batch.capacity + 1, capacity: batch.capacity + 1 });
    const pegawai = staffA[0]!.api;
    expect(
      (
        await pegawai.post(`${v}/programs/${programId}/assignments`, {
          employeeId: newcomer.id,
          batchId: batches[0],
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('seats under concurrency', () => {
  it('are never given twice and nothing is lost', async () => {
    const seats = 3;
    const people = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        buildEmployee(ctx, tenantId, { unit: opdA, name: `C${i}`, sequence: 100 + i }),
      ),
    );
    const manager: Actor = {
      accountId: admin.account.id,
      tenantId,
      role: 'admin',
      scopeUnitId: null,
      employeeId: null,
    };
    const actorOf = (employeeId: number): Actor => ({
      accountId: admin.account.id,
      tenantId,
      role: 'pegawai',
      scopeUnitId: null,
      employeeId,
    });
    const now = ctx.clock.now();
    const created = await programs.createProgram(
      ctx.db,
      manager,
      {
        ...defaults(),
        title: 'Seminar Inovasi Pelayanan Publik',
        pathCode: 'KL06',
        jp: 8,
        providerKind: 'internal',
        providerName: null,
        costPerParticipant: 0,
        weights: { gap: 40, jpShortfall: 30, sinceLastDevelopment: 20, recommendation: 10 },
        quotaUnitMax: null,
        competencies: [],
      },
      'id',
    );
    const withBatch = await programs.saveBatch(
      ctx.db,
      manager,
      created.id,
      null,
      {
        name: 'Satu',
        startsOn: '2027-05-01',
        endsOn: '2027-05-02',
        venue: null,
        onlineUrl: null,
        capacity: seats,
        reserved: {},
      },
      'id',
    );
    const batch = withBatch.batches[0]!.id;
    await programs.transitionProgram(ctx.db, manager, created.id, 'open', 'id');
    // Everyone applies twice at once: exactly one of each pair is taken.
    const attempts = await Promise.allSettled(
      people.flatMap((p) =>
        [0, 1].map(() =>
          programs.apply(
            ctx.db,
            actorOf(p.id),
            created.id,
            { preferences: [batch], motivation: null },
            now,
            'id',
          ),
        ),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(people.length);
    for (const failed of attempts.filter((a) => a.status === 'rejected')) {
      expect((failed.reason as ProblemError).key).toBe('program.alreadyApplied');
    }
    await programs.transitionProgram(ctx.db, manager, created.id, 'close', 'id');
    await programs.runSelection(ctx.db, manager, created.id, now, 'id');
    // Then withdrawals of the selected and of people waiting, all at once, each freeing or not a seat.
    for (let round = 0; round < 3; round++) {
      const { items } = await programs.listApplications(ctx.db, manager, created.id, {
        page: 1,
        pageSize: 200,
      });
      const live = items.filter((a) => a.state === 'selected' || a.state === 'waitlisted').slice(0, 40);
      await Promise.allSettled(
        live.map((a) => programs.withdraw(ctx.db, actorOf(a.employee.id), created.id, a.id, now)),
      );
      const state = await withTenant(ctx.db, tenantId, async (tx) => {
        const { rows } = await sql<{ taken: number; selected: number; waiting: number; total: number }>`
          select b.taken,
            (select count(*)::int from program_application where program_id = ${created.id} and state = 'selected') as selected,
            (select count(*)::int from program_application where program_id = ${created.id} and state = 'waitlisted') as waiting,
            (select count(*)::int from program_application where program_id = ${created.id}) as total
          from program_batch b where b.id = ${batch}`.execute(tx);
        return rows[0]!;
      });
      expect(state.total).toBe(people.length);
      expect(state.taken).toBe(state.selected);
      expect(state.selected).toBeLessThanOrEqual(seats);
      // A seat freed while someone waited was given: seats stay full while anyone waits.
      if (state.waiting > 0) expect(state.selected).toBe(seats);
    }
  });
});

describe('the published order and eligibility on the day', () => {
  it('puts a renewed application at the back, and leaves out whoever is no longer eligible', async () => {
    const manager: Actor = {
      accountId: admin.account.id,
      tenantId,
      role: 'admin',
      scopeUnitId: null,
      employeeId: null,
    };
    const actorOf = (employeeId: number): Actor => ({ ...manager, role: 'pegawai', employeeId });
    const [a, b, gone] = await Promise.all(
      [0, 1, 2].map((i) =>
        buildEmployee(ctx, tenantId, { unit: opdB, name: `Urut ${i}`, sequence: 400 + i }),
      ),
    );
    const created = await programs.createProgram(
      ctx.db,
      manager,
      {
        ...defaults(),
        title: 'Bimbingan Teknis Arsip Digital',
        pathCode: 'KL10',
        jp: 8,
        providerKind: 'internal',
        providerName: null,
        costPerParticipant: 0,
        weights: { gap: 40, jpShortfall: 30, sinceLastDevelopment: 20, recommendation: 10 },
        quotaUnitMax: null,
        competencies: [],
      },
      'id',
    );
    const program = await programs.saveBatch(
      ctx.db,
      manager,
      created.id,
      null,
      {
        name: 'Satu',
        startsOn: '2027-06-01',
        endsOn: '2027-06-01',
        venue: null,
        onlineUrl: null,
        capacity: 1,
        reserved: {},
      },
      'id',
    );
    const batch = program.batches[0]!.id;
    await programs.transitionProgram(ctx.db, manager, created.id, 'open', 'id');
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 2, minute));
    const body = { preferences: [batch], motivation: null };
    const first = await programs.apply(ctx.db, actorOf(a!.id), created.id, body, at(0), 'id');
    await programs.apply(ctx.db, actorOf(b!.id), created.id, body, at(1), 'id');
    await programs.apply(ctx.db, actorOf(gone!.id), created.id, body, at(2), 'id');
    // The first applicant withdraws and applies again: now after the second.
    await programs.withdraw(ctx.db, actorOf(a!.id), created.id, first.id, at(3));
    await programs.apply(ctx.db, actorOf(a!.id), created.id, body, at(4), 'id');
    // The third leaves the service before the selection runs.
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('employee').set({ status: 'nonaktif' }).where('id', '=', gone!.id).execute(),
    );
    await programs.transitionProgram(ctx.db, manager, created.id, 'close', 'id');
    const summary = await programs.runSelection(ctx.db, manager, created.id, at(10), 'id');
    expect(summary).toMatchObject({ applicants: 2, selected: 1, waitlisted: 1 });
    const { items } = await programs.listApplications(ctx.db, manager, created.id, { page: 1, pageSize: 10 });
    const by = new Map(items.map((item) => [item.employee.id, item]));
    expect(by.get(b!.id)).toMatchObject({ state: 'selected', outcome: 'selected' });
    expect(by.get(a!.id)).toMatchObject({ state: 'waitlisted', outcome: 'tie', waitlistPosition: 1 });
    expect(by.get(gone!.id)).toMatchObject({
      state: 'notSelected',
      outcome: 'ineligible',
      waitlistPosition: null,
    });
    expect(by.get(a!.id)!.appliedAt).toBe(at(4).toISOString());
  });
});

function defaults() {
  return {
    description: null,
    policyId: null,
    quotaUnitMin: null,
    applicationsCloseOn: null,
    rankingShowsNames: false,
    minAttendancePercent: 80,
    passingScore: null,
    affirmativeGroups: [],
    appealDays: 0,
    partnerId: null,
    planItemIds: [],
    eligibility: { ...OPEN_TO_ALL, unitIds: [], positionKinds: [], employeeTypes: [], talentBoxes: [] },
  };
}

async function count(table: 'program' | 'program_application') {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(tx);
    return rows[0]!.n;
  });
}
