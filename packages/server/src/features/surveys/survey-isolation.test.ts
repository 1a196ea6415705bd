import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEmployee,
  createAccount,
  createTenant,
  createTestContext,
  createUnit,
  type LoggedIn,
  login,
  type TestContext,
} from '../../../test/harness';
import {
  acceptedCount,
  asSuperuser,
  openSurvey,
  SMALL_INSTRUMENT,
  type SurveyWorld,
  surveyWorld,
} from '../../../test/survey-fixtures';

// Two governments on one server: whatever id or code one of them sends, it meets only its own
// surveys, waves, results and employees.

interface Government {
  tenantId: number;
  name: string;
  world: SurveyWorld;
  identified: Awaited<ReturnType<typeof openSurvey>>;
  public: Awaited<ReturnType<typeof openSurvey>>;
}

let ctx: TestContext;
let a: Government;
let b: Government;

async function government(name: string, staff: number): Promise<Government> {
  const tenantId = (await createTenant(ctx, { name })).id;
  const world = await surveyWorld(ctx, tenantId, staff);
  return {
    tenantId,
    name,
    world,
    identified: await openSurvey(ctx, world, { mode: 'identified' }),
    public: await openSurvey(ctx, world, { mode: 'public', templateKey: 'skm' }),
  };
}

beforeAll(async () => {
  ctx = await createTestContext();
  a = await government('Kabupaten Alfa', 3);
  b = await government('Kabupaten Beta', 2);
});
afterAll(() => ctx.close());

const get = (session: LoggedIn | null, url: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session ? { cookie: session.cookie } : {} });

const post = (session: LoggedIn, url: string, payload?: object) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });

/** Every survey read an admin can make about one government's ids. */
const adminReads = (g: Government) => [
  `/surveys/${g.identified.surveyId}`,
  `/surveys/${g.public.surveyId}/qr.svg`,
  `/instruments/${g.identified.instrumentId}`,
  `/survey-waves/${g.identified.waveId}/results`,
  `/survey-waves/${g.identified.waveId}/results.csv`,
  `/survey-waves/${g.identified.waveId}/results.xlsx`,
  `/survey-waves/${g.public.waveId}/results`,
];

