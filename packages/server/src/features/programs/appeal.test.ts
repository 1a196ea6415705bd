import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, deliverEvents, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// Appeals against a selection (sanggah): filed by those not selected within the published window,
// once; decided by the agency with reasons; an upheld appeal may give a seat; the applicant hears
// the decision on the bell.

let ctx: TestContext;
const clock = new TestClock('2026-12-01T02:00:00Z');
let tenantId: number;
let admin: TestApi;
let otherAdmin: TestApi;
const people: { id: number; api: TestApi }[] = [];
let programId: number;
let batchId: number;
const v = '/api/v1';

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 30 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
  const unit = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  for (let i = 0; i < 3; i++) {
    const employee = await buildEmployee(ctx, tenantId, { unit, name: `Pelamar ${i}` });
    people.push({ id: employee.id, api: await apiAs(ctx, 'pegawai', tenantId, { employeeId: employee.id }) });
  }
  const created = await admin.post(`${v}/programs`, {
    title: 'Pelatihan Pengadaan Barang dan Jasa',
    pathCode: 'KL03',
    jp: 24,
    providerKind: 'lan',
    appealDays: 3,
  });
  expect(created.statusCode, created.body).toBe(201);
  programId = created.json().id;
  const added = await admin.post(`${v}/programs/${programId}/batches`, {
    name: 'Angkatan I',
    startsOn: '2027-02-01',
    endsOn: '2027-02-03',
    capacity: 1,
  });
  batchId = added.json().batches[0].id;
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
  for (const person of people) {
    expect(
      (await person.api.post(`${v}/programs/${programId}/applications`, { preferences: [batchId] }))
        .statusCode,
    ).toBe(201);
    clock.advance({ minutes: 1 });
  }
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' });
});
afterAll(() => ctx.close());

async function appeals() {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from program_appeal`.execute(tx);
    return rows[0]!.n;
  });
}

describe('an appeal', () => {
  it('cannot be filed before the selection is announced', async () => {
    const early = await people[1]!.api.post(`${v}/programs/${programId}/appeals`, { reason: 'Terlalu dini' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe(
      'Program ini tidak membuka masa sanggah, atau hasil seleksinya belum diumumkan.',
    );
  });

  it('is filed once by someone not selected, with a reason, within the window', async () => {
    expect((await admin.post(`${v}/programs/${programId}/selection`, {})).statusCode).toBe(200);
    const list = await people[1]!.api.get(`${v}/programs/${programId}/appeals`);
    expect(list.json()).toEqual({ windowEndsOn: '2026-12-04', items: [] });
    // The one selected (the earliest application, all scores equal) has nothing to appeal.
    const selected = await people[0]!.api.post(`${v}/programs/${programId}/appeals`, {
      reason: 'Ingin pindah',
    });
    expect(selected.statusCode).toBe(409);
    expect(selected.json().detail).toBe('Hanya pelamar yang belum terpilih yang dapat mengajukan sanggahan.');
    const empty = await people[1]!.api.post(`${v}/programs/${programId}/appeals`, { reason: '' });
    expect(empty.statusCode).toBe(400);
    const filed = await people[1]!.api.post(`${v}/programs/${programId}/appeals`, {
      reason: 'Nilai kompetensi saya belum diperbarui dari asesmen Oktober.',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ state: 'pending', decision: null, employee: { id: people[1]!.id } });
    const again = await people[1]!.api.post(`${v}/programs/${programId}/appeals`, { reason: 'Sekali lagi' });
    expect(again.statusCode).toBe(409);
    expect(await appeals()).toBe(1);
  });

  it('is seen by its applicant and the agency only', async () => {
    expect((await people[1]!.api.get(`${v}/programs/${programId}/appeals`)).json().items).toHaveLength(1);
    expect((await people[2]!.api.get(`${v}/programs/${programId}/appeals`)).json().items).toHaveLength(0);
    expect((await admin.get(`${v}/programs/${programId}/appeals`)).json().items).toHaveLength(1);
    expect((await otherAdmin.get(`${v}/programs/${programId}/appeals`)).statusCode).toBe(404);
  });

  it('is closed after the window’s last day', async () => {
    clock.set('2026-12-04T17:30:00Z'); // 00:30 on 5 December in Jakarta (UTC+7)
    const late = await people[2]!.api.post(`${v}/programs/${programId}/appeals`, { reason: 'Terlambat' });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe('Masa sanggah berakhir pada 2026-12-04.');
    expect(await appeals()).toBe(1);
  });

  it('is decided by the agency alone, and an upheld one gives a seat only where one is left', async () => {
    const [appeal] = (await admin.get(`${v}/programs/${programId}/appeals`)).json().items;
    const path = `${v}/programs/${programId}/appeals/${appeal.id}/decision`;
    const body = { decision: 'upheld', reason: 'Asesmen Oktober terbukti belum tercatat.', batchId };
    expect((await people[1]!.api.post(path, body)).statusCode).toBe(403);
    expect((await otherAdmin.post(path, body)).statusCode).toBe(404);
    expect((await admin.post(path, { ...body, decision: 'rejected' })).statusCode).toBe(400);
    const full = await admin.post(path, body);
    expect(full.statusCode).toBe(409);
    expect((await admin.get(`${v}/programs/${programId}/appeals`)).json().items[0].state).toBe('pending');
    // The agency adds a seat, and upholds.
    await admin.put(`${v}/programs/${programId}/batches/${batchId}`, {
      name: 'Angkatan I',
      startsOn: '2027-02-01',
      endsOn: '2027-02-03',
      capacity: 2,
    });
    const upheld = await admin.post(path, body);
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json()).toMatchObject({ state: 'upheld', decision: body.reason });
    expect((await admin.post(path, body)).statusCode).toBe(409);
    const mine = (await people[1]!.api.get(`${v}/programs/${programId}/mine`)).json();
    expect(mine.application).toMatchObject({ state: 'selected', batchId });
    await deliverEvents(ctx);
    const bell = (await people[1]!.api.get(`${v}/notifications`)).json();
    expect(bell.items.map((n: { kind: string }) => n.kind)).toContain('program.appealUpheld');
  });
});
