import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// "Pengaturan › Instansi": a government's tenant-wide admins read and change its time zone, the
// convention of its IKM reports and its certificates' letterhead; every change is audited; nobody
// else reaches them.

let ctx: TestContext;
let tenant: { id: number; name: string; code: string };
let other: { id: number };
let admin: TestApi;
let scopedAdmin: TestApi;
let pimpinan: TestApi;
let otherAdmin: TestApi;

const SETTINGS = '/api/v1/settings/government';

const audit = (tenantId: number) =>
  withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('audit_log')
      .select(['action', 'data', 'entity', 'entity_id'])
      .where('action', '=', 'tenant.settingsChanged')
      .orderBy('seq')
      .execute(),
  );

beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx, { name: 'Kota Tanjungpinang Uji' });
  other = await createTenant(ctx);
  const opd = await createUnit(ctx, tenant.id, 'Dinas Kesehatan');
  admin = await apiAs(ctx, 'admin', tenant.id);
  scopedAdmin = await apiAs(ctx, 'admin', tenant.id, { scopeUnitId: opd.id });
  pimpinan = await apiAs(ctx, 'pimpinan', tenant.id);
  otherAdmin = await apiAs(ctx, 'admin', other.id);
});
afterAll(() => ctx.close());

describe('government settings', () => {
  it('show a tenant-wide admin its government, its clock, the regulation’s IKM convention and the default JPM cut-offs', async () => {
    const response = await admin.get(SETTINGS);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      name: 'Kota Tanjungpinang Uji',
      code: tenant.code,
      kind: 'kota',
      timeZone: 'Asia/Jakarta',
      ikmConvention: { weight: 'exact', roundDecimals: null },
      jpmThresholds: { meets: 80, stillMeets: 68 },
      jp: { pnsTarget: 20, pppkTarget: 24, pppkCeiling: 24, minutesPerJp: 45 },
      letterhead: { agency: null, address: null, signerName: null, signerTitle: null, signerNip: null },
    });
  });

  it('change the IKM convention and the time zone, audited with the old and new values', async () => {
    const response = await admin.put(SETTINGS, {
      ikmConvention: { weight: '0.111', roundDecimals: 2 },
      timeZone: 'Asia/Makassar',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      timeZone: 'Asia/Makassar',
      ikmConvention: { weight: '0.111', roundDecimals: 2 },
    });
    expect((await admin.get(SETTINGS)).json().ikmConvention).toEqual({ weight: '0.111', roundDecimals: 2 });
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: admin.headers });
    expect(me.json().user.tenant.timeZone).toBe('Asia/Makassar');
    const entries = await audit(tenant.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'tenant', entity_id: String(tenant.id) });
    expect(entries[0]!.data).toEqual({
      timeZone: { from: 'Asia/Jakarta', to: 'Asia/Makassar' },
      ikmConvention: {
        from: { weight: 'exact', roundDecimals: null },
        to: { weight: '0.111', roundDecimals: 2 },
      },
    });
  });

  it('change the JPM cut-offs (DOMAIN.md §4, configurable), audited with the old and new values', async () => {
    const response = await admin.put(SETTINGS, { jpmThresholds: { meets: 85.5, stillMeets: 70 } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().jpmThresholds).toEqual({ meets: 85.5, stillMeets: 70 });
    const entries = await audit(tenant.id);
    expect(entries.at(-1)!.data).toEqual({
      jpmThresholds: { from: { meets: 80, stillMeets: 68 }, to: { meets: 85.5, stillMeets: 70 } },
    });
    await admin.put(SETTINGS, { jpmThresholds: { meets: 80, stillMeets: 68 } });
  });

  it('write nothing, not even an audit entry, when nothing changes', async () => {
    const response = await admin.put(SETTINGS, { ikmConvention: { weight: '0.111', roundDecimals: 2 } });
    expect(response.statusCode).toBe(200);
    expect(await audit(tenant.id)).toHaveLength(3);
  });

  it('refuse a convention that does not exist, in words, and change nothing', async () => {
    for (const ikmConvention of [
      { weight: '0.111', roundDecimals: 4 },
      { weight: '0.1', roundDecimals: null },
      { weight: 'exact' },
    ]) {
      const response = await admin.put(SETTINGS, { ikmConvention });
      expect(response.statusCode, JSON.stringify(ikmConvention)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    for (const jpmThresholds of [
      { meets: 60, stillMeets: 70 },
      { meets: 101, stillMeets: 68 },
      { meets: 80, stillMeets: 0 },
      { meets: 80.123, stillMeets: 68 },
    ]) {
      const response = await admin.put(SETTINGS, { jpmThresholds });
      expect(response.statusCode, JSON.stringify(jpmThresholds)).toBe(400);
    }
    expect((await admin.put(SETTINGS, { timeZone: 'Europe/Berlin' })).statusCode).toBe(400);
    expect((await admin.put(SETTINGS, { demo: true })).statusCode).toBe(400);
    expect((await admin.get(SETTINGS)).json()).toMatchObject({
      timeZone: 'Asia/Makassar',
      ikmConvention: { weight: '0.111', roundDecimals: 2 },
    });
    expect(await audit(tenant.id)).toHaveLength(3);
  });

  it('are refused to an admin scoped to an OPD and to other roles, who change nothing', async () => {
    for (const session of [scopedAdmin, pimpinan]) {
      expect((await session.get(SETTINGS)).statusCode).toBe(403);
      const response = await session.put(SETTINGS, {
        ikmConvention: { weight: 'exact', roundDecimals: null },
      });
      expect(response.statusCode).toBe(403);
    }
    expect((await admin.get(SETTINGS)).json().ikmConvention).toEqual({ weight: '0.111', roundDecimals: 2 });
    expect(await audit(tenant.id)).toHaveLength(3);
  });

  it('leave another government untouched: its admin sees and changes only its own', async () => {
    expect((await otherAdmin.get(SETTINGS)).json()).toMatchObject({
      timeZone: 'Asia/Jakarta',
      ikmConvention: { weight: 'exact', roundDecimals: null },
    });
    await otherAdmin.put(SETTINGS, { ikmConvention: { weight: '0.111', roundDecimals: 3 } });
    expect((await admin.get(SETTINGS)).json().ikmConvention).toEqual({ weight: '0.111', roundDecimals: 2 });
    expect(await audit(tenant.id)).toHaveLength(3);
    expect(await audit(other.id)).toHaveLength(1);
  });

  it('change the certificates’ letterhead and signer, the NIP as typed stored as its digits, audited', async () => {
    const letterhead = {
      agency: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      address: 'Jl. Basuki Rahmat No. 1, Tanjungpinang',
      signerName: 'Dra. Siti Aminah, M.Si.',
      signerTitle: 'Kepala BKPSDM',
      signerNip: '19700512 199303 2 004',
    };
    const response = await admin.put(SETTINGS, { letterhead });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().letterhead).toEqual({ ...letterhead, signerNip: '197005121993032004' });
    const entries = await withTenant(ctx.db, tenant.id, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['data', 'entity', 'entity_id'])
        .where('action', '=', 'program.letterheadChanged')
        .execute(),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'tenant', entity_id: String(tenant.id) });
    expect(entries[0]!.data).toEqual({
      from: { agency: null, address: null, signerName: null, signerTitle: null, signerNip: null },
      to: { ...letterhead, signerNip: '197005121993032004' },
    });
    // The IKM convention's audit is its own: a letterhead change is not a settings change there.
    expect(await audit(tenant.id)).toHaveLength(3);
  });

  it('refuse a signer NIP that is no NIP and an empty name, in the reader’s language', async () => {
    const letterhead = {
      agency: null,
      address: null,
      signerName: 'Siti',
      signerTitle: 'Kepala BKPSDM',
      signerNip: '12345',
    };
    const short = await admin.put(SETTINGS, { letterhead });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([
      { path: 'body/letterhead/signerNip', message: 'NIP harus 18 digit, ditemukan 5 digit (12345).' },
    ]);
    const month = await admin.put(
      SETTINGS,
      { letterhead: { ...letterhead, signerNip: '197005121993132004', signerName: '' } },
      { locale: 'en' },
    );
    expect(month.statusCode).toBe(400);
    expect(
      month
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body/letterhead/signerName', 'body/letterhead/signerNip']);
    expect(month.json().errors.find((e: { path: string }) => e.path.endsWith('signerNip')).message).toMatch(
      /month/i,
    );
    expect((await admin.get(SETTINGS)).json().letterhead.signerNip).toBe('197005121993032004');
    expect(
      (await scopedAdmin.put(SETTINGS, { letterhead: { ...letterhead, signerNip: null } })).statusCode,
    ).toBe(403);
  });
});
