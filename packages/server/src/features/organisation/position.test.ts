import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import type { LoggedIn } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

let ctx: TestContext;
let tenantId: number;
let admin: LoggedIn;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
});
afterAll(() => ctx.close());

function call(
  session: LoggedIn,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
  locale = 'id',
) {
  return ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...session.headers, 'accept-language': locale },
    ...(payload ? { payload } : {}),
  });
}

async function positions(id = tenantId) {
  return withTenant(ctx.db, id, (tx) =>
    tx.selectFrom('position').select(['name', 'kind', 'level']).orderBy('name').execute(),
  );
}

describe('positions', () => {
  let analis: number;

  it('creates a fungsional position with its jenjang and audits it', async () => {
    const response = await call(admin, 'POST', '/positions', {
      name: 'Analis SDM Aparatur Ahli Muda',
      kind: 'fungsional',
      level: 'ahli_muda',
    });
    expect(response.statusCode, response.body).toBe(201);
    analis = response.json().id;
    expect(response.json()).toMatchObject({ kind: 'fungsional', level: 'ahli_muda', employeeCount: 0 });
    const audit = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('audit_log').select('data').where('action', '=', 'position.created').execute(),
    );
    expect(audit[0]?.data).toMatchObject({ name: 'Analis SDM Aparatur Ahli Muda', group: 'nonmanajerial' });
  });

  it('refuses a jenjang that does not suit the kind (PermenPANRB 1/2023), translated, writing nothing', async () => {
    const before = await positions();
    const missing = await call(admin, 'POST', '/positions', { name: 'Pranata Komputer', kind: 'fungsional' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      { path: 'body/level', message: expect.stringContaining('harus memiliki jenjang') },
    ]);
    const extra = await call(
      admin,
      'POST',
      '/positions',
      { name: 'Kepala Bidang', kind: 'administrator', level: 'ahli_muda' },
      'en',
    );
    expect(extra.json().errors[0].message).toBe('Only functional (fungsional) positions have a jenjang.');
    const unknown = await call(admin, 'POST', '/positions', { name: 'Kepala', kind: 'eselon_iii' });
    expect(unknown.statusCode).toBe(400);
    expect(await positions()).toEqual(before);
  });

  it('keeps names unique per government, case-insensitively, with a translated 409', async () => {
    const response = await call(admin, 'POST', '/positions', {
      name: 'analis sdm aparatur ahli muda',
      kind: 'fungsional',
      level: 'ahli_muda',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe('Sudah ada jabatan bernama "analis sdm aparatur ahli muda".');
    const other = await createTenant(ctx);
    const otherAdmin = await apiAs(ctx, 'admin', other.id);
    const elsewhere = await call(otherAdmin, 'POST', '/positions', {
      name: 'Analis SDM Aparatur Ahli Muda',
      kind: 'fungsional',
      level: 'ahli_muda',
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('lists with search and kind filter and counts holders', async () => {
    const unit = await createUnit(ctx, tenantId, 'Badan Kepegawaian Daerah');
    const employee = await buildEmployee(ctx, tenantId, { unit: unit });
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('employee').set({ position_id: analis }).where('id', '=', employee.id).execute(),
    );
    await call(admin, 'POST', '/positions', { name: 'Pengadministrasi Umum', kind: 'pelaksana' });
    const found = (await call(admin, 'GET', '/positions?q=analis')).json();
    expect(found).toMatchObject({ total: 1, items: [{ id: analis, employeeCount: 1 }] });
    const pelaksana = (await call(admin, 'GET', '/positions?kind=pelaksana')).json();
    expect(pelaksana.items.map((p: { name: string }) => p.name)).toEqual(['Pengadministrasi Umum']);
  });

  it("updates a position and its holders' kind and jenjang in one step", async () => {
    const response = await call(admin, 'PUT', `/positions/${analis}`, {
      name: 'Analis SDM Aparatur Ahli Madya',
      kind: 'fungsional',
      level: 'ahli_madya',
    });
    expect(response.statusCode, response.body).toBe(200);
    const holder = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('employee')
        .select(['position_kind', 'position_level'])
        .where('position_id', '=', analis)
        .execute(),
    );
    expect(holder).toEqual([{ position_kind: 'fungsional', position_level: 'ahli_madya' }]);
    const audit = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('audit_log').select('data').where('action', '=', 'position.updated').execute(),
    );
    expect(audit.at(-1)?.data).toMatchObject({
      name: 'Analis SDM Aparatur Ahli Madya',
      changes: {
        name: { before: 'Analis SDM Aparatur Ahli Muda', after: 'Analis SDM Aparatur Ahli Madya' },
        level: { before: 'ahli_muda', after: 'ahli_madya' },
      },
      holdersChanged: 1,
    });
  });

  it('refuses a name taken by another position on update', async () => {
    const response = await call(admin, 'PUT', `/positions/${analis}`, {
      name: 'Pengadministrasi Umum',
      kind: 'pelaksana',
    });
    expect(response.statusCode).toBe(409);
  });

  it("answers 404 for another government's position", async () => {
    const other = await createTenant(ctx);
    const otherAdmin = await apiAs(ctx, 'admin', other.id);
    const response = await call(otherAdmin, 'PUT', `/positions/${analis}`, {
      name: 'Dibajak',
      kind: 'pelaksana',
    });
    expect(response.statusCode).toBe(404);
    expect((await positions()).map((p) => p.name)).not.toContain('Dibajak');
  });

  it('leaves positions to admins of the whole government: a scoped admin reads but cannot change', async () => {
    const unit = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
    const scoped = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: unit.id });
    expect((await call(scoped, 'GET', '/positions')).json().total).toBe(2);
    const create = await call(scoped, 'POST', '/positions', {
      name: 'Dokter Ahli Muda',
      kind: 'fungsional',
      level: 'ahli_muda',
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().detail).toContain('hanya admin tanpa batasan unit kerja');
    expect(
      (await call(scoped, 'PUT', `/positions/${analis}`, { name: 'X Y', kind: 'pelaksana' })).statusCode,
    ).toBe(403);
    const pegawai = await apiAs(ctx, 'pegawai', tenantId);
    expect((await call(pegawai, 'POST', '/positions', { name: 'X Y', kind: 'pelaksana' })).statusCode).toBe(
      403,
    );
  });
});
