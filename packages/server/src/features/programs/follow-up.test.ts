import { followUpDay } from '@jenjang/domain/programs/follow-up.rules';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { allIndicatorSources } from '../../indicator-sources';
import { TestClock } from '../../platform/clock';
import { insertSyntheticResponses } from '../surveys/responses/response.repository';

// The Kirkpatrick chain past the classroom: closing a batch sets its behaviour follow-up for the
// months the program's evaluation plan says (3 by default); when it falls due, the alumni and their
// direct supervisors — and nobody else — are asked, and reminded; their answers show per batch under
// the k rule and feed the indicator program.behaviourScore; the service's IKM before and after the
// training is the program's result. The batch ended a hundred days before today, so the follow-up's
// waves are open by the database's own clock, which opens and closes waves.

const DAY = 86_400_000;
const TODAY = Date.now();
const dayOf = (offset: number) => new Date(TODAY + offset * DAY).toISOString().slice(0, 10);
const START = dayOf(-102);
const END = dayOf(-100);
const DUE = followUpDay(END);

let ctx: TestContext;
const clock = new TestClock(new Date(TODAY - 110 * DAY));
let tenantId: number;
let admin: TestApi;
let head: TestApi;
let outsider: TestApi;
const alumni: TestApi[] = [];
let programId: number;
let batchId: number;
const v = '/api/v1';

const batchRow = () =>
  withTenant(ctx.db, tenantId, async (tx) => {
    const { rows } = await sql<{
      due: string | null;
      alumniSurvey: number | null;
      supervisorSurvey: number | null;
    }>`select follow_up_due_on::text as due, follow_up_alumni_survey_id::int as "alumniSurvey",
        follow_up_supervisor_survey_id::int as "supervisorSurvey" from program_batch where id = ${batchId}`.execute(
      tx,
    );
    return rows[0]!;
  });

async function myWaves(api: TestApi) {
  return ((await api.get(`${v}/my/surveys`)).json().items as { waveId: number; title: string }[]).filter(
    (w) => w.title.startsWith('Evaluasi Pasca Pelatihan'),
  );
}

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 365, surveyMinGroupSize: 3 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const opd = await createUnit(ctx, tenantId, 'Dinas Kependudukan dan Pencatatan Sipil');
  const section = await createUnit(ctx, tenantId, 'Bidang Pelayanan Pendaftaran Penduduk', opd);
  // The head of the section: an administrator there, the alumni's direct supervisor.
  const chief = await buildEmployee(ctx, tenantId, { unit: section, name: 'Kepala Bidang' });
  await withTenant(ctx.db, tenantId, (tx) =>
    sql`update employee set position_kind = 'administrator' where id = ${chief.id}`.execute(tx),
  );
  head = await apiAs(ctx, 'atasan', tenantId, { employeeId: chief.id, scopeUnitId: section.id });
  for (let i = 0; i < 4; i++) {
    const e = await buildEmployee(ctx, tenantId, { unit: section, name: `Petugas Layanan ${i}` });
    alumni.push(await apiAs(ctx, 'pegawai', tenantId, { employeeId: e.id }));
  }
  const other = await buildEmployee(ctx, tenantId, { unit: opd, name: 'Pegawai Lain' });
  outsider = await apiAs(ctx, 'pegawai', tenantId, { employeeId: other.id });
  programId = (
    await admin.post(`${v}/programs`, {
      title: 'Pelatihan Pelayanan Administrasi Kependudukan',
      pathCode: 'KL10',
      jp: 12,
      providerKind: 'internal',
      minAttendancePercent: 0,
    })
  ).json().id;
  batchId = (
    await admin.post(`${v}/programs/${programId}/batches`, {
      name: 'Angkatan I',
      startsOn: START,
      endsOn: END,
      capacity: 4,
    })
  ).json().batches[0].id;
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
  for (const person of alumni)
    await person.post(`${v}/programs/${programId}/applications`, { preferences: [batchId] });
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' });
  expect((await admin.post(`${v}/programs/${programId}/selection`)).statusCode).toBe(200);
});
afterAll(() => ctx.close());

