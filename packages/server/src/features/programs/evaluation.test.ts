import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { allIndicatorSources } from '../../indicator-sources';
import { TestClock } from '../../platform/clock';
import { insertSyntheticResponses } from '../surveys/responses/response.repository';

// Participants' feedback (Kirkpatrick levels 1–2) on a program of two batches: the trainer and the
// agency enter the learning tests while a batch is open; closing it sends the reaction survey to
// exactly its participants; the results show each batch, trainer and curriculum version under the k
// rule (k = 3 here), a batch of two left out of every total.

let ctx: TestContext;
const clock = new TestClock('2025-03-01T02:00:00Z');
let tenantId: number;
let admin: TestApi;
let pegawai: TestApi;
/** Teaches both batches. */
let ana: TestApi;
/** Teaches the second batch only. */
let citra: TestApi;
/** A partner's trainer teaching nothing here. */
let stranger: TestApi;
let otherAdmin: TestApi;
let programId: number;
const batches = { first: 0, second: 0 };
const v = '/api/v1';

interface Participant {
  applicationId: number;
  employee: { id: number };
  preTestScore: number | null;
  postTestScore: number | null;
}

const rosterOf = async (batchId: number) =>
  (await admin.get(`${v}/programs/${programId}/batches/${batchId}/roster`)).json()
    .participants as Participant[];
const testsUrl = (batchId: number) => `${v}/programs/${programId}/batches/${batchId}/tests`;

