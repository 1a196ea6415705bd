import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { TestClock } from '../../platform/clock';

// A batch's trainers are named by the agency; a trainer signed in with the account it named (a
// partner's, role mitra) finds the batch in their own list and keeps its roster, attendance and
// scores, and nothing else of the government: not the catalog, the registry, the applicants, nor
// closing the batch. A batch they do not teach, or another government's, is not found.

let ctx: TestContext;
const clock = new TestClock('2027-03-01T02:00:00Z');
let tenantId: number;
let admin: TestApi;
let pegawai: TestApi;
let mitra: TestApi;
let idleMitra: TestApi;
let otherMitra: TestApi;
let partnerId: number;
let programId: number;
let batchId: number;
let trainerId: number;
const v = '/api/v1';

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 30 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const opd = await createUnit(ctx, tenantId, 'Dinas Komunikasi dan Informatika');
  const people: TestApi[] = [];
  for (let i = 0; i < 3; i++) {
    const e = await buildEmployee(ctx, tenantId, { unit: opd, name: `Peserta ${i}` });
    people.push(await apiAs(ctx, 'pegawai', tenantId, { employeeId: e.id }));
  }
  pegawai = people[0]!;
  mitra = await apiAs(ctx, 'mitra', tenantId);
  idleMitra = await apiAs(ctx, 'mitra', tenantId);
  otherMitra = await apiAs(ctx, 'mitra', (await createTenant(ctx)).id);
  partnerId = (
    await admin.post(`${v}/partners`, { name: 'Universitas Tanjungpura', kind: 'university' })
  ).json().id;
  await admin.put(`${v}/partners/${partnerId}/accounts/${mitra.account.id}`);
  programId = (
    await admin.post(`${v}/programs`, {
      title: 'Pelatihan Sistem Informasi Manajemen Pemerintahan',
      pathCode: 'KL10',
      jp: 16,
      providerKind: 'partner',
      providerName: 'Universitas Tanjungpura',
      partnerId,
    })
  ).json().id;
  const withBatch = await admin.post(`${v}/programs/${programId}/batches`, {
    name: 'Angkatan I',
    startsOn: '2027-03-01',
    endsOn: '2027-03-02',
    venue: 'Aula BKPSDM',
    capacity: 3,
  });
  batchId = withBatch.json().batches[0].id;
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
  for (const person of people) {
    await person.post(`${v}/programs/${programId}/applications`, { preferences: [batchId] });
  }
  await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'close' });
  expect((await admin.post(`${v}/programs/${programId}/selection`)).json()).toMatchObject({ selected: 3 });
});
afterAll(() => ctx.close());

const trainersUrl = () => `${v}/programs/${programId}/batches/${batchId}/trainers`;
const batchUrl = (path: string) => `${v}/programs/${programId}/batches/${batchId}/${path}`;

