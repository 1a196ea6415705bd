import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { createAccount } from '../../../test/factories/account.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// Partners and their agreements are the agency's: recorded with a name unique in the government,
// agreements numbered uniquely there and valid from a day to a day; their status follows the
// government's today, and a daily task warns the agency's admins once before each one runs out.
// Trainer accounts (role mitra) of the same government are linked to their partner.

let ctx: TestContext;
// 09:00 WIB on 1 March 2027.
const clock = new TestClock('2027-03-01T02:00:00Z');
let tenantId: number;
let admin: TestApi;
let pegawai: TestApi;
let scopedAdmin: TestApi;
let otherAdmin: TestApi;
let mitraId: number;
let otherMitraId: number;
const v = '/api/v1';

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 1000 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  pegawai = await apiAs(ctx, 'pegawai', tenantId);
  const opd = await createUnit(ctx, tenantId, 'Dinas Komunikasi dan Informatika');
  scopedAdmin = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: opd.id });
  mitraId = (await createAccount(ctx, tenantId, 'mitra')).id;
  const other = await createTenant(ctx);
  otherAdmin = await apiAs(ctx, 'admin', other.id);
  otherMitraId = (await createAccount(ctx, other.id, 'mitra')).id;
});
afterAll(() => ctx.close());

const UNTAN = {
  name: 'Universitas Tanjungpura',
  kind: 'university',
  contactName: 'Dr. Rina Kartika',
  contactEmail: 'kerja.sama@untan.ac.id',
  contactPhone: '(0561) 739630',
};

const count = (table: 'partner' | 'partner_agreement') =>
  withTenant(ctx.db, tenantId, async (tx) =>
    Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(tx)).rows[0]!.n),
  );

