import type { Role } from '@jenjang/domain/shared/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type LoggedIn, login } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition, createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// Headcounts are workforce figures: GET /units and GET /positions give them only to readers of
// those (dashboard.read), counted within their reach, and null to everyone else, as GET /dashboard
// refuses them. Unit and position names stay readable: every form needs them.

let ctx: TestContext;
let opd: { id: number; path: number[] };
let bidang: { id: number; path: number[] };
let otherOpd: { id: number; path: number[] };
let positionId: number;
const sessions = new Map<string, LoggedIn>();

beforeAll(async () => {
  ctx = await createTestContext();
  const tenantId = (await createTenant(ctx)).id;
  opd = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
  bidang = await createUnit(ctx, tenantId, 'Bidang Pelayanan', opd);
  otherOpd = await createUnit(ctx, tenantId, 'RSUD');
  positionId = (await buildPosition(ctx, tenantId, { name: 'Direktur RSUD', kind: 'jpt_pratama' })).id;
  // One holder in the bidang, two in the other OPD; one more employee in the OPD itself.
  const holders = [
    await buildEmployee(ctx, tenantId, { unit: bidang }),
    await buildEmployee(ctx, tenantId, { unit: otherOpd }),
    await buildEmployee(ctx, tenantId, { unit: otherOpd }),
  ];
  await withTenant(ctx.db, tenantId, (tx) =>
    tx
      .updateTable('employee')
      .set({ position_id: positionId })
      .where(
        'id',
        'in',
        holders.map((h) => h.id),
      )
      .execute(),
  );
  const own = await buildEmployee(ctx, tenantId, { unit: opd });
  const accounts: [string, Role, { scopeUnitId?: number; employeeId?: number }][] = [
    ['admin', 'admin', {}],
    ['scopedAdmin', 'admin', { scopeUnitId: opd.id }],
    ['pimpinan', 'pimpinan', {}],
    ['auditor', 'auditor', {}],
    ['atasan', 'atasan', { scopeUnitId: opd.id }],
    ['pegawai', 'pegawai', { employeeId: own.id }],
  ];
  for (const [name, role, values] of accounts) {
    sessions.set(name, await login(ctx, (await createAccount(ctx, tenantId, role, values)).username));
  }
});
afterAll(() => ctx.close());

async function get(who: string, url: string) {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: sessions.get(who)!.headers,
  });
  return response;
}

async function unitCounts(who: string) {
  const items = (await get(who, '/units')).json().items as { id: number; employeeCount: number | null }[];
  return Object.fromEntries(items.map((u) => [u.id, u.employeeCount]));
}

async function holders(who: string) {
  const items = (await get(who, '/positions?q=Direktur')).json().items as {
    id: number;
    employeeCount: number | null;
  }[];
  return items.find((p) => p.id === positionId)?.employeeCount;
}

describe('headcounts by unit and position', () => {
  it('are withheld from an employee, who still reads every unit and position name', async () => {
    expect((await get('pegawai', '/dashboard')).statusCode).toBe(403);
    expect(await unitCounts('pegawai')).toEqual({ [opd.id]: null, [bidang.id]: null, [otherOpd.id]: null });
    expect(await holders('pegawai')).toBeNull();
  });

  it('are counted within an atasan’s or an OPD admin’s subtree, not the government’s', async () => {
    for (const who of ['atasan', 'scopedAdmin']) {
      expect(await unitCounts(who)).toEqual({ [opd.id]: 1, [bidang.id]: 1 });
      // Two of the three holders work in another OPD: this reader counts only its own one.
      expect(await holders(who)).toBe(1);
    }
  });

  it('are the whole government’s for its admin, leaders and auditors', async () => {
    for (const who of ['admin', 'pimpinan', 'auditor']) {
      expect(await unitCounts(who)).toEqual({ [opd.id]: 1, [bidang.id]: 1, [otherOpd.id]: 2 });
      expect(await holders(who)).toBe(3);
    }
  });
});
