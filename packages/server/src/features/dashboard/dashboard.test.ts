import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type LoggedIn, login } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { SMALL_INSTRUMENT } from '../../../test/factories/survey.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { EMPLOYEE_IMPORT_JOB } from '../imports/import.service';

// What each role's home (Beranda) may read: workforce figures of its reach (none for a partner's
// trainer or an employee), survey figures under the results' reach and k rules, and an admin's
// attention list. Every refusal is the server's, whatever the page would show.

const K = 3;
let ctx: TestContext;
let tenantId: number;
let units: Record<'a' | 'a1' | 'a2' | 'b', { id: number; path: number[] }>;
let staff: Record<'a' | 'a1' | 'a2' | 'b', LoggedIn[]>;
let roles: Record<
  'admin' | 'adminA' | 'pimpinan' | 'atasanA' | 'atasanA1' | 'pegawai' | 'mitra' | 'auditor',
  LoggedIn
>;
let accountIds: { admin: number; adminA: number };
/** A wave of Dinas B still collecting answers (made in the attention tests). */
let openWave: number;

const get = (session: LoggedIn, url: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session.headers });
const post = (session: LoggedIn, url: string, payload?: object) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });

async function peopleOf(unit: { id: number }, count: number) {
  const sessions: LoggedIn[] = [];
  for (let i = 0; i < count; i++) {
    const employee = await buildEmployee(ctx, tenantId, { unit: unit });
    const account = await createAccount(ctx, tenantId, 'pegawai', { employeeId: employee.id });
    sessions.push(await login(ctx, account.username));
  }
  return sessions;
}

async function signedIn(role: Parameters<typeof createAccount>[2], scopeUnitId: number | null = null) {
  const account = await createAccount(ctx, tenantId, role, { scopeUnitId });
  return { id: account.id, session: await login(ctx, account.username) };
}

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  const a = await createUnit(ctx, tenantId, 'Dinas A');
  units = {
    a,
    a1: await createUnit(ctx, tenantId, 'Bidang A1', a),
    a2: await createUnit(ctx, tenantId, 'Bidang A2', a),
    b: await createUnit(ctx, tenantId, 'Dinas B'),
  };
  staff = {
    a: await peopleOf(units.a, 1),
    a1: await peopleOf(units.a1, 2),
    a2: await peopleOf(units.a2, 1),
    // Nine answers: three batches of k, none left waiting when the wave closes.
    b: await peopleOf(units.b, 5),
  };
  const admin = await signedIn('admin');
  const adminA = await signedIn('admin', units.a.id);
  accountIds = { admin: admin.id, adminA: adminA.id };
  roles = {
    admin: admin.session,
    adminA: adminA.session,
    pimpinan: (await signedIn('pimpinan')).session,
    atasanA: (await signedIn('atasan', units.a.id)).session,
    atasanA1: (await signedIn('atasan', units.a1.id)).session,
    pegawai: staff.a1[0]!,
    mitra: (await signedIn('mitra')).session,
    auditor: (await signedIn('auditor')).session,
  };
  // Another government's people are never counted here.
  const other = (await createTenant(ctx)).id;
  const elsewhere = await createUnit(ctx, other, 'Dinas Luar');
  for (let i = 0; i < 5; i++) await buildEmployee(ctx, other, { unit: elsewhere });
});
afterAll(() => ctx.close());

describe('workforce figures (GET /dashboard)', () => {
  it('count the whole government per OPD for admin, pimpinan and auditor', async () => {
    for (const session of [roles.admin, roles.pimpinan, roles.auditor]) {
      const body = (await get(session, '/dashboard')).json();
      expect(body.employees).toEqual({ total: 9, pns: 9, pppk: 0 });
      expect(body.byUnit.map((u: { name: string; count: number }) => [u.name, u.count])).toEqual([
        ['Dinas B', 5],
        ['Dinas A', 4],
      ]);
    }
  });

  it('count only an atasan’s subtree, per unit right below its own', async () => {
    const body = (await get(roles.atasanA, '/dashboard')).json();
    expect(body.employees.total).toBe(4);
    expect(body.byUnit.map((u: { name: string; count: number }) => [u.name, u.count])).toEqual([
      ['Bidang A1', 2],
      ['Bidang A2', 1],
      ['Dinas A', 1],
    ]);
    const bidang = (await get(roles.atasanA1, '/dashboard')).json();
    expect(bidang.employees.total).toBe(2);
    expect(bidang.byUnit).toEqual([{ unitId: units.a1.id, name: 'Bidang A1', count: 2 }]);
  });

  it('are refused to a partner’s trainer and to an employee, with no figure in the answer', async () => {
    for (const session of [roles.mitra, roles.pegawai]) {
      const response = await get(session, '/dashboard');
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).not.toHaveProperty('employees');
      expect(response.body).not.toContain('Dinas');
    }
  });
});