describe('partners', () => {
  let partnerId: number;

  it('are recorded by the agency with a name unique in the government', async () => {
    const created = await admin.post(`${v}/partners`, UNTAN);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ...UNTAN, agreements: [], accounts: [] });
    partnerId = created.json().id;
    const again = await admin.post(`${v}/partners`, { ...UNTAN, name: 'universitas tanjungpura' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Mitra bernama "universitas tanjungpura" sudah tercatat.');
    // Another government has partners of its own, by the same name too.
    expect((await otherAdmin.post(`${v}/partners`, UNTAN)).statusCode).toBe(201);
  });

  it('refuses a bad contact with a translated 400 and records nothing', async () => {
    const before = await count('partner');
    const bad = await admin.post(`${v}/partners`, { ...UNTAN, name: 'LSM Uji', contactEmail: 'bukan-surel' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['body/contactEmail']);
    expect((await admin.post(`${v}/partners`, { ...UNTAN, name: 'LSM Uji', kind: 'club' })).statusCode).toBe(
      400,
    );
    expect(await count('partner')).toBe(before);
  });

  it('are changed and listed by name', async () => {
    const changed = await admin.put(`${v}/partners/${partnerId}`, { ...UNTAN, contactPhone: null });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().contactPhone).toBeNull();
    const found = (await admin.get(`${v}/partners?q=tanjung`)).json();
    expect(found.total).toBe(1);
    expect(found.items[0].name).toBe(UNTAN.name);
  });

  it('are the agency’s alone: others are refused, another government finds nothing', async () => {
    expect((await pegawai.get(`${v}/partners`)).statusCode).toBe(403);
    expect((await pegawai.post(`${v}/partners`, { ...UNTAN, name: 'X' })).statusCode).toBe(403);
    // An OPD's admin keeps nothing of the whole government's.
    expect((await scopedAdmin.get(`${v}/partners`)).statusCode).toBe(403);
    expect((await scopedAdmin.put(`${v}/partners/${partnerId}`, UNTAN)).statusCode).toBe(403);
    expect((await otherAdmin.get(`${v}/partners/${partnerId}`)).statusCode).toBe(404);
    expect((await otherAdmin.put(`${v}/partners/${partnerId}`, UNTAN)).statusCode).toBe(404);
    expect(
      (
        await otherAdmin.post(
          `${v}/partners/${partnerId}/agreements`,
          agreement('X/1', '2027-01-01', '2028-01-01'),
        )
      ).statusCode,
    ).toBe(404);
  });

  describe('agreements', () => {
    it('are numbered uniquely in the government and valid from a day to a day', async () => {
      const added = await admin.post(
        `${v}/partners/${partnerId}/agreements`,
        agreement('PKS/001/BKPSDM/2026', '2026-01-01', '2028-12-31'),
      );
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json().agreements[0]).toMatchObject({
        number: 'PKS/001/BKPSDM/2026',
        validFrom: '2026-01-01',
        validUntil: '2028-12-31',
        status: 'active',
        expiryWarnedOn: null,
      });
      const before = await count('partner_agreement');
      const again = await admin.post(
        `${v}/partners/${partnerId}/agreements`,
        agreement('PKS/001/BKPSDM/2026', '2027-01-01', '2027-12-31'),
      );
      expect(again.statusCode).toBe(409);
      expect(again.json().detail).toBe(
        'Perjanjian bernomor PKS/001/BKPSDM/2026 sudah tercatat di pemerintah daerah ini.',
      );
      const backwards = await admin.post(
        `${v}/partners/${partnerId}/agreements`,
        agreement('PKS/002/BKPSDM/2027', '2027-06-01', '2027-05-31'),
        { locale: 'en' },
      );
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().errors).toEqual([
        { path: 'body/validUntil', message: 'The last day of validity cannot be before the first.' },
      ]);
      expect(await count('partner_agreement')).toBe(before);
    });

    it('read as expiring within 60 days of their last day, and expired after it', async () => {
      await admin.post(
        `${v}/partners/${partnerId}/agreements`,
        agreement('MoU/07/2026', '2026-04-01', '2027-04-15'),
      );
      await admin.post(
        `${v}/partners/${partnerId}/agreements`,
        agreement('MoU/01/2024', '2024-01-01', '2026-12-31'),
      );
      const { agreements } = (await admin.get(`${v}/partners/${partnerId}`)).json();
      const byNumber = Object.fromEntries(agreements.map((a: { number: string }) => [a.number, a]));
      expect(byNumber['MoU/07/2026']).toMatchObject({ status: 'expiring', daysLeft: 45 });
      expect(byNumber['MoU/01/2024']).toMatchObject({ status: 'expired', daysLeft: -60 });
    });

    it('running out are warned of on the admins’ bell, once each', async () => {
      // The daily task was set at the first agreement, from today's 07:00: due now.
      await ctx.schedules.runDue();
      await expect
        .poll(async () => expiringNotifications(admin), { timeout: 10_000 })
        .toEqual([{ partnerId, title: UNTAN.name, number: 'MoU/07/2026', validUntil: '2027-04-15' }]);
      // Only the admins of the whole government hear of it.
      expect(await expiringNotifications(pegawai)).toEqual([]);
      expect(await expiringNotifications(scopedAdmin)).toEqual([]);
      const { agreements } = (await admin.get(`${v}/partners/${partnerId}`)).json();
      expect(agreements.find((a: { number: string }) => a.number === 'MoU/07/2026').expiryWarnedOn).toBe(
        '2027-03-01',
      );
      // The next days say nothing new, until another agreement enters its window (2028-12-31 − 60 days).
      clock.set('2027-03-02T02:00:00Z');
      await ctx.schedules.runDue();
      await ctx.jobs.idle();
      expect(await expiringNotifications(admin)).toHaveLength(1);
      clock.set('2028-11-01T02:00:00Z');
      await ctx.schedules.runDue();
      await expect.poll(async () => (await expiringNotifications(admin)).length, { timeout: 10_000 }).toBe(2);
    });
  });

  describe('trainer accounts', () => {
    it('of role mitra in the same government are linked to their partner, and unlinked', async () => {
      const admin2 = await apiAs(ctx, 'admin', tenantId);
      const linked = await admin2.put(`${v}/partners/${partnerId}/accounts/${mitraId}`);
      expect(linked.statusCode, linked.body).toBe(200);
      expect(linked.json().accounts.map((a: { id: number }) => a.id)).toEqual([mitraId]);
      const listed = (await admin2.get(`${v}/partners/accounts`)).json();
      expect(listed.items.find((a: { id: number }) => a.id === mitraId)).toMatchObject({
        partnerId,
        partnerName: UNTAN.name,
      });
      expect(
        (await admin2.put(`${v}/partners/${partnerId}/accounts/${pegawai.account.id}`)).json().detail,
      ).toBe('Hanya akun berperan mitra yang dapat dikaitkan dengan mitra.');
      expect((await admin2.put(`${v}/partners/${partnerId}/accounts/${otherMitraId}`)).statusCode).toBe(404);
      expect((await pegawai.put(`${v}/partners/${partnerId}/accounts/${mitraId}`)).statusCode).toBe(403);
      const unlinked = await admin2.delete(`${v}/partners/${partnerId}/accounts/${mitraId}`);
      expect(unlinked.json().accounts).toEqual([]);
      expect((await admin2.delete(`${v}/partners/${partnerId}/accounts/${mitraId}`)).statusCode).toBe(409);
      await admin2.put(`${v}/partners/${partnerId}/accounts/${mitraId}`);
    });

    it('leave every change in the audit log', async () => {
      const actions = await withTenant(ctx.db, tenantId, async (tx) =>
        (
          await sql<{
            action: string;
          }>`select action from audit_log where entity = 'partner' order by seq`.execute(tx)
        ).rows.map((row) => row.action),
      );
      expect(new Set(actions)).toEqual(
        new Set(['program.partnerSaved', 'program.agreementAdded', 'program.partnerAccountLinked']),
      );
    });
  });
});

function agreement(number: string, validFrom: string, validUntil: string) {
  return { number, scope: 'Pelatihan sistem informasi bagi ASN.', validFrom, validUntil };
}

async function expiringNotifications(api: TestApi) {
  const { items } = (await api.get(`${v}/notifications`)).json() as {
    items: { kind: string; data: Record<string, unknown> }[];
  };
  return items.filter((n) => n.kind === 'program.agreementExpiring').map((n) => n.data);
}
