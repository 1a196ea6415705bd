import { SKM_ELEMENT_KEYS } from '@jenjang/domain/surveys/survey-templates/skm.template';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../../test/api-as';
import { createAccount, type LoggedIn, login } from '../../../../test/factories/account.factory';
import { buildEmployee } from '../../../../test/factories/employee.factory';
import { createUnit } from '../../../../test/factories/organisation.factory';
import { SMALL_INSTRUMENT } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { releaseScheduled } from '../../../../test/survey-fixtures';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

// Inside one government: readers and admins scoped to an OPD (or below) on surveys of the whole
// government and of other OPDs. Answers carry the respondent's OPD; a scoped reader sees the slice
// of its OPD only once the wave is closed, and only if the OPD is a group the breakdown shows.
describe('survey reach inside a government', () => {
  const K = 3;
  let tenantId: number;
  let admin: LoggedIn;
  let opds: Record<'a' | 'b' | 'c', { id: number; path: number[] }>;
  let staff: Record<'a' | 'b' | 'c', LoggedIn[]>;
  let readers: Record<'adminA' | 'adminB' | 'atasanA' | 'atasanBidang' | 'pimpinan', LoggedIn>;
  let wide: { surveyId: number; waveId: number; instrumentId: number };

  const api = (session: LoggedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session.headers,
      ...(payload ? { payload } : {}),
    });
  const window = () => ({
    label: 'Gelombang',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    population: null,
  });

  async function peopleOf(unit: { id: number }, count: number) {
    const sessions: LoggedIn[] = [];
    for (let i = 0; i < count; i++) {
      const employee = await buildEmployee(ctx, tenantId, { unit: unit });
      sessions.push(await apiAs(ctx, 'pegawai', tenantId, { employeeId: employee.id }));
    }
    return sessions;
  }
  const reader = async (role: 'admin' | 'atasan' | 'pimpinan', scopeUnitId: number | null) =>
    login(ctx, (await createAccount(ctx, tenantId, role, { scopeUnitId })).username);

  async function launch(session: LoggedIn, audience: object, instrumentId?: number) {
    const instrument =
      instrumentId ??
      (await api(session, 'POST', '/instruments', { definition: SMALL_INSTRUMENT })).json().id;
    const created = await api(session, 'POST', '/surveys', {
      instrumentId: instrument,
      title: 'Evaluasi pelatihan',
      mode: 'identified',
      audience,
      minGroupSize: K,
    });
    expect(created.statusCode, created.body).toBe(201);
    const surveyId = created.json().id as number;
    const wave = (await api(session, 'POST', `/surveys/${surveyId}/waves`, window())).json().waves[0]
      .id as number;
    expect((await api(session, 'POST', `/survey-waves/${wave}/open`)).statusCode).toBe(200);
    return { surveyId, waveId: wave, instrumentId: instrument as number };
  }

  const respond = async (session: LoggedIn, waveId: number, satisfaction: number) =>
    expect(
      (
        await api(session, 'POST', `/survey-waves/${waveId}/responses`, {
          answers: { satisfaction, formats: ['class'] },
        })
      ).statusCode,
    ).toBe(201);
  const results = (session: LoggedIn, waveId: number) =>
    api(session, 'GET', `/survey-waves/${waveId}/results`);

  beforeAll(async () => {
    tenantId = (await createTenant(ctx)).id;
    admin = await apiAs(ctx, 'admin', tenantId);
    opds = {
      a: await createUnit(ctx, tenantId, 'Dinas A'),
      b: await createUnit(ctx, tenantId, 'Dinas B'),
      c: await createUnit(ctx, tenantId, 'Dinas C'),
    };
    const bidang = await createUnit(ctx, tenantId, 'Bidang A1', opds.a);
    staff = { a: await peopleOf(opds.a, 4), b: await peopleOf(opds.b, 3), c: await peopleOf(opds.c, 2) };
    readers = {
      adminA: await reader('admin', opds.a.id),
      adminB: await reader('admin', opds.b.id),
      atasanA: await reader('atasan', opds.a.id),
      atasanBidang: await reader('atasan', bidang.id),
      pimpinan: await reader('pimpinan', null),
    };
    wide = await launch(admin, { kind: 'criteria' });
  });

  it('shows a scoped reader nothing of a wider wave while it is open, not even its slice’s count', async () => {
    for (const member of [...staff.a, ...staff.b.slice(0, 2)]) await respond(member, wide.waveId, 4);
    const body = (await results(readers.adminA, wide.waveId)).json();
    expect(body.reach).toEqual({ kind: 'slice', units: ['Dinas A'], shown: false, reason: 'notFinal' });
    expect(body.report).toMatchObject({ responses: 0, suppressed: true, questions: [] });
    const exported = await api(readers.atasanA, 'GET', `/survey-waves/${wide.waveId}/results.csv`);
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('setelah gelombang ditutup');
    expect(exported.body).not.toContain('Seberapa puas');
    // The whole government's readers see the whole wave as it grows, k answers at a time.
    expect((await results(readers.pimpinan, wide.waveId)).json().report.responses).toBe(6);
  });

  it('gives a reader of a slice no counts of the whole wave in lists, details or results', async () => {
    const counts = (wave: Record<string, unknown>) => [
      wave.invited,
      wave.responses,
      wave.pending,
      wave.withheld,
    ];
    for (const session of [readers.adminA, readers.atasanA]) {
      const listed = (await api(session, 'GET', '/surveys')).json();
      const item = listed.items.find((s: { id: number }) => s.id === wide.surveyId);
      expect(counts(item.latestWave)).toEqual([null, null, null, null]);
      const detail = (await api(session, 'GET', `/surveys/${wide.surveyId}`)).json();
      expect(detail.waves.map(counts)).toEqual([[null, null, null, null]]);
      expect(counts((await results(session, wide.waveId)).json().wave)).toEqual([null, null, null, null]);
    }
    const whole = (await api(readers.pimpinan, 'GET', `/surveys/${wide.surveyId}`)).json();
    expect(whole.waves[0].invited).toBeGreaterThan(0);
  });

  it('shows the OPD’s slice of the closed wave when the breakdown by OPD shows that OPD', async () => {
    await respond(staff.b[2]!, wide.waveId, 2);
    for (const member of staff.c) await respond(member, wide.waveId, 1);
    expect((await api(admin, 'POST', `/survey-waves/${wide.waveId}/close`)).statusCode).toBe(200);
    // Final set: A 4, B 3, C 2. C needs cover, so B is hidden with it; only A shows.
    const whole = (
      await api(readers.pimpinan, 'GET', `/survey-waves/${wide.waveId}/results?breakdown=unit`)
    ).json();
    expect(whole.report.breakdown.groups.map((g: { key: string }) => g.key)).toEqual([String(opds.a.id)]);
    for (const session of [readers.adminA, readers.atasanA]) {
      const body = (await results(session, wide.waveId)).json();
      expect(body.reach).toEqual({ kind: 'slice', units: ['Dinas A'], shown: true, reason: null });
      expect(body.report).toMatchObject({ responses: 4, view: 'slice', breakdownsHeldBack: 'slice' });
      expect(body.report.questions.find((q: { key: string }) => q.key === 'satisfaction').summary.mean).toBe(
        4,
      );
      expect(body.canModerate).toBe(false);
    }
  });

  it('hides the slice of an OPD hidden in the breakdown, and says why, to its own readers too', async () => {
    const b = (await results(readers.adminB, wide.waveId)).json();
    expect(b.reach).toMatchObject({ kind: 'slice', shown: false, reason: 'small' });
    expect(b.report).toMatchObject({ responses: 0, suppressed: true });
    // Answers carry the OPD: a supervisor of a bidang inside it reaches none of them.
    const bidang = (await results(readers.atasanBidang, wide.waveId)).json();
    expect(bidang.reach).toMatchObject({ kind: 'slice', shown: false, reason: 'empty' });
  });

  it('lists for a home page only the results a reader may see', async () => {
    const list = async (session: LoggedIn) =>
      (await api(session, 'GET', '/survey-results'))
        .json()
        .items.filter((i: { waveId: number }) => i.waveId === wide.waveId);
    expect(await list(readers.adminA)).toEqual([
      expect.objectContaining({ reach: 'slice', responses: 4, final: true, ikm: null }),
    ]);
    expect(await list(readers.adminB)).toEqual([]);
    expect(await list(readers.atasanBidang)).toEqual([]);
    expect(await list(readers.pimpinan)).toEqual([expect.objectContaining({ reach: 'whole', responses: 9 })]);
  });

  it('gives the IKM of a public service inside an OPD to that OPD’s readers whole, and to no other OPD', async () => {
    const instrument = (await api(admin, 'POST', '/instruments', { templateKey: 'skm' })).json().id;
    const created = await api(admin, 'POST', '/surveys', {
      instrumentId: instrument,
      title: 'SKM Dinas A',
      mode: 'public',
      serviceUnitId: opds.a.id,
      serviceName: 'Loket A',
      minGroupSize: K,
    });
    const code = (created.json().publicPath as string).replace('/s/', '');
    const waveId = (await api(admin, 'POST', `/surveys/${created.json().id}/waves`, window())).json().waves[0]
      .id;
    expect((await api(admin, 'POST', `/survey-waves/${waveId}/open`)).statusCode).toBe(200);
    const answers = Object.fromEntries(SKM_ELEMENT_KEYS.map((key) => [key, 4]));
    for (let i = 0; i < K; i++) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/public/surveys/${code}/responses`,
        remoteAddress: `198.51.100.${200 + i}`,
        payload: { answers },
      });
      expect(response.statusCode).toBe(201);
    }
    // Public answers reach the results at their scheduled release (migration 0017).
    await releaseScheduled(ctx, waveId);
    const overview = async (session: LoggedIn) =>
      (await api(session, 'GET', '/surveys/ikm'))
        .json()
        .items.filter((i: { wave: { id: number } }) => i.wave.id === waveId);
    // Every answer carries the service unit: the OPD's readers reach the whole wave, as it grows.
    for (const session of [readers.adminA, readers.atasanA, readers.pimpinan]) {
      expect(await overview(session)).toEqual([
        expect.objectContaining({ reach: 'whole', responses: K, ikm: expect.objectContaining({ ikm: 100 }) }),
      ]);
    }
    expect(await overview(readers.adminB)).toEqual([]);
    // Nothing reaches B: while the wave is open it is not even told that none of it is B's.
    expect((await results(readers.adminB, waveId)).json().reach).toMatchObject({
      shown: false,
      reason: 'notFinal',
    });
  });

  it('refuses an OPD admin every change to the whole government’s survey and questionnaire', async () => {
    const attempts = [
      api(readers.adminA, 'POST', `/surveys/${wide.surveyId}/waves`, window()),
      api(readers.adminA, 'POST', `/survey-waves/${wide.waveId}/close`),
      api(readers.adminA, 'POST', `/survey-waves/${wide.waveId}/remind`),
      api(readers.adminA, 'PUT', `/instruments/${wide.instrumentId}`, { definition: SMALL_INSTRUMENT }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(403);
    const survey = (await api(readers.adminA, 'GET', `/surveys/${wide.surveyId}`)).json();
    expect(survey).toMatchObject({
      canManage: false,
      waves: [expect.objectContaining({ status: 'closed' })],
    });
  });

  it('lets an OPD admin survey only people inside its OPD, in a survey of its own', async () => {
    const outside = await api(readers.adminA, 'POST', '/surveys', {
      instrumentId: wide.instrumentId,
      title: 'Survei melebar',
      mode: 'identified',
      audience: { kind: 'criteria', unitIds: [opds.a.id, opds.b.id] },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().detail).toContain('cakupan akun Anda');
    const everyone = await api(readers.adminA, 'POST', '/surveys', {
      instrumentId: wide.instrumentId,
      title: 'Survei semua',
      mode: 'identified',
      audience: { kind: 'criteria' },
    });
    expect(everyone.statusCode).toBe(400);
    const listed = await api(readers.adminA, 'POST', '/surveys/audience-preview', {
      kind: 'list',
      employeeIds: [(await buildEmployee(ctx, tenantId, { unit: opds.b })).id],
    });
    expect(listed.statusCode).toBe(400);
  });

  it('reads its own OPD survey whole as it grows; another OPD’s admin cannot even see it', async () => {
    const own = await launch(readers.adminA, { kind: 'criteria', unitIds: [opds.a.id] });
    for (const member of staff.a.slice(0, 3)) await respond(member, own.waveId, 5);
    const body = (await results(readers.adminA, own.waveId)).json();
    expect(body).toMatchObject({ reach: { kind: 'whole' }, canModerate: true, report: { responses: 3 } });
    expect((await results(readers.atasanA, own.waveId)).json().reach.kind).toBe('whole');
    expect((await results(readers.adminB, own.waveId)).statusCode).toBe(404);
    expect((await api(readers.adminB, 'GET', `/surveys/${own.surveyId}`)).statusCode).toBe(404);
    expect((await api(readers.adminB, 'GET', `/instruments/${own.instrumentId}`)).statusCode).toBe(404);
    const listB = (await api(readers.adminB, 'GET', '/surveys'))
      .json()
      .items.map((s: { id: number }) => s.id);
    expect(listB).toContain(wide.surveyId);
    expect(listB).not.toContain(own.surveyId);
    const instrumentsB = (await api(readers.adminB, 'GET', '/instruments'))
      .json()
      .items.map((i: { id: number }) => i.id);
    expect(instrumentsB).not.toContain(own.instrumentId);
    // The whole government's admin manages it too.
    expect((await api(admin, 'POST', `/survey-waves/${own.waveId}/close`)).statusCode).toBe(200);
  });
});
