import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// Seats reserved for an affirmative group: published with the program, checked when a batch names
// them, given to the group's members first by the selection, and explained to whoever lost a seat
// to them.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let competencyId: number;
const v = '/api/v1';

beforeAll(async () => {
  ctx = await createTestContext({}, { clock: new TestClock('2026-12-01T02:00:00Z') });
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  competencyId = ((await admin.get(`${v}/competencies`)).json().items as { id: number; code: string }[]).find(
    (c) => c.code === 'M.1',
  )!.id;
});
afterAll(() => ctx.close());

const women = { key: 'perempuan', label: 'Perempuan', sexes: ['F'] };

async function person(unit: { id: number }, name: string, level: number, sex: 'M' | 'F') {
  const employee = await buildEmployee(ctx, tenantId, { unit, name });
  await withTenant(ctx.db, tenantId, (tx) =>
    tx.updateTable('employee').set({ sex }).where('id', '=', employee.id).execute(),
  );
  await admin.post(`${v}/employees/${employee.id}/assessments`, {
    competencyId,
    level,
    assessedOn: '2026-06-01',
    method: 'assessmentCentre',
  });
  return { id: employee.id, api: await apiAs(ctx, 'pegawai', tenantId, { employeeId: employee.id }) };
}

describe('seats reserved for an affirmative group', () => {
  it('are checked against the program’s groups and the batch’s capacity', async () => {
    const empty = await admin.post(`${v}/programs`, {
      title: 'Kelompok tanpa kriteria',
      pathCode: 'KL03',
      jp: 16,
      providerKind: 'internal',
      affirmativeGroups: [{ key: 'semua', label: 'Semua' }],
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].message).toContain('sedikitnya satu kriteria');
    const created = await admin.post(`${v}/programs`, {
      title: 'Pelatihan Kepemimpinan Perempuan',
      pathCode: 'KL03',
      jp: 16,
      providerKind: 'internal',
      affirmativeGroups: [women],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const batch = { name: 'Angkatan I', startsOn: '2027-02-01', endsOn: '2027-02-02', capacity: 2 };
    const over = await admin.post(`${v}/programs/${id}/batches`, { ...batch, reserved: { perempuan: 3 } });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0].message).toBe('Jumlah kursi yang dicadangkan melebihi kapasitas angkatan.');
    const unknown = await admin.post(`${v}/programs/${id}/batches`, { ...batch, reserved: { pppk: 1 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('pppk');
    const none = await withTenant(ctx.db, tenantId, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from program_batch where program_id = ${id}`.execute(tx),
    );
    expect(none.rows[0]!.n).toBe(0);
  });

  it('go to the group’s members before higher scores, and the one passed over is told why', async () => {
    const unit = await createUnit(ctx, tenantId, 'Dinas Pemberdayaan Perempuan');
    // Level 1 of a target of 3 is the largest gap, so the highest score.
    const high = await person(unit, 'Skor Tinggi', 1, 'M');
    const middle = await person(unit, 'Skor Sedang', 2, 'M');
    const member = await person(unit, 'Anggota Kelompok', 3, 'F');
    const nextMember = await person(unit, 'Anggota Berikutnya', 3, 'F');
    const created = await admin.post(`${v}/programs`, {
      title: 'Pelatihan Analisis Kebijakan',
      pathCode: 'KL03',
      jp: 16,
      providerKind: 'internal',
      weights: { gap: 100, jpShortfall: 0, sinceLastDevelopment: 0, recommendation: 0 },
      competencies: [{ competencyId, targetLevel: 3 }],
      affirmativeGroups: [women],
    });
    const id = created.json().id;
    const added = await admin.post(`${v}/programs/${id}/batches`, {
      name: 'Angkatan I',
      startsOn: '2027-02-01',
      endsOn: '2027-02-02',
      capacity: 2,
      reserved: { perempuan: 1 },
    });
    expect(added.json().batches[0].reserved).toEqual({ perempuan: 1 });
    const batchId = added.json().batches[0].id;
    await admin.post(`${v}/programs/${id}/transitions`, { transition: 'open' });
    for (const who of [high, middle, member, nextMember]) {
      const applied = await who.api.post(`${v}/programs/${id}/applications`, { preferences: [batchId] });
      expect(applied.statusCode, applied.body).toBe(201);
    }
    await admin.post(`${v}/programs/${id}/transitions`, { transition: 'close' });
    const selection = await admin.post(`${v}/programs/${id}/selection`, {});
    expect(selection.statusCode, selection.body).toBe(200);
    expect(selection.json().reservedMet).toEqual([{ batchId, group: 'perempuan', reserved: 1, filled: 1 }]);
    const mine = async (who: { api: TestApi }) => (await who.api.get(`${v}/programs/${id}/mine`)).json();
    expect((await mine(high)).application).toMatchObject({ state: 'selected' });
    expect((await mine(member)).application).toMatchObject({
      state: 'selected',
      affirmativeGroup: 'perempuan',
    });
    const passed = await mine(middle);
    expect(passed.application).toMatchObject({
      state: 'waitlisted',
      outcome: 'reservedSeats',
      affirmativeGroup: null,
    });
    // The open seat's cut-off is the high score, not the member's.
    expect(passed.explanation).toContain('dicadangkan bagi kelompok afirmasi');
    expect(passed.cutoffs).toEqual([{ batchId, cutoff: (await mine(high)).application.score }]);
    expect((await mine(nextMember)).application).toMatchObject({ state: 'waitlisted', waitlistPosition: 2 });
    // The member leaves: her reserved seat goes to the group's next, ahead of the first waiting.
    const own = (await mine(member)).application;
    const left = await member.api.post(`${v}/programs/${id}/applications/${own.id}/withdraw`, {});
    expect(left.statusCode, left.body).toBe(200);
    expect((await mine(nextMember)).application).toMatchObject({ state: 'selected', batchId });
    expect((await mine(middle)).application).toMatchObject({ state: 'waitlisted' });
    // The high score leaves an open seat: the first waiting takes it.
    const highOwn = (await mine(high)).application;
    await high.api.post(`${v}/programs/${id}/applications/${highOwn.id}/withdraw`, {});
    expect((await mine(middle)).application).toMatchObject({ state: 'selected', batchId });
  });
});