describe('survey routes across tenants', () => {
  it('answer the owning tenant’s admin', async () => {
    for (const url of adminReads(a)) expect((await get(a.world.admin, url)).statusCode, url).toBe(200);
    const qr = await get(a.world.admin, `/surveys/${a.public.surveyId}/qr.svg`);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toContain('<svg');
  });

  it('answer 404 to another tenant’s admin for every id of the first', async () => {
    for (const url of adminReads(a)) {
      const response = await get(b.world.admin, url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
    }
  });

  it('serve a wave’s form to its own invitee only, never to another tenant’s employee', async () => {
    const url = `/survey-waves/${a.identified.waveId}/form`;
    expect((await get(a.world.staff[0]!.session, url)).statusCode).toBe(200);
    expect((await get(b.world.staff[0]!.session, url)).statusCode).toBe(404);
  });

  it('list only the caller’s own surveys and instruments', async () => {
    const surveys = (await get(b.world.admin, '/surveys')).json().items.map((s: { id: number }) => s.id);
    expect(surveys.sort()).toEqual([b.identified.surveyId, b.public.surveyId].sort());
    const instruments = (await get(b.world.admin, '/instruments'))
      .json()
      .items.map((i: { id: number }) => i.id);
    expect(instruments.sort()).toEqual([b.identified.instrumentId, b.public.instrumentId].sort());
    const mine = (await get(b.world.staff[0]!.session, '/my/surveys')).json().items;
    expect(mine.map((w: { waveId: number }) => w.waveId)).toEqual([b.identified.waveId]);
  });

  it('refuse changes to another tenant’s surveys and waves as not found', async () => {
    const outsider = b.world.admin;
    const window = {
      label: 'Sisipan',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    expect((await post(outsider, `/surveys/${a.identified.surveyId}/waves`, window)).statusCode).toBe(404);
    for (const action of ['open', 'close', 'remind']) {
      expect(
        (await post(outsider, `/survey-waves/${a.identified.waveId}/${action}`)).statusCode,
        action,
      ).toBe(404);
    }
    const answer = await post(b.world.staff[0]!.session, `/survey-waves/${a.identified.waveId}/responses`, {
      answers: { satisfaction: 3, formats: ['class'] },
    });
    expect(answer.statusCode).toBe(404);
    const survey = (await get(a.world.admin, `/surveys/${a.identified.surveyId}`)).json();
    expect(survey.waves).toEqual([expect.objectContaining({ status: 'open', responses: 0 })]);
  });

  it('refuse another tenant’s instrument and unit when creating a survey', async () => {
    const foreignInstrument = await post(b.world.admin, '/surveys', {
      instrumentId: a.identified.instrumentId,
      title: 'Survei pinjaman',
      mode: 'public',
    });
    expect(foreignInstrument.statusCode).toBe(400);
    expect(foreignInstrument.json().detail).toBe('Kuesioner yang dipilih tidak ditemukan.');
    const foreignUnit = await post(b.world.admin, '/surveys', {
      instrumentId: b.public.instrumentId,
      title: 'Survei pinjaman',
      mode: 'public',
      serviceUnitId: a.world.opd.id,
    });
    expect(foreignUnit.statusCode).toBe(400);
    expect(foreignUnit.json().detail).toBe('Unit layanan yang dipilih tidak ditemukan.');
  });
});

describe('public survey codes across tenants', () => {
  it('show only the survey of the tenant the code belongs to, whoever is signed in', async () => {
    for (const session of [null, b.world.admin]) {
      const form = await get(session, `/public/surveys/${a.public.publicCode}`);
      expect(form.statusCode).toBe(200);
      expect(form.json()).toMatchObject({ waveId: a.public.waveId, tenantName: a.name, mode: 'public' });
    }
    const other = await get(null, `/public/surveys/${b.public.publicCode}`);
    expect(other.json()).toMatchObject({ waveId: b.public.waveId, tenantName: b.name });
  });

  it('store an answer sent to one tenant’s code in that tenant only', async () => {
    const answers = Object.fromEntries(
      [
        'u1_requirements',
        'u2_procedures',
        'u3_service_time',
        'u4_cost',
        'u5_product',
        'u6_competence',
        'u7_conduct',
        'u8_complaints',
        'u9_facilities',
      ].map((key) => [key, 4]),
    );
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/public/surveys/${a.public.publicCode}/responses`,
      headers: { cookie: b.world.admin.cookie },
      payload: { answers },
    });
    expect(response.statusCode).toBe(201);
    expect(await acceptedCount(ctx, a.tenantId, a.public.waveId)).toBe(1);
    expect(await acceptedCount(ctx, b.tenantId, b.public.waveId)).toBe(0);
    expect(await asSuperuser(ctx, 'select tenant_id from survey_response_inbox')).toEqual([
      { tenant_id: a.tenantId },
    ]);
  });

  it('cannot store, through the one-round-trip function, an answer of one tenant in another’s wave', async () => {
    const device = Buffer.from('device-of-a-test');
    await ctx.db.connection().execute(async (connection) => {
      const submit = (tenantId: number, waveId: number) =>
        sql<{ outcome: string }>`select survey_submit_public(${tenantId}::int, ${waveId}::bigint,
          ${device}::bytea, '{}'::jsonb) as outcome`.execute(connection);
      // Tenant B's setting cannot see tenant A's wave: row-level security applies inside the function.
      expect((await submit(b.tenantId, a.public.waveId)).rows[0]?.outcome).toBe('closed');
      // The setting lasted for that statement only: the same connection sees no tenant afterwards.
      const after = await sql<{
        tenant: string | null;
      }>`select current_setting('jenjang.tenant_id', true) as tenant`.execute(connection);
      expect(after.rows[0]?.tenant ?? '').toBe('');
    });
    const stored = await asSuperuser(ctx, 'select wave_id from survey_public_device where device_hash = $1', [
      device,
    ]);
    expect(stored).toEqual([]);
  });
});

describe('the audience preview', () => {
  const preview = (session: LoggedIn, audience: object) =>
    post(session, '/surveys/audience-preview', audience);

  it('counts only the caller’s own tenant’s employees', async () => {
    expect((await preview(a.world.admin, { kind: 'criteria' })).json()).toEqual({ count: 3 });
    expect((await preview(b.world.admin, { kind: 'criteria' })).json()).toEqual({ count: 2 });
  });

  it('finds nobody through another tenant’s units or employee ids', async () => {
    expect((await preview(a.world.admin, { kind: 'criteria', unitIds: [b.world.opd.id] })).json()).toEqual({
      count: 0,
    });
    const everyone = [...a.world.staff, ...b.world.staff].map((s) => s.employeeId);
    expect((await preview(a.world.admin, { kind: 'list', employeeIds: everyone })).json()).toEqual({
      count: 3,
    });
    const theirs = b.world.staff.map((s) => s.employeeId);
    expect((await preview(a.world.admin, { kind: 'list', employeeIds: theirs })).json()).toEqual({
      count: 0,
    });
  });
});

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
      const employee = await buildEmployee(ctx, tenantId, { unitId: unit.id });
      sessions.push(
        await login(
          ctx,
          (await createAccount(ctx, tenantId, 'pegawai', { employeeId: employee.id })).username,
        ),
      );
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
    admin = await login(ctx, (await createAccount(ctx, tenantId, 'admin')).username);
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
      employeeIds: [(await buildEmployee(ctx, tenantId, { unitId: opds.b.id })).id],
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