describe('a program provided by a partner', () => {
  it('names the partner, only when its provider is a partner', async () => {
    expect((await admin.get(`${v}/programs/${programId}`)).json().partnerId).toBe(partnerId);
    const wrongKind = await admin.post(`${v}/programs`, {
      title: 'Bimtek Internal',
      pathCode: 'KL10',
      jp: 8,
      providerKind: 'internal',
      partnerId,
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().errors[0].message).toBe(
      'Mitra hanya dipilih bila penyelenggara program adalah mitra.',
    );
    const unknown = await admin.post(`${v}/programs`, {
      title: 'Bimtek Mitra',
      pathCode: 'KL10',
      jp: 8,
      providerKind: 'partner',
      partnerId: 999_999,
    });
    expect(unknown.json().detail).toBe('Mitra itu tidak ada di pemerintah daerah ini.');
  });
});

describe('a batch’s trainers', () => {
  it('are named by the agency, with the partner of their account', async () => {
    const added = await admin.post(trainersUrl(), {
      name: 'Dr. Rina Kartika',
      topic: 'Arsitektur SPBE',
      accountId: mitra.account.id,
    });
    expect(added.statusCode, added.body).toBe(201);
    const [trainer] = added.json().items;
    expect(trainer).toMatchObject({
      name: 'Dr. Rina Kartika',
      topic: 'Arsitektur SPBE',
      account: { id: mitra.account.id },
      partner: { id: partnerId, name: 'Universitas Tanjungpura' },
    });
    trainerId = trainer.id;
    // One without an account teaches but keeps nothing.
    expect((await admin.post(trainersUrl(), { name: 'Ir. Budi Santoso', topic: null })).statusCode).toBe(201);
    expect((await admin.get(trainersUrl())).json().items).toHaveLength(2);
  });

  it('refuse an account twice, one of no trainer, another government’s, an unknown partner', async () => {
    const twice = await admin.post(trainersUrl(), { name: 'Dr. Rina', accountId: mitra.account.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('Akun ini sudah menjadi narasumber angkatan ini.');
    const auditor = await apiAs(ctx, 'auditor', tenantId);
    expect(
      (await admin.post(trainersUrl(), { name: 'X', accountId: auditor.account.id })).json().detail,
    ).toBe('Narasumber hanya dapat memakai akun mitra atau akun milik pegawai.');
    expect(
      (await admin.post(trainersUrl(), { name: 'X', accountId: otherMitra.account.id })).json().detail,
    ).toBe('Akun itu tidak ada di pemerintah daerah ini.');
    expect((await admin.post(trainersUrl(), { name: 'X', partnerId: 999_999 })).statusCode).toBe(400);
    // An employee's own account may teach.
    expect(
      (await admin.post(trainersUrl(), { name: 'Peserta 0', accountId: pegawai.account.id })).statusCode,
    ).toBe(201);
    const items = (await admin.get(trainersUrl())).json().items as { id: number; name: string }[];
    const own = items.find((t) => t.name === 'Peserta 0')!;
    expect((await admin.delete(`${trainersUrl()}/${own.id}`)).json().items).toHaveLength(2);
  });

  it('are kept by the agency alone', async () => {
    expect((await mitra.post(trainersUrl(), { name: 'Teman Saya' })).statusCode).toBe(403);
    expect((await mitra.delete(`${trainersUrl()}/${trainerId}`)).statusCode).toBe(403);
    expect((await mitra.get(trainersUrl())).statusCode).toBe(403);
    expect((await pegawai.post(trainersUrl(), { name: 'Teman Saya' })).statusCode).toBe(403);
    expect((await otherMitra.get(`${v}/teaching`)).json().items).toEqual([]);
  });
});

describe('the trainer', () => {
  it('finds the batches they teach, and only what they need of them', async () => {
    const { items } = (await mitra.get(`${v}/teaching`)).json();
    expect(items).toEqual([
      {
        programId,
        programTitle: 'Pelatihan Sistem Informasi Manajemen Pemerintahan',
        batchId,
        batchName: 'Angkatan I',
        startsOn: '2027-03-01',
        endsOn: '2027-03-02',
        venue: 'Aula BKPSDM',
        topic: 'Arsitektur SPBE',
        participants: 3,
        closed: false,
      },
    ]);
    expect((await idleMitra.get(`${v}/teaching`)).json().items).toEqual([]);
  });

  it('keeps the roster: attendance, final scores and the day’s check-in code', async () => {
    const roster = await mitra.get(batchUrl('roster'));
    expect(roster.statusCode, roster.body).toBe(200);
    const [first] = roster.json().participants;
    const marked = await mitra.put(batchUrl('attendance'), {
      applicationId: first.applicationId,
      day: '2027-03-01',
      present: true,
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().participants[0].attended).toEqual(['2027-03-01']);
    const scored = await mitra.put(batchUrl('scores'), {
      applicationId: first.applicationId,
      finalScore: 88,
    });
    expect(scored.statusCode, scored.body).toBe(200);
    const code = await mitra.get(batchUrl('check-in'));
    expect(code.statusCode, code.body).toBe(200);
    expect(code.json().day).toBe('2027-03-01');
  });

  it('neither closes the batch nor reads the catalog, the registry or the applicants', async () => {
    expect([403, 404]).toContain((await mitra.post(batchUrl('close'))).statusCode);
    expect((await mitra.get(`${v}/programs`)).statusCode).toBe(403);
    expect((await mitra.get(`${v}/programs/${programId}`)).statusCode).toBe(403);
    expect((await mitra.get(`${v}/programs/${programId}/applications`)).statusCode).toBe(403);
    expect((await mitra.get(`${v}/employees`)).statusCode).toBe(403);
    expect((await mitra.get(`${v}/partners`)).statusCode).toBe(403);
  });

  it('of another batch, or of another government, finds nothing', async () => {
    expect((await idleMitra.get(batchUrl('roster'))).statusCode).toBe(404);
    expect((await idleMitra.get(batchUrl('check-in'))).statusCode).toBe(404);
    const roster = (await admin.get(batchUrl('roster'))).json();
    const body = { applicationId: roster.participants[1].applicationId, day: '2027-03-01', present: true };
    expect((await idleMitra.put(batchUrl('attendance'), body)).statusCode).toBe(404);
    expect((await otherMitra.get(batchUrl('roster'))).statusCode).toBe(404);
    expect((await otherMitra.put(batchUrl('attendance'), body)).statusCode).toBe(404);
  });

  it('keeps nothing once removed, and a closed batch’s trainers stay as they were', async () => {
    const removed = await admin.delete(`${trainersUrl()}/${trainerId}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await mitra.get(batchUrl('roster'))).statusCode).toBe(404);
    expect((await mitra.get(`${v}/teaching`)).json().items).toEqual([]);
    expect((await admin.delete(`${trainersUrl()}/${trainerId}`)).statusCode).toBe(404);
    clock.set('2027-03-02T10:00:00Z');
    expect((await admin.post(batchUrl('close'))).statusCode).toBe(200);
    const late = await admin.post(trainersUrl(), { name: 'Dr. Rina Kartika', accountId: mitra.account.id });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe('Angkatan ini sudah ditutup; narasumbernya tidak dapat diubah lagi.');
  });
});