const count = (table: 'survey' | 'survey_wave' | 'instrument') =>
  withTenant(ctx.db, tenantId, async (tx) =>
    Number(
      (
        await tx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

const batchRow = (batchId: number) =>
  withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('program_batch')
      .select(['reaction_survey_id', 'closed_at'])
      .where('id', '=', batchId)
      .executeTakeFirstOrThrow(),
  );

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 30, surveyMinGroupSize: 3 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const opd = await createUnit(ctx, tenantId, 'Badan Kepegawaian dan Pengembangan SDM');
  const people: TestApi[] = [];
  for (let i = 0; i < 7; i++) {
    const e = await buildEmployee(ctx, tenantId, { unit: opd, name: `Peserta ${i}` });
    people.push(await apiAs(ctx, 'pegawai', tenantId, { employeeId: e.id }));
  }
  pegawai = people[0]!;
  ana = await apiAs(ctx, 'mitra', tenantId);
  citra = await apiAs(ctx, 'mitra', tenantId);
  stranger = await apiAs(ctx, 'mitra', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
  programId = (
    await admin.post(`${v}/programs`, {
      title: 'Pelatihan Pelayanan Prima',
      pathCode: 'KL11',
      jp: 12,
      providerKind: 'internal',
      minAttendancePercent: 0,
    })
  ).json().id;
  const first = await admin.post(`${v}/programs/${programId}/batches`, {
    name: 'Angkatan I',
    startsOn: '2025-03-02',
    endsOn: '2025-03-03',
    capacity: 4,
  });
  batches.first = first.json().batches[0].id;
  const second = await admin.post(`${v}/programs/${programId}/batches`, {
    name: 'Angkatan II',
    startsOn: '2025-03-02',
    endsOn: '2025-03-03',
    capacity: 2,
  });
  batches.second = second.json().batches.find((b: { name: string }) => b.name === 'Angkatan II').id;
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
  for (const [i, person] of people.entries()) {
    const preferences = i < 4 ? [batches.first] : [batches.second];
    await person.post(`${v}/programs/${programId}/applications`, { preferences });
  }
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' });
  const selection = await admin.post(`${v}/programs/${programId}/selection`);
  expect(selection.json()).toMatchObject({ selected: 6, waitlisted: 1 });
  // Trainers and curriculum versions, as the agency records them (their own features).
  await withTenant(ctx.db, tenantId, async (tx) => {
    const version = async (n: number) =>
      (
        await tx
          .insertInto('program_curriculum')
          .values({
            tenant_id: tenantId,
            program_id: programId,
            version: n,
            modules: JSON.stringify([{ title: 'Pelayanan prima', objectives: ['Melayani'], jp: 12 }]),
            reason: n === 1 ? null : 'Bahan ajar diperbarui',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const ids = { v1: await version(1), v2: await version(2) };
    await tx
      .updateTable('program_batch')
      .set({ curriculum_id: ids.v1 })
      .where('id', '=', batches.first)
      .execute();
    await tx
      .updateTable('program_batch')
      .set({ curriculum_id: ids.v2 })
      .where('id', '=', batches.second)
      .execute();
    await tx
      .insertInto('program_batch_trainer')
      .values([
        { tenant_id: tenantId, batch_id: batches.first, name: 'Ana', account_id: ana.account.id },
        { tenant_id: tenantId, batch_id: batches.first, name: 'Budi' },
        { tenant_id: tenantId, batch_id: batches.second, name: 'Ana', account_id: ana.account.id },
        { tenant_id: tenantId, batch_id: batches.second, name: 'Citra', account_id: citra.account.id },
      ])
      .execute();
  });
});
afterAll(() => ctx.close());

describe('the learning test', () => {
  it('is entered by the batch’s trainer and by the agency, and shows on the roster', async () => {
    const [first, second] = await rosterOf(batches.first);
    const byTrainer = await ana.put(testsUrl(batches.first), {
      applicationId: first!.applicationId,
      preTestScore: 40,
      postTestScore: 70,
    });
    expect(byTrainer.statusCode, byTrainer.body).toBe(200);
    const byAgency = await admin.put(testsUrl(batches.first), {
      applicationId: second!.applicationId,
      preTestScore: 62.5,
      postTestScore: null,
    });
    expect(byAgency.statusCode, byAgency.body).toBe(200);
    const roster = byAgency.json().participants as Participant[];
    expect(roster.find((p) => p.applicationId === first!.applicationId)).toMatchObject({
      preTestScore: 40,
      postTestScore: 70,
    });
    expect(roster.find((p) => p.applicationId === second!.applicationId)).toMatchObject({
      preTestScore: 62.5,
      postTestScore: null,
    });
  });

  it('is refused for someone holding no seat of that batch, and for another batch’s participant', async () => {
    const waiting = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('program_application')
        .select('id')
        .where('program_id', '=', programId)
        .where('state', '=', 'waitlisted')
        .executeTakeFirstOrThrow(),
    );
    const refused = await admin.put(testsUrl(batches.first), {
      applicationId: waiting.id,
      preTestScore: 50,
      postTestScore: 60,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Pegawai ini bukan peserta angkatan ini.');
    const other = (await rosterOf(batches.second))[0]!;
    const crossed = await admin.put(testsUrl(batches.first), {
      applicationId: other.applicationId,
      preTestScore: 50,
      postTestScore: 60,
    });
    expect(crossed.statusCode).toBe(409);
  });

  it('refuses a score outside 0–100 with a translated 400, writing nothing', async () => {
    const first = (await rosterOf(batches.first))[0]!;
    const refused = await admin.put(
      testsUrl(batches.first),
      { applicationId: first.applicationId, preTestScore: 120, postTestScore: 80 },
      { locale: 'en' },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('body/preTestScore');
    expect(refused.json().errors[0].message).toMatch(/100/);
    expect((await rosterOf(batches.first))[0]).toMatchObject({ preTestScore: 40, postTestScore: 70 });
  });

  it('is refused to a pegawai, a trainer of another batch, a partner’s stranger and another government', async () => {
    const first = (await rosterOf(batches.first))[0]!;
    const body = { applicationId: first.applicationId, preTestScore: 0, postTestScore: 0 };
    expect((await pegawai.put(testsUrl(batches.first), body)).statusCode).toBe(403);
    expect((await citra.put(testsUrl(batches.first), body)).statusCode).toBe(404);
    expect((await stranger.put(testsUrl(batches.first), body)).statusCode).toBe(404);
    expect((await otherAdmin.put(testsUrl(batches.first), body)).statusCode).toBe(404);
    expect((await rosterOf(batches.first))[0]).toMatchObject({ preTestScore: 40, postTestScore: 70 });
  });

  it('completes the pairs of both batches', async () => {
    const scores: Record<number, [number, number][]> = {
      [batches.first]: [
        [40, 70],
        [60, 80],
        [50, 75],
        [30, 65],
      ],
      [batches.second]: [
        [20, 90],
        [10, 95],
      ],
    };
    for (const [batchId, pairs] of Object.entries(scores)) {
      for (const [i, person] of (await rosterOf(Number(batchId))).entries()) {
        const [pre, post] = pairs[i]!;
        const saved = await admin.put(testsUrl(Number(batchId)), {
          applicationId: person.applicationId,
          preTestScore: pre,
          postTestScore: post,
        });
        expect(saved.statusCode, saved.body).toBe(200);
      }
    }
  });
});

describe('closing a batch', () => {
  it('sends exactly one anonymous reaction survey, inviting exactly the batch’s participants', async () => {
    clock.set('2025-03-03T09:00:00Z');
    const surveysBefore = await count('survey');
    const closed = await admin.post(`${v}/programs/${programId}/batches/${batches.first}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await count('survey')).toBe(surveysBefore + 1);
    const { reaction_survey_id: surveyId } = await batchRow(batches.first);
    expect(surveyId).not.toBeNull();
    const survey = (await admin.get(`${v}/surveys/${surveyId}`)).json();
    expect(survey).toMatchObject({
      mode: 'anonymous',
      kind: 'reaction',
      audience: { kind: 'source', source: 'program.batch', id: batches.first },
      minGroupSize: 3,
    });
    expect(survey.waves).toHaveLength(1);
    expect(survey.waves[0]).toMatchObject({ status: 'open', invited: 4 });
    const invited = await withTenant(ctx.db, tenantId, async (tx) =>
      (
        await tx
          .selectFrom('survey_invitation')
          .select('employee_id')
          .where('wave_id', '=', survey.waves[0].id)
          .orderBy('employee_id')
          .execute()
      ).map((r) => r.employee_id),
    );
    const participants = (await rosterOf(batches.first)).map((p) => p.employee.id).sort((a, b) => a - b);
    expect(invited).toEqual(participants);
    // Its invitees are told, by the surveys' own bell notification (from the outbox).
    const told = await withTenant(ctx.db, tenantId, (tx) =>
      sql<{ accounts: number[] }>`
        select array(select jsonb_array_elements_text(payload->'accountIds')::int) as accounts
        from domain_event where type = 'survey.wave.announced'`.execute(tx),
    );
    expect(told.rows).toHaveLength(1);
    expect(told.rows[0]!.accounts).toHaveLength(4);
  });

  it('ends the learning test’s entry: the batch is closed', async () => {
    const first = (await rosterOf(batches.first))[0]!;
    const refused = await ana.put(testsUrl(batches.first), {
      applicationId: first.applicationId,
      preTestScore: 10,
      postTestScore: 20,
    });
    expect(refused.statusCode).toBe(409);
  });

  it('makes the government’s reaction questionnaire once, and a survey per batch', async () => {
    const instruments = await count('instrument');
    const closed = await admin.post(`${v}/programs/${programId}/batches/${batches.second}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await count('instrument')).toBe(instruments);
    const [first, second] = [await batchRow(batches.first), await batchRow(batches.second)];
    expect(second.reaction_survey_id).not.toBeNull();
    expect(second.reaction_survey_id).not.toBe(first.reaction_survey_id);
  });
});

/** Released anonymous answers to the reaction survey of a batch: one per row of ratings. */
async function answer(batchId: number, ratings: Record<string, number>[]) {
  const { reaction_survey_id: surveyId } = await batchRow(batchId);
  await withTenant(ctx.db, tenantId, async (tx) => {
    const wave = await tx
      .selectFrom('survey_wave')
      .select('id')
      .where('survey_id', '=', surveyId!)
      .executeTakeFirstOrThrow();
    await insertSyntheticResponses(
      tx,
      ratings.map((answers) => ({
        tenant_id: tenantId,
        wave_id: wave.id,
        employee_id: null,
        unit_id: null,
        answered_on: '2025-03-04',
        answers: JSON.stringify(answers),
      })),
    );
  });
}

describe('the program’s evaluation', () => {
  beforeAll(async () => {
    await answer(batches.first, [
      { overall: 5, relevance: 4, trainers: 5, materials: 3, organisation: 4 },
      { overall: 4, relevance: 4, trainers: 5, materials: 2, organisation: 4 },
      { overall: 3, relevance: 4, trainers: 5, materials: 4 },
    ]);
    await answer(batches.second, [
      { overall: 1, relevance: 1, trainers: 1, materials: 1, organisation: 1 },
      { overall: 2, relevance: 1, trainers: 1, materials: 1, organisation: 1 },
    ]);
  });

  it('shows each batch under the k rule, and pools only the batches shown', async () => {
    const read = await admin.get(`${v}/programs/${programId}/evaluation`);
    expect(read.statusCode, read.body).toBe(200);
    const body = read.json();
    expect(body.minGroupSize).toBe(3);
    const first = body.batches.find((b: { id: number }) => b.id === batches.first);
    const second = body.batches.find((b: { id: number }) => b.id === batches.second);
    expect(first).toMatchObject({
      closed: true,
      curriculumVersion: 1,
      trainers: ['Ana', 'Budi'],
      learning: { shown: true, pairs: 4, meanPre: 45, meanPost: 72.5, meanGain: 27.5 },
      reaction: {
        shown: true,
        responses: 3,
        questions: [
          { key: 'overall', mean: 4 },
          { key: 'relevance', mean: 4 },
          { key: 'trainers', mean: 5 },
          { key: 'materials', mean: 3 },
          // Two answered it: fewer than k.
          { key: 'organisation', mean: null },
        ],
        overall: 4,
      },
    });
    expect(first.learning.normalisedGain).toBeCloseTo(27.5 / 55);
    expect(second).toMatchObject({
      curriculumVersion: 2,
      learning: { shown: false, withheld: 'small' },
      reaction: { shown: false, withheld: 'small' },
    });
    // Ana taught both: her figures are the first batch's alone, the second said to be left out.
    const anaGroup = body.trainers.find((t: { name: string }) => t.name === 'Ana');
    expect(anaGroup).toMatchObject({
      batchIds: [batches.first, batches.second],
      learning: { pairs: 4, meanGain: 27.5 },
      reaction: { responses: 3 },
      withheldBatches: { learning: 1, reaction: 1 },
    });
    expect(body.trainers.find((t: { name: string }) => t.name === 'Citra')).toMatchObject({
      learning: { shown: false, withheld: 'small' },
      reaction: { shown: false, withheld: 'small' },
    });
    expect(body.versions).toEqual([
      expect.objectContaining({ version: 1, learning: expect.objectContaining({ pairs: 4 }) }),
      expect.objectContaining({ version: 2, learning: { shown: false, withheld: 'small' } }),
    ]);
    expect(body.total).toMatchObject({
      learning: { pairs: 4 },
      withheldBatches: { learning: 1, reaction: 1 },
    });
  });

  it('shows a trainer the batches they teach only', async () => {
    const forCitra = await citra.get(`${v}/programs/${programId}/evaluation`);
    expect(forCitra.statusCode, forCitra.body).toBe(200);
    expect(forCitra.json().batches.map((b: { id: number }) => b.id)).toEqual([batches.second]);
    expect(forCitra.json().total.learning).toEqual({ shown: false, withheld: 'small' });
    const forAna = await ana.get(`${v}/programs/${programId}/evaluation`);
    expect(forAna.json().batches).toHaveLength(2);
  });

  it('is refused to a pegawai, a trainer teaching none of it and another government', async () => {
    expect((await pegawai.get(`${v}/programs/${programId}/evaluation`)).statusCode).toBe(403);
    expect((await stranger.get(`${v}/programs/${programId}/evaluation`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`${v}/programs/${programId}/evaluation`)).statusCode).toBe(404);
  });
});

describe('the indicator sources', () => {
  const measure = (source: 'program.reactionScore' | 'program.learningGain', id: number | null) =>
    withTenant(ctx.db, tenantId, async (tx) => {
      const params = { source, programId: id } as const;
      const sources = allIndicatorSources();
      const of = sources.of(params);
      await of.check(tx, params, { policyId: 1 });
      return of.measure(tx, params, 'id', { id: 1, policyId: 1 });
    });

  it('give the year’s reaction score and normalised gain of the batches shown', async () => {
    const reaction = await measure('program.reactionScore', programId);
    expect(reaction.find((p) => p.label === '2025')?.value).toBeCloseTo(4);
    const gain = await measure('program.learningGain', null);
    expect(gain.find((p) => p.label === '2025')?.value).toBeCloseTo(27.5 / 55);
  });

  it('refuse a program this government does not have', async () => {
    const refused = await measure('program.reactionScore', 987_654).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProblemError);
    expect(refused).toMatchObject({ status: 400, key: 'policy.indicatorUnknownProgram' });
  });
});

describe('the audience program.batch', () => {
  it('counts a batch’s participants for the agency, and no one else', async () => {
    const preview = await admin.post(`${v}/surveys/audience-preview`, {
      kind: 'source',
      source: 'program.batch',
      id: batches.first,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({ count: 4 });
    const missing = await admin.post(`${v}/surveys/audience-preview`, {
      kind: 'source',
      source: 'program.batch',
      id: 987_654,
    });
    expect(missing.statusCode).toBe(404);
    const asked = { kind: 'source', source: 'program.batch', id: batches.first };
    expect((await pegawai.post(`${v}/surveys/audience-preview`, asked)).statusCode).toBe(403);
    expect((await otherAdmin.post(`${v}/surveys/audience-preview`, asked)).statusCode).toBe(404);
  });
});