describe('survey figures (GET /dashboard/surveys)', () => {
  let wave: number;

  beforeAll(async () => {
    const instrument = (await post(roles.admin, '/instruments', { definition: SMALL_INSTRUMENT })).json().id;
    const survey = await post(roles.admin, '/surveys', {
      instrumentId: instrument,
      title: 'Kepuasan kerja',
      mode: 'identified',
      audience: { kind: 'criteria' },
      minGroupSize: K,
    });
    expect(survey.statusCode, survey.body).toBe(201);
    const created = await post(roles.admin, `/surveys/${survey.json().id}/waves`, {
      label: 'Semester 1',
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      population: null,
    });
    wave = created.json().waves[0].id;
    expect((await post(roles.admin, `/survey-waves/${wave}/open`)).statusCode).toBe(200);
    for (const session of [...staff.a, ...staff.a1, ...staff.a2, ...staff.b]) {
      const answered = await post(session, `/survey-waves/${wave}/responses`, {
        answers: { satisfaction: 4, formats: ['class'] },
      });
      expect(answered.statusCode).toBe(201);
    }
  });

  const listed = async (session: LoggedIn) => {
    const response = await get(session, '/dashboard/surveys');
    expect(response.statusCode).toBe(200);
    return response.json() as { k: number; results: { waveId: number; reach: string; responses: number }[] };
  };

  it('are refused to a partner’s trainer and to an employee', async () => {
    for (const session of [roles.mitra, roles.pegawai]) {
      expect((await get(session, '/dashboard/surveys')).statusCode).toBe(403);
    }
  });

  it('give the whole government’s readers the growing wave, and an atasan nothing until it closes', async () => {
    expect((await listed(roles.pimpinan)).results).toEqual([
      expect.objectContaining({ waveId: wave, reach: 'whole', responses: 9, final: false }),
    ]);
    const atasan = await listed(roles.atasanA);
    expect(atasan.results).toEqual([]);
    // The deployment's k, for the sentence saying when a unit's results show.
    expect(atasan.k).toBe(5);
  });

  it('give an atasan its OPD’s slice of the closed wave, and a bidang’s atasan nothing', async () => {
    expect((await post(roles.admin, `/survey-waves/${wave}/close`)).statusCode).toBe(200);
    expect((await listed(roles.atasanA)).results).toEqual([
      expect.objectContaining({ waveId: wave, reach: 'slice', responses: 4, final: true }),
    ]);
    // Answers carry the OPD, never the bidang: a supervisor of one reads no slice.
    expect((await listed(roles.atasanA1)).results).toEqual([]);
    expect((await listed(roles.auditor)).results).toEqual([
      expect.objectContaining({ waveId: wave, reach: 'whole', responses: 9 }),
    ]);
  });
});

describe('what needs an admin’s attention (GET /dashboard/attention)', () => {
  beforeAll(async () => {
    const instrument = (await post(roles.admin, '/instruments', { definition: SMALL_INSTRUMENT })).json().id;
    const survey = (
      await post(roles.admin, '/surveys', {
        instrumentId: instrument,
        title: 'Survei berjalan',
        mode: 'identified',
        audience: { kind: 'criteria', unitIds: [units.b.id] },
        minGroupSize: K,
      })
    ).json();
    openWave = (
      await post(roles.admin, `/surveys/${survey.id}/waves`, {
        label: 'Gelombang 1',
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        population: null,
      })
    ).json().waves[0].id;
    await post(roles.admin, `/survey-waves/${openWave}/open`);
    await post(staff.b[0]!, `/survey-waves/${openWave}/responses`, {
      answers: { satisfaction: 3, formats: ['online'] },
    });
    await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .insertInto('job')
        .values([
          {
            tenant_id: tenantId,
            account_id: accountIds.admin,
            kind: EMPLOYEE_IMPORT_JOB,
            status: 'succeeded',
            input: '{}',
            result: JSON.stringify({
              rows: 120,
              inserted: 118,
              updated: 0,
              unchanged: 0,
              invalid: 2,
              warnings: 0,
            }),
            finished_at: new Date(),
          },
          { tenant_id: tenantId, account_id: accountIds.adminA, kind: EMPLOYEE_IMPORT_JOB, input: '{}' },
          { tenant_id: tenantId, account_id: accountIds.admin, kind: 'not-an-import', input: '{}' },
        ])
        .execute(),
    );
  });

  it('lists the open waves with how many answered, and the latest imports', async () => {
    const response = await get(roles.admin, '/dashboard/attention');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.openWaves).toEqual([
      expect.objectContaining({ waveId: openWave, title: 'Survei berjalan', invited: 5, answered: 1 }),
    ]);
    expect(body.imports).toHaveLength(2);
    expect(body.imports).toContainEqual(
      expect.objectContaining({ kind: 'employees', status: 'succeeded', rows: 120, invalid: 2 }),
    );
  });

  it('shows an OPD admin only the imports it started', async () => {
    const body = (await get(roles.adminA, '/dashboard/attention')).json();
    expect(body.imports).toEqual([
      expect.objectContaining({ kind: 'employees', status: 'queued', rows: null }),
    ]);
  });

  it('is refused to every role but admin', async () => {
    for (const session of [roles.pimpinan, roles.atasanA, roles.pegawai, roles.mitra, roles.auditor]) {
      expect((await get(session, '/dashboard/attention')).statusCode).toBe(403);
    }
  });
});

describe('an employee’s own home', () => {
  it('reads its own record and the surveys waiting for it, never a colleague’s', async () => {
    const idOf = async (session: LoggedIn) => (await get(session, '/auth/me')).json().user.employeeId;
    expect((await get(roles.pegawai, `/employees/${await idOf(roles.pegawai)}`)).statusCode).toBe(200);
    expect((await get(roles.pegawai, `/employees/${await idOf(staff.a1[1]!)}`)).statusCode).toBe(404);
    const waiting = async (session: LoggedIn) =>
      (await get(session, '/my/surveys'))
        .json()
        .items.filter((w: { waveId: number }) => w.waveId === openWave)
        .map((w: { responded: boolean }) => w.responded);
    expect(await waiting(staff.b[1]!)).toEqual([false]);
    expect(await waiting(staff.b[0]!)).toEqual([true]);
    // Not invited: the wave is for Dinas B.
    expect(await waiting(roles.pegawai)).toEqual([]);
  });
});
