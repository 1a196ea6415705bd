import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import type { LoggedIn } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let admin: LoggedIn;
let atasan: LoggedIn;
let pegawai: LoggedIn;
let pegawaiEmployeeId: number;
let otherEmployeeId: number;
let education: { id: number; path: number[] };

beforeAll(async () => {
  ctx = await createTestContext();
  const tenant = await createTenant(ctx);
  education = await createUnit(ctx, tenant.id, 'Dinas Pendidikan');
  const school = await createUnit(ctx, tenant.id, 'UPT SD Negeri 001', education);
  const health = await createUnit(ctx, tenant.id, 'Dinas Kesehatan');
  await buildEmployee(ctx, tenant.id, {
    name: 'Siti Rahmawati',
    unitId: school.id,
    golongan: 'III/b',
    birthDate: '1990-05-17',
  });
  await buildEmployee(ctx, tenant.id, {
    name: 'Budi Santoso',
    unitId: education.id,
    golongan: 'IV/a',
    birthDate: '1975-01-02',
  });
  const own = await buildEmployee(ctx, tenant.id, {
    name: 'Ahmad Lubis',
    unitId: health.id,
    birthDate: '1985-03-12',
    sequence: 3,
  });
  pegawaiEmployeeId = own.id;
  otherEmployeeId = (
    await buildEmployee(ctx, tenant.id, { name: 'Dewi Lestari', unitId: health.id, birthDate: '1992-11-30' })
  ).id;
  admin = await apiAs(ctx, 'admin', tenant.id);
  atasan = await apiAs(ctx, 'atasan', tenant.id, { scopeUnitId: education.id });
  pegawai = await apiAs(ctx, 'pegawai', tenant.id, { employeeId: own.id });
});
afterAll(() => ctx.close());

const list = (session: LoggedIn, query = '') =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/employees${query}`, headers: session.headers });

describe('employee list', () => {
  it('searches by name, case-insensitively', async () => {
    const response = await list(admin, '?q=siti');
    expect(response.json().items.map((e: { fullName: string }) => e.fullName)).toEqual(['Siti Rahmawati']);
  });

  it('searches by NIP prefix typed with spaces', async () => {
    const response = await list(admin, `?q=${encodeURIComponent('19850312 201001')}`);
    expect(response.json().items.map((e: { fullName: string }) => e.fullName)).toEqual(['Ahmad Lubis']);
  });

  it('filters a unit subtree and sorts by golongan', async () => {
    const response = await list(admin, `?unitId=${education.id}&sort=-golongan`);
    const body = response.json();
    expect(body.total).toBe(2);
    expect(body.items.map((e: { golongan: string }) => e.golongan)).toEqual(['IV/a', 'III/b']);
    expect(body.items[1].unitPath).toEqual(['Dinas Pendidikan', 'UPT SD Negeri 001']);
  });

  it('paginates with the total', async () => {
    const body = (await list(admin, '?pageSize=1&page=2&sort=name')).json();
    expect(body).toMatchObject({ total: 4, page: 2, pageSize: 1 });
    expect(body.items[0].fullName).toBe('Budi Santoso');
  });

  it('shows an atasan only their unit subtree', async () => {
    const body = (await list(atasan)).json();
    expect(body.items.map((e: { fullName: string }) => e.fullName).sort()).toEqual([
      'Budi Santoso',
      'Siti Rahmawati',
    ]);
  });

  it('shows a pegawai only themselves', async () => {
    const body = (await list(pegawai)).json();
    expect(body.items.map((e: { id: number }) => e.id)).toEqual([pegawaiEmployeeId]);
  });

  it('rejects an unknown sort with a translated problem', async () => {
    const response = await list(admin, '?sort=salary');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].message).toMatch(/Nilai tidak dikenali/);
  });
});

describe('employee detail', () => {
  it('returns dates as calendar dates, unshifted', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/employees/${pegawaiEmployeeId}`,
      headers: admin.headers,
    });
    expect(response.json()).toMatchObject({ birthDate: '1985-03-12', nipFormatted: '19850312 201001 1 003' });
  });

  it('shows an atasan a record in their subtree, also below their own unit', async () => {
    const listed = (await list(atasan)).json().items as { id: number; fullName: string }[];
    for (const employee of listed) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/employees/${employee.id}`,
        headers: atasan.headers,
      });
      expect(response.statusCode, employee.fullName).toBe(200);
    }
    expect(listed).toHaveLength(2);
  });

  it('hides records outside the caller scope as not found', async () => {
    const forAtasan = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/employees/${otherEmployeeId}`,
      headers: atasan.headers,
    });
    expect(forAtasan.statusCode).toBe(404);
    const forPegawai = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/employees/${otherEmployeeId}`,
      headers: pegawai.headers,
    });
    expect(forPegawai.statusCode).toBe(404);
  });
});

describe('dashboard', () => {
  it('counts employees by type, top-level OPD and golongan', async () => {
    const body = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: admin.headers })
    ).json();
    expect(body.employees).toEqual({ total: 4, pns: 4, pppk: 0 });
    expect(body.byUnit).toEqual([
      expect.objectContaining({ name: 'Dinas Kesehatan', count: 2 }),
      expect.objectContaining({ name: 'Dinas Pendidikan', count: 2 }),
    ]);
  });
});