describe('the evaluation plan', () => {
  it('is the agency’s: the follow-up’s months and a public-service survey for the results', async () => {
    expect(
      (
        await alumni[0]!.put(`${v}/programs/${programId}/evaluation-plan`, {
          followUpMonths: 6,
          resultSurveyId: null,
        })
      ).statusCode,
    ).toBe(403);
    const notService = await admin.put(`${v}/programs/${programId}/evaluation-plan`, {
      followUpMonths: 3,
      resultSurveyId: 999_999,
    });
    expect(notService.statusCode).toBe(400);
    const plan = await admin.put(`${v}/programs/${programId}/evaluation-plan`, {
      followUpMonths: 3,
      resultSurveyId: null,
    });
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json().plan).toEqual({ followUpMonths: 3, resultSurveyId: null });
  });
});

describe('a batch’s behaviour follow-up', () => {
  it('is set for three months after its last day when the batch closes', async () => {
    clock.set(`${END}T10:00:00Z`);
    const closed = await admin.post(`${v}/programs/${programId}/batches/${batchId}/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await batchRow()).toEqual({ due: DUE, alumniSurvey: null, supervisorSurvey: null });
    // Not yet due: a sweep sends nothing.
    await ctx.schedules.runDue();
    await ctx.jobs.idle();
    expect((await batchRow()).alumniSurvey).toBeNull();
  });

  it('asks the alumni and their direct supervisor when due, and nobody else', async () => {
    clock.set(`${DUE}T02:00:00Z`);
    await ctx.schedules.runDue();
    // The queue runs what the sweep queued.
    await expect.poll(async () => (await batchRow()).alumniSurvey, { timeout: 15_000 }).not.toBeNull();
    const row = await batchRow();
    // The next minute's sweep announces the waves to those invited.
    await ctx.schedules.runDue();
    expect(row.supervisorSurvey).not.toBeNull();
    for (const person of alumni)
      expect((await myWaves(person)).map((w) => w.title)).toEqual([
        'Evaluasi Pasca Pelatihan (Alumni): Pelatihan Pelayanan Administrasi Kependudukan – Angkatan I',
      ]);
    const supervisorWaves = await myWaves(head);
    expect(supervisorWaves.map((w) => w.title)).toEqual([
      'Evaluasi Pasca Pelatihan (Atasan Langsung): Pelatihan Pelayanan Administrasi Kependudukan – Angkatan I',
    ]);
    expect(await myWaves(outsider)).toEqual([]);
    // An answer by someone neither alumnus nor supervisor is refused at the ballot.
    const alumniWave = (await myWaves(alumni[0]!))[0]!.waveId;
    const refused = await outsider.post(`${v}/survey-waves/${alumniWave}/ballot`, {});
    expect([403, 404]).toContain(refused.statusCode);
    const ballot = await alumni[0]!.post(`${v}/survey-waves/${alumniWave}/ballot`, {});
    expect(ballot.statusCode, ballot.body).toBe(201);
    // Sent once: a second sweep of the day changes nothing.
    await ctx.schedules.runDue();
    await ctx.jobs.idle();
    expect(await batchRow()).toEqual(row);
    const reminder = await withTenant(ctx.db, tenantId, async (tx) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from scheduled_task
        where kind = 'survey.wave.remind'`.execute(tx);
      return rows[0]!.n;
    });
    expect(reminder).toBe(2);
  });

  it('shows the alumni’s answers under the k rule, and feeds program.behaviourScore', async () => {
    const row = await batchRow();
    const withheld = (await admin.get(`${v}/programs/${programId}/evaluation`)).json();
    expect(withheld.batches[0].behaviour).toMatchObject({ dueOn: DUE, alumni: { shown: false } });
    // Three alumni answer (k = 3): application, behaviour and impact rated 4 and 5.
    await withTenant(ctx.db, tenantId, async (tx) => {
      const wave = await tx
        .selectFrom('survey_wave')
        .select('id')
        .where('survey_id', '=', row.alumniSurvey!)
        .executeTakeFirstOrThrow();
      await insertSyntheticResponses(
        tx,
        [4, 5, 4].map((rating) => ({
          tenant_id: tenantId,
          wave_id: wave.id,
          employee_id: null,
          unit_id: null,
          answered_on: DUE,
          answers: JSON.stringify({
            application_frequency: rating,
            behaviour_change: rating,
            impact_performance: rating,
            impact_efficiency: rating,
            impact_service: rating,
            knowledge_sharing: rating,
          }),
        })),
      );
    });
    const evaluation = (await admin.get(`${v}/programs/${programId}/evaluation`)).json();
    expect(evaluation.batches[0].behaviour.alumni).toMatchObject({ shown: true, responses: 3 });
    expect(evaluation.batches[0].behaviour.alumni.overall).toBeCloseTo(13 / 3, 2);
    expect(evaluation.batches[0].behaviour.supervisors).toMatchObject({ shown: false });
    const series = await withTenant(ctx.db, tenantId, async (tx) => {
      const params = { source: 'program.behaviourScore', programId } as const;
      const of = allIndicatorSources().of(params);
      await of.check(tx, params, { policyId: 1 });
      return of.measure(tx, params, 'id', { id: 1, policyId: 1 });
    });
    expect(series.find((p) => p.label === END.slice(0, 4))?.value).toBeCloseTo(13 / 3, 2);
  });
});

