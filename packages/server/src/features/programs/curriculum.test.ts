import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// A program's curriculum, version after version: the first recorded without a reason, each revision
// with its reason and the held batches whose evaluation is its evidence; the modules' JP add up to
// the program's; a batch teaches the version that was latest when it was planned, and a revision
// moves the batches not yet started. The agency and the trainers read the record, the catalog's
// readers the current modules only; a version, once recorded, never changes.

let ctx: TestContext;
const clock = new TestClock('2027-03-01T02:00:00Z');
let tenantId: number;
let admin: TestApi;
let pegawai: TestApi;
let mitra: TestApi;
let otherAdmin: TestApi;
let programId: number;
let otherProgramBatchId: number;
const batches: Record<'first' | 'second', number> = { first: 0, second: 0 };
const v = '/api/v1';
const url = () => `${v}/programs/${programId}/curricula`;

const V1 = [
  { title: 'Kepemimpinan Pengawas', objectives: ['Memimpin tim kerja', 'Memberi umpan balik'], jp: 16 },
  { title: 'Manajemen Kinerja', objectives: ['Menyusun SKP tim'], jp: 12.5 },
  { title: 'Komunikasi Efektif', objectives: ['Memimpin rapat'], jp: 11.5 },
];
const V2 = [
  { title: 'Kepemimpinan Pengawas', objectives: ['Memimpin tim kerja', 'Memberi umpan balik'], jp: 12 },
  { title: 'Manajemen Kinerja', objectives: ['Menyusun SKP tim'], jp: 12.5 },
  {
    title: 'Studi Kasus Sekolah dan Kantor Dinas',
    objectives: ['Memecahkan kasus dari unit sendiri'],
    jp: 15.5,
  },
];
const REASON = 'Peserta Angkatan I menilai materi kurang relevan dengan tugas pengawas (rerata 2,7).';

async function createProgram(api: TestApi, title: string) {
  const created = await api.post(`${v}/programs`, {
    title,
    pathCode: 'KL02',
    jp: 40,
    providerKind: 'internal',
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as number;
}

async function addBatch(api: TestApi, id: number, name: string, startsOn: string, endsOn: string) {
  const saved = await api.post(`${v}/programs/${id}/batches`, { name, startsOn, endsOn, capacity: 10 });
  expect(saved.statusCode, saved.body).toBe(200);
  return (saved.json().batches as { id: number; name: string }[]).find((b) => b.name === name)!.id;
}

beforeAll(async () => {
  ctx = await createTestContext({ sessionHours: 24 * 90 }, { clock });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  const opd = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  const employee = await buildEmployee(ctx, tenantId, { unit: opd });
  pegawai = await apiAs(ctx, 'pegawai', tenantId, { employeeId: employee.id });
  mitra = await apiAs(ctx, 'mitra', tenantId);
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
  programId = await createProgram(admin, 'Pelatihan Kepemimpinan Pengawas');
  const other = await createProgram(admin, 'Pelatihan Lain');
  otherProgramBatchId = await addBatch(admin, other, 'Angkatan I', '2027-03-02', '2027-03-03');
});
afterAll(() => ctx.close());

describe('the first version', () => {
  it('is refused when its modules do not add up to the program’s JP, naming both numbers', async () => {
    const refused = await admin.post(url(), { modules: V1.slice(0, 2) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        path: 'body/modules',
        message:
          'JP modul berjumlah 28,5, sedangkan JP program 40: jumlah JP modul harus sama dengan JP program.',
      },
    ]);
  });

  it('records no reason and names no evidence', async () => {
    const refused = await admin.post(url(), { modules: V1, reason: REASON, evidenceBatchIds: [1] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body/reason',
      'body/evidenceBatchIds',
    ]);
    expect((await admin.get(url())).json().items).toEqual([]);
  });

  it('is recorded, and the batches planned after it teach it', async () => {
    const recorded = await admin.post(url(), { modules: V1, previousVersion: null });
    expect(recorded.statusCode, recorded.body).toBe(201);
    batches.first = await addBatch(admin, programId, 'Angkatan I', '2027-03-02', '2027-03-05');
    batches.second = await addBatch(admin, programId, 'Angkatan II', '2027-04-05', '2027-04-08');
    const body = (await admin.get(url())).json();
    expect(body).toMatchObject({ programJp: 40, jpMismatch: false, history: true, revisable: true });
    expect(body.items).toEqual([
      expect.objectContaining({
        version: 1,
        jp: 40,
        reason: null,
        author: 'Akun admin',
        createdAt: '2027-03-01T02:00:00.000Z',
        changes: null,
        batches: [
          { id: batches.first, name: 'Angkatan I' },
          { id: batches.second, name: 'Angkatan II' },
        ],
      }),
    ]);
  });
});

describe('a revision', () => {
  it('needs a reason, evidence from this program’s held batches, and modules that change', async () => {
    const noReason = await admin.post(url(), { modules: V2 });
    expect(noReason.json().errors).toEqual([
      { path: 'body/reason', message: 'Tuliskan alasan revisi kurikulum ini.' },
    ]);
    const foreign = await admin.post(url(), {
      modules: V2,
      reason: REASON,
      evidenceBatchIds: [otherProgramBatchId],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([
      { path: 'body/evidenceBatchIds', message: 'Angkatan bukti harus angkatan program ini.' },
    ]);
    // Angkatan I starts tomorrow: it has no evaluation yet.
    const early = await admin.post(url(), { modules: V2, reason: REASON, evidenceBatchIds: [batches.first] });
    expect(early.json().errors[0].path).toBe('body/evidenceBatchIds');
    const same = await admin.post(url(), { modules: V1, reason: REASON });
    expect(same.json().errors).toEqual([expect.objectContaining({ path: 'body/modules' })]);
    expect((await admin.get(url())).json().items).toHaveLength(1);
  });

  it('after Angkatan I is recorded with its reason and evidence, and moves Angkatan II to it', async () => {
    clock.set('2027-03-10T03:00:00Z');
    const revised = await admin.post(url(), {
      modules: V2,
      reason: REASON,
      evidenceBatchIds: [batches.first],
      previousVersion: 1,
    });
    expect(revised.statusCode, revised.body).toBe(201);
    const [v2, v1] = revised.json().items;
    expect(v2).toMatchObject({
      version: 2,
      reason: REASON,
      author: 'Akun admin',
      evidenceBatches: [{ id: batches.first, name: 'Angkatan I' }],
      batches: [{ id: batches.second, name: 'Angkatan II' }],
      changes: {
        added: [expect.objectContaining({ title: 'Studi Kasus Sekolah dan Kantor Dinas' })],
        removed: [expect.objectContaining({ title: 'Komunikasi Efektif' })],
        changed: [expect.objectContaining({ title: 'Kepemimpinan Pengawas', jpFrom: 16, jpTo: 12 })],
        jpMoved: 15.5,
      },
    });
    // Angkatan I had started: it taught version 1, and its record says so.
    expect(v1).toMatchObject({ version: 1, batches: [{ id: batches.first, name: 'Angkatan I' }] });
    const audit = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['entity_id', 'data'])
        .where('action', '=', 'program.curriculumRevised')
        .orderBy('id')
        .execute(),
    );
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      entity_id: String(programId),
      data: {
        version: 2,
        reason: REASON,
        evidenceBatchIds: [batches.first],
        movedBatchIds: [batches.second],
      },
    });
  });

  it('made from a version no longer the latest is refused, never numbered twice', async () => {
    const modules = (title: string) => [{ ...V2[0]!, title }, ...V2.slice(1)];
    const racing = await Promise.all(
      ['Kepemimpinan A', 'Kepemimpinan B', 'Kepemimpinan C'].map((title) =>
        admin.post(url(), { modules: modules(title), reason: REASON, previousVersion: 2 }),
      ),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(racing.find((r) => r.statusCode === 409)!.json().detail).toContain('versi terakhir 3');
    // Without the version it was made from, revisions line up under the program's lock.
    const lined = await Promise.all(
      ['Kepemimpinan D', 'Kepemimpinan E'].map((title) =>
        admin.post(url(), { modules: modules(title), reason: REASON, applyToUnstartedBatches: false }),
      ),
    );
    expect(lined.map((r) => r.statusCode)).toEqual([201, 201]);
    const versions = (await admin.get(url())).json().items.map((i: { version: number }) => i.version);
    expect(versions).toEqual([5, 4, 3, 2, 1]);
  });

  it('cannot change a recorded version: the database grants no update', async () => {
    await expect(
      withTenant(ctx.db, tenantId, (tx) =>
        tx
          .updateTable('program_curriculum')
          .set({ reason: 'diubah' })
          .where('program_id', '=', programId)
          .execute(),
      ),
    ).rejects.toThrow(/permission denied/);
  });
});

