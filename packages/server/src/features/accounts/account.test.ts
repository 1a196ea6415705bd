import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import { createAccount, type LoggedIn, login } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

let ctx: TestContext;
let admin: LoggedIn;
let pegawai: LoggedIn;
let tenantId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  const tenant = await createTenant(ctx);
  tenantId = tenant.id;
  admin = await apiAs(ctx, 'admin', tenant.id);
  pegawai = await apiAs(ctx, 'pegawai', tenant.id, { username: 'pegawai.sendiri' });
});
afterAll(() => ctx.close());

describe('accounts', () => {
  it('lets an admin create an account whose one-time link sets its password', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: admin.headers,
      payload: { username: 'Kabid.Mutasi', displayName: 'Kepala Bidang Mutasi', role: 'pimpinan' },
    });
    expect(created.statusCode).toBe(201);
    const token = new URL(created.json().url).searchParams.get('token')!;
    const set = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/set-password',
      payload: { token, newPassword: 'kata-sandi-pertama' },
    });
    expect(set.statusCode).toBe(204);
    await expect(login(ctx, 'kabid.mutasi', 'kata-sandi-pertama')).resolves.toBeTruthy();
  });

  it('refuses a taken username, also one used by another government', async () => {
    const other = await createTenant(ctx);
    await createAccount(ctx, other.id, 'admin', { username: 'nama.kembar' });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: admin.headers,
      payload: { username: 'nama.kembar', displayName: 'X', role: 'pegawai' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe('Nama pengguna "nama.kembar" sudah dipakai.');
  });

  it('keeps an e-mail address for reminders, and refuses a malformed one', async () => {
    const payload = { username: 'staf.surel', displayName: 'Staf Surel', role: 'pegawai' };
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: admin.headers,
      payload: { ...payload, email: 'staf@' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body/email');
    const good = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: admin.headers,
      payload: { ...payload, email: 'staf@bkpsdm.example.go.id' },
    });
    expect(good.statusCode).toBe(201);
    const list = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/accounts?q=staf.surel',
      headers: admin.headers,
    });
    expect(list.json().items[0]).toMatchObject({
      username: 'staf.surel',
      email: 'staf@bkpsdm.example.go.id',
    });
  });

  it('requires a unit for an atasan account', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: admin.headers,
      payload: { username: 'atasan.tanpa.unit', displayName: 'X', role: 'atasan' },
    });
    expect(response.statusCode).toBe(400);
  });

  it('shows a pegawai only their own account', async () => {
    const body = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/accounts', headers: pegawai.headers })
    ).json();
    expect(body.items.map((a: { username: string }) => a.username)).toEqual(['pegawai.sendiri']);
  });
});

describe('account list filters', () => {
  const names = async (query: string) =>
    (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/accounts?pageSize=100&${query}`,
        headers: admin.headers,
      })
    )
      .json()
      .items.map((a: { username: string }) => a.username)
      .sort();

  it('filters by role, status, unit subtree, password and text, in any combination', async () => {
    const opd = await createUnit(ctx, tenantId, 'Dinas Perhubungan');
    const seksi = await createUnit(ctx, tenantId, 'Seksi Terminal', opd);
    const driver = await buildEmployee(ctx, tenantId, { unit: seksi, name: 'Sopir Terminal' });
    await createAccount(ctx, tenantId, 'atasan', { username: 'filter.atasan', scopeUnitId: seksi.id });
    await createAccount(ctx, tenantId, 'pegawai', { username: 'filter.sopir', employeeId: driver.id });
    const off = await createAccount(ctx, tenantId, 'pegawai', {
      username: 'filter.nonaktif',
      scopeUnitId: opd.id,
    });
    await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .updateTable('account')
        .set({ status: 'disabled', password_hash: null })
        .where('id', '=', off.id)
        .execute(),
    );

    expect(await names(`unitId=${opd.id}`)).toEqual(['filter.atasan', 'filter.nonaktif', 'filter.sopir']);
    expect(await names(`unitId=${seksi.id}&role=pegawai`)).toEqual(['filter.sopir']);
    expect(await names('q=filter&status=disabled')).toEqual(['filter.nonaktif']);
    expect(await names('q=filter&hasPassword=false')).toEqual(['filter.nonaktif']);
    expect(await names('q=filter&hasPassword=true&role=atasan')).toEqual(['filter.atasan']);
    const bad = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/accounts?hasPassword=ya',
      headers: admin.headers,
    });
    expect(bad.statusCode).toBe(400);
  });

  it("names an account's employee", async () => {
    const employee = await buildEmployee(ctx, tenantId, { name: 'Nama Pegawai Tertaut' });
    await createAccount(ctx, tenantId, 'pegawai', { username: 'akun.tertaut', employeeId: employee.id });
    const body = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/accounts?q=akun.tertaut', headers: admin.headers })
    ).json();
    expect(body.items[0]).toMatchObject({
      employeeId: employee.id,
      employeeName: 'Nama Pegawai Tertaut',
      manageable: true,
    });
  });
});
