import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type LoggedIn, login } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// Issue 7, item 5: an admin scoped to one OPD listed every account, issued password links for
// accounts outside its unit and created an admin of the whole government. Each case below is one
// of those escalations; the scoped admin must reach its subtree and nothing else.

let ctx: TestContext;
let tenantId: number;
let opdAdmin: LoggedIn;
let tenantAdmin: LoggedIn;
let opd: { id: number; path: number[] };
let bidang: { id: number; path: number[] };
let otherOpd: { id: number; path: number[] };
const ids: Record<string, number> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  opd = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  bidang = await createUnit(ctx, tenantId, 'Bidang SMP', opd);
  otherOpd = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
  const mine = await createAccount(ctx, tenantId, 'admin', {
    username: 'admin.pendidikan',
    scopeUnitId: opd.id,
  });
  opdAdmin = await login(ctx, mine.username);
  ids.self = mine.id;
  const wide = await createAccount(ctx, tenantId, 'admin', { username: 'admin.bkpsdm' });
  tenantAdmin = await login(ctx, wide.username);
  ids.tenantAdmin = wide.id;
  ids.inBidang = (
    await createAccount(ctx, tenantId, 'atasan', { username: 'atasan.smp', scopeUnitId: bidang.id })
  ).id;
  ids.inOtherOpd = (
    await createAccount(ctx, tenantId, 'atasan', { username: 'atasan.kesehatan', scopeUnitId: otherOpd.id })
  ).id;
  ids.employeeHere = (await buildEmployee(ctx, tenantId, { unit: bidang, name: 'Guru SMP' })).id;
  ids.employeeThere = (await buildEmployee(ctx, tenantId, { unit: otherOpd, name: 'Perawat' })).id;
  // Someone of the OPD whose account reaches the whole government: visible, not manageable.
  const leader = await buildEmployee(ctx, tenantId, { unit: opd, name: 'Kepala Dinas' });
  ids.unscopedLeader = (
    await createAccount(ctx, tenantId, 'pimpinan', { username: 'pimpinan.kadis', employeeId: leader.id })
  ).id;
});
afterAll(() => ctx.close());

const call = (session: LoggedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

async function accountRow(id: number) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );
}

describe('an OPD-scoped admin', () => {
  it('lists only the accounts of its subtree', async () => {
    const body = (await call(opdAdmin, 'GET', '/accounts?pageSize=100')).json();
    expect(body.items.map((a: { username: string }) => a.username).sort()).toEqual([
      'admin.pendidikan',
      'atasan.smp',
      'pimpinan.kadis',
    ]);
    const manageable = Object.fromEntries(
      body.items.map((a: { username: string; manageable: boolean }) => [a.username, a.manageable]),
    );
    expect(manageable).toEqual({ 'admin.pendidikan': false, 'atasan.smp': true, 'pimpinan.kadis': false });
    const all = (await call(tenantAdmin, 'GET', '/accounts?pageSize=100')).json();
    expect(all.total).toBe(5);
  });

  it('issues password links inside its subtree only', async () => {
    expect((await call(opdAdmin, 'POST', `/accounts/${ids.inBidang}/password-link`)).statusCode).toBe(201);
    const outside = await call(opdAdmin, 'POST', `/accounts/${ids.inOtherOpd}/password-link`);
    expect(outside.statusCode).toBe(404);
    expect((await call(opdAdmin, 'POST', `/accounts/${ids.tenantAdmin}/password-link`)).statusCode).toBe(404);
    // Taking over a leader of its own OPD would give it the leader's reach over the whole government.
    const leader = await call(opdAdmin, 'POST', `/accounts/${ids.unscopedLeader}/password-link`);
    expect(leader.statusCode).toBe(403);
    expect(leader.json().detail).toMatch(/di luar kewenangan Anda/);
  });

  it('cannot create an admin of the whole government, nor an account in another OPD', async () => {
    const unscoped = await call(opdAdmin, 'POST', '/accounts', {
      username: 'admin.gelap',
      displayName: 'Admin Gelap',
      role: 'admin',
    });
    expect(unscoped.statusCode).toBe(403);
    expect(unscoped.json().detail).toMatch(/melebihi kewenangan Anda sendiri/);
    const elsewhere = await call(opdAdmin, 'POST', '/accounts', {
      username: 'pegawai.lain',
      displayName: 'Pegawai Lain',
      role: 'pegawai',
      scopeUnitId: otherOpd.id,
    });
    expect(elsewhere.statusCode).toBe(403);
    const foreignEmployee = await call(opdAdmin, 'POST', '/accounts', {
      username: 'pegawai.perawat',
      displayName: 'Perawat',
      role: 'pegawai',
      scopeUnitId: opd.id,
      employeeId: ids.employeeThere,
    });
    expect(foreignEmployee.statusCode).toBe(400);
    const count = (await call(tenantAdmin, 'GET', '/accounts?q=gelap')).json().total;
    expect(count).toBe(0);
  });

  it('creates accounts scoped inside its subtree', async () => {
    const response = await call(opdAdmin, 'POST', '/accounts', {
      username: 'admin.smp',
      displayName: 'Admin SMP',
      role: 'admin',
      scopeUnitId: bidang.id,
      employeeId: ids.employeeHere,
    });
    expect(response.statusCode).toBe(201);
  });

  it('cannot disable, enable or change an account beyond its reach, and nothing changes', async () => {
    for (const id of [ids.inOtherOpd, ids.tenantAdmin]) {
      const before = await accountRow(id!);
      for (const path of ['disable', 'enable']) {
        expect((await call(opdAdmin, 'POST', `/accounts/${id}/${path}`)).statusCode).toBe(404);
      }
      expect((await call(opdAdmin, 'PATCH', `/accounts/${id}`, { displayName: 'Diubah' })).statusCode).toBe(
        404,
      );
      expect(await accountRow(id!)).toEqual(before);
    }
    const leader = await accountRow(ids.unscopedLeader!);
    expect((await call(opdAdmin, 'POST', `/accounts/${ids.unscopedLeader}/disable`)).statusCode).toBe(403);
    expect(await accountRow(ids.unscopedLeader!)).toEqual(leader);
  });

  it('cannot widen an account of its subtree beyond its own reach', async () => {
    const before = await accountRow(ids.inBidang!);
    const attempts = [
      { role: 'admin', scopeUnitId: null },
      { scopeUnitId: otherOpd.id },
      { role: 'pimpinan', scopeUnitId: null },
      { role: 'nasional' },
    ];
    for (const attempt of attempts) {
      const response = await call(opdAdmin, 'PATCH', `/accounts/${ids.inBidang}`, attempt);
      expect(response.statusCode, JSON.stringify(attempt)).toBe(403);
    }
    const foreign = await call(opdAdmin, 'PATCH', `/accounts/${ids.inBidang}`, {
      employeeId: ids.employeeThere,
    });
    expect(foreign.statusCode).toBe(400);
    expect(await accountRow(ids.inBidang!)).toEqual(before);
    // Within its subtree it may: an atasan of the bidang becomes an admin of the bidang.
    const allowed = await call(opdAdmin, 'PATCH', `/accounts/${ids.inBidang}`, { role: 'admin' });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toMatchObject({ role: 'admin', scopeUnit: { id: bidang.id } });
  });

  it('cannot change its own account', async () => {
    const response = await call(opdAdmin, 'PATCH', `/accounts/${ids.self}`, { scopeUnitId: null });
    expect(response.statusCode).toBe(403);
    expect((await accountRow(ids.self!)).scope_unit_id).toBe(opd.id);
  });
});
