import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type LoggedIn, login } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

let ctx: TestContext;
let tenantId: number;
let admin: LoggedIn;
let adminId: number;
let unit: { id: number; path: number[] };

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  unit = await createUnit(ctx, tenantId, 'Dinas Kependudukan');
  const account = await createAccount(ctx, tenantId, 'admin', { username: 'admin.utama' });
  adminId = account.id;
  admin = await login(ctx, account.username);
});
afterAll(() => ctx.close());

const call = (session: LoggedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

async function lastAudit(entityId: number) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'account')
      .where('entity_id', '=', String(entityId))
      .where('action', 'like', 'account.%')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow(),
  );
}

describe('disabling and enabling', () => {
  it('ends the sessions of a disabled account at once and keeps it from signing in', async () => {
    const staff = await createAccount(ctx, tenantId, 'pegawai', { username: 'staf.dukcapil' });
    const phone = await login(ctx, staff.username);
    const laptop = await login(ctx, staff.username);
    expect((await call(phone, 'GET', '/auth/me')).statusCode).toBe(200);

    const disabled = await call(admin, 'POST', `/accounts/${staff.id}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ status: 'disabled' });
    for (const session of [phone, laptop])
      expect((await call(session, 'GET', '/auth/me')).statusCode).toBe(401);
    const sessions = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('session').select('account_id').where('account_id', '=', staff.id).execute(),
    );
    expect(sessions).toEqual([]);
    await expect(login(ctx, staff.username)).rejects.toThrow(/403/);
    expect(await lastAudit(staff.id)).toMatchObject({
      action: 'account.disabled',
      actor_account_id: adminId,
    });

    // A link issued before the account was disabled does not let it back in later.
    const enabled = await call(admin, 'POST', `/accounts/${staff.id}/enable`);
    expect(enabled.json()).toMatchObject({ status: 'active' });
    expect(await lastAudit(staff.id)).toMatchObject({ action: 'account.enabled' });
    await expect(login(ctx, staff.username)).resolves.toBeTruthy();
  });

  it('invalidates an unused set-password link when the account is disabled', async () => {
    const staff = await createAccount(ctx, tenantId, 'pegawai', { username: 'staf.tautan' });
    const link = (await call(admin, 'POST', `/accounts/${staff.id}/password-link`)).json();
    await call(admin, 'POST', `/accounts/${staff.id}/disable`);
    await call(admin, 'POST', `/accounts/${staff.id}/enable`);
    const token = new URL(link.url).searchParams.get('token');
    const set = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/set-password',
      payload: { token, newPassword: 'kata-sandi-baru-123' },
    });
    expect(set.statusCode).toBe(400);
  });

  it('changes nothing and audits nothing when the account already is in that state', async () => {
    const staff = await createAccount(ctx, tenantId, 'pegawai', { username: 'staf.aktif' });
    const response = await call(admin, 'POST', `/accounts/${staff.id}/enable`);
    expect(response.statusCode).toBe(200);
    const entries = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('audit_log').select('action').where('entity_id', '=', String(staff.id)).execute(),
    );
    expect(entries).toEqual([]);
  });

  it('never leaves a government without an active admin of the whole government', async () => {
    const other = await createAccount(ctx, tenantId, 'admin', { username: 'admin.kedua' });
    const second = await login(ctx, other.username);
    // Each tries to disable the other at the same moment: at most one may succeed.
    const [first, last] = await Promise.all([
      call(admin, 'POST', `/accounts/${other.id}/disable`),
      call(second, 'POST', `/accounts/${adminId}/disable`),
    ]);
    const statuses = [first.statusCode, last.statusCode].sort();
    expect(statuses[0]).toBe(200);
    expect([401, 409]).toContain(statuses[1]);
    const active = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('account')
        .select('username')
        .where('role', '=', 'admin')
        .where('scope_unit_id', 'is', null)
        .where('status', '=', 'active')
        .execute(),
    );
    expect(active).toHaveLength(1);
    // Restore the first admin's colleague for the tests below, whichever won.
    const winner = active[0]!.username === 'admin.utama' ? admin : second;
    const loser = winner === admin ? other.id : adminId;
    expect((await call(winner, 'POST', `/accounts/${loser}/enable`)).statusCode).toBe(200);
    if (winner !== admin) admin = await login(ctx, 'admin.utama');
  });

  it('refuses to demote or disable yourself', async () => {
    expect((await call(admin, 'POST', `/accounts/${adminId}/disable`)).statusCode).toBe(403);
    const demote = await call(admin, 'PATCH', `/accounts/${adminId}`, { role: 'pegawai' });
    expect(demote.statusCode).toBe(403);
    expect(demote.json().detail).toMatch(/Akun Anda sendiri/);
  });
});

describe('changing role and scope', () => {
  it('records what the account was and what it became', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai', { username: 'calon.atasan' });
    const response = await call(admin, 'PATCH', `/accounts/${account.id}`, {
      role: 'atasan',
      scopeUnitId: unit.id,
      displayName: 'Kepala Seksi',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      role: 'atasan',
      scopeUnit: { id: unit.id },
      displayName: 'Kepala Seksi',
    });
    const entry = await lastAudit(account.id);
    expect(entry.action).toBe('account.updated');
    expect(entry.data).toEqual({
      before: { role: 'pegawai', scopeUnitId: null, displayName: 'Akun pegawai' },
      after: { role: 'atasan', scopeUnitId: unit.id, displayName: 'Kepala Seksi' },
    });
    expect(entry.unit_path).toEqual(unit.path);
  });

  it('keeps an atasan scoped to a unit and refuses an unknown unit', async () => {
    const account = await createAccount(ctx, tenantId, 'atasan', {
      username: 'atasan.tetap',
      scopeUnitId: unit.id,
    });
    const unscoped = await call(admin, 'PATCH', `/accounts/${account.id}`, { scopeUnitId: null });
    expect(unscoped.statusCode).toBe(400);
    expect(unscoped.json().detail).toMatch(/harus dibatasi pada satu unit/);
    const unknown = await call(admin, 'PATCH', `/accounts/${account.id}`, { scopeUnitId: 987654 });
    expect(unknown.statusCode).toBe(400);
  });

  it('refuses an empty change and unknown fields', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    expect((await call(admin, 'PATCH', `/accounts/${account.id}`, {})).statusCode).toBe(400);
    const extra = await call(admin, 'PATCH', `/accounts/${account.id}`, { status: 'disabled' });
    expect(extra.statusCode).toBe(400);
  });
});

describe('one account per employee', () => {
  it('refuses a second account for an employee, on creation and on change, translated', async () => {
    const employee = await buildEmployee(ctx, tenantId, { unit: unit, name: 'Rina Kartika' });
    const first = await call(admin, 'POST', '/accounts', {
      username: 'rina.kartika',
      displayName: 'Rina Kartika',
      role: 'pegawai',
      employeeId: employee.id,
    });
    expect(first.statusCode).toBe(201);
    const second = await call(admin, 'POST', '/accounts', {
      username: 'rina.k2',
      displayName: 'Rina lagi',
      role: 'pegawai',
      employeeId: employee.id,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toBe(
      'Pegawai ini sudah memiliki akun. Satu pegawai hanya boleh memiliki satu akun.',
    );
    const english = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: { ...admin.headers, 'accept-language': 'en' },
      payload: { username: 'rina.k3', displayName: 'Rina', role: 'pegawai', employeeId: employee.id },
    });
    expect(english.json().detail).toBe(
      'This employee already has an account. An employee may have one account only.',
    );
    const other = await createAccount(ctx, tenantId, 'pegawai', { username: 'akun.lain' });
    const relink = await call(admin, 'PATCH', `/accounts/${other.id}`, { employeeId: employee.id });
    expect(relink.statusCode).toBe(409);
  });

  it('lets only one of several simultaneous links win', async () => {
    const employee = await buildEmployee(ctx, tenantId, { unit: unit, name: 'Joko Widodo' });
    const attempts = await Promise.all(
      ['joko.a', 'joko.b', 'joko.c'].map((username) =>
        call(admin, 'POST', '/accounts', {
          username,
          displayName: 'Joko',
          role: 'pegawai',
          employeeId: employee.id,
        }),
      ),
    );
    expect(attempts.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
  });

  it('is enforced by the database itself', async () => {
    const employee = await buildEmployee(ctx, tenantId, { unit: unit });
    await createAccount(ctx, tenantId, 'pegawai', { employeeId: employee.id });
    await expect(createAccount(ctx, tenantId, 'pegawai', { employeeId: employee.id })).rejects.toThrow(
      /account_employee_unique/,
    );
  });
});
