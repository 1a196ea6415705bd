import { SKM_ELEMENT_KEYS } from '@jenjang/domain/surveys/survey-templates/skm.template';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedIn } from '../../../../test/factories/account.factory';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { acceptedCount, asSuperuser } from '../../../../test/survey-fixtures';

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
    const answers = Object.fromEntries(SKM_ELEMENT_KEYS.map((key) => [key, 4]));
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
          ${device}::bytea, ${device}::bytea, '{}'::jsonb) as outcome`.execute(connection);
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