describe('readers', () => {
  it('a pegawai neither revises nor sees a draft’s curriculum; once published, its current modules only', async () => {
    const revise = await pegawai.post(url(), { modules: V2, reason: REASON });
    expect(revise.statusCode).toBe(403);
    expect((await pegawai.get(url())).statusCode).toBe(404);
    const opened = await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'open' });
    expect(opened.statusCode, opened.body).toBe(200);
    const read = await pegawai.get(url());
    expect(read.statusCode).toBe(200);
    const body = read.json();
    expect(body).toMatchObject({ history: false, revisable: false });
    expect(body.items).toEqual([
      expect.objectContaining({ version: 5, author: null, reason: null, evidenceBatches: [], changes: null }),
    ]);
  });

  it('a trainer reads the versions their batch teaches, with the record behind them', async () => {
    expect((await mitra.get(url())).statusCode).toBe(404);
    await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .insertInto('program_batch_trainer')
        .values({
          tenant_id: tenantId,
          batch_id: batches.second,
          name: 'Narasumber',
          account_id: mitra.account.id,
        })
        .execute(),
    );
    const body = (await mitra.get(url())).json();
    expect(body.history).toBe(false);
    expect(body.items).toEqual([
      expect.objectContaining({
        version: 3,
        reason: REASON,
        author: 'Akun admin',
        changes: expect.anything(),
      }),
    ]);
    expect((await mitra.post(url(), { modules: V2, reason: REASON })).statusCode).toBe(403);
  });

  it('another government’s admin learns nothing and writes nothing', async () => {
    expect((await otherAdmin.get(url())).statusCode).toBe(404);
    const write = await otherAdmin.post(url(), { modules: V2, reason: REASON });
    expect(write.statusCode).toBe(404);
    expect((await admin.get(url())).json().items).toHaveLength(5);
  });

  it('a cancelled program’s curriculum stays as it was', async () => {
    await admin.post(`${v}/programs/${programId}/transitions`, { transition: 'cancel' });
    const refused = await admin.post(url(), { modules: V1, reason: REASON }, { locale: 'en' });
    expect(refused.statusCode).toBe(409);
    expect((await admin.get(url())).json().revisable).toBe(false);
  });
});