describe('the results by the appraisal', () => {
  it('compare the completed participants’ predikat the year before and the first full year after, under k', async () => {
    const participants = await withTenant(ctx.db, tenantId, async (tx) => {
      const { rows } = await sql<{ id: number }>`
        select employee_id::int as id from program_application
        where batch_id = ${batchId} and completion = 'completed' order by employee_id`.execute(tx);
      return rows.map((row) => row.id);
    });
    expect(participants).toHaveLength(4);
    const before = Number(START.slice(0, 4)) - 1;
    const after = Number(END.slice(0, 4)) + 1;
    // Three appraised both years (k = 3): one up from Butuh Perbaikan, two Baik both times; one only before.
    const record = (employeeId: number, year: number, hasil: string, perilaku: string, predikat: string) =>
      withTenant(ctx.db, tenantId, (tx) =>
        sql`insert into performance_appraisal (tenant_id, employee_id, year, period, from_month, to_month,
          hasil_kerja, perilaku_kerja, predikat, source)
          values (${tenantId}, ${employeeId}, ${year}, 'annual', 1, 12, ${hasil}, ${perilaku}, ${predikat}, 'import')`.execute(
          tx,
        ),
      );
    await record(participants[0]!, before, 'below', 'meets', 'butuh_perbaikan');
    await record(participants[0]!, after, 'meets', 'meets', 'baik');
    for (const id of participants.slice(1, 3)) {
      await record(id, before, 'meets', 'meets', 'baik');
      await record(id, after, 'meets', 'meets', 'baik');
    }
    await record(participants[3]!, before, 'meets', 'meets', 'baik');
    const performance = (await admin.get(`${v}/programs/${programId}/evaluation`)).json().performance;
    expect(performance).toMatchObject({
      participants: 4,
      paired: 3,
      withheld: false,
      improved: 1,
      same: 2,
      worse: 0,
      atLeastBaikAfter: 100,
    });
    expect(performance.atLeastBaikBefore).toBeCloseTo(66.7, 1);
    // One pair fewer than k (a record moved to another year: appraisals are never deleted), and
    // nothing is shown but the counts.
    await withTenant(ctx.db, tenantId, (tx) =>
      sql`update performance_appraisal set year = ${after + 1} where employee_id = ${participants[1]!} and year = ${after}`.execute(
        tx,
      ),
    );
    const withheld = (await admin.get(`${v}/programs/${programId}/evaluation`)).json().performance;
    expect(withheld).toMatchObject({ paired: 2, withheld: true, before: null, improved: null });
  });
});
