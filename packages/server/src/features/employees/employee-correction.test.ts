import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import type { LoggedIn } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition, createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

let ctx: TestContext;
let tenantId: number;
let admin: LoggedIn;
let education: { id: number; path: number[] };
let health: { id: number; path: number[] };
let employeeId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  education = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
  health = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
  // NIP 198503122010011003: born 12 March 1985, TMT CPNS January 2010, male.
  employeeId = (
    await buildEmployee(ctx, tenantId, { name: 'Budi Santoso', unitId: education.id, sequence: 3 })
  ).id;
  admin = await apiAs(ctx, 'admin', tenantId);
});
afterAll(() => ctx.close());

async function read(session: LoggedIn = admin, id = employeeId) {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/employees/${id}`,
    headers: session.headers,
  });
  return response.json();
}

function correct(session: LoggedIn, payload: object, id = employeeId, locale = 'id') {
  return ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/employees/${id}`,
    headers: { ...session.headers, 'accept-language': locale },
    payload,
  });
}

async function stored() {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('employee')
      .select([
        'name',
        'front_title',
        'golongan',
        'golongan_rank',
        'unit_id',
        'position_id',
        'position_kind',
        'tmt_jabatan',
        'status',
      ])
      .where('id', '=', employeeId)
      .executeTakeFirstOrThrow(),
  );
}

async function corrections() {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('audit_log')
      .select(['data', 'actor_account_id'])
      .where('action', '=', 'employee.corrected')
      .orderBy('seq')
      .execute(),
  );
}

describe('correcting an employee', () => {
  it('changes the fields sent, and audits only those that changed, before and after', async () => {
    const position = await buildPosition(ctx, tenantId, {
      name: 'Analis SDM Aparatur Ahli Muda',
      kind: 'fungsional',
      level: 'ahli_muda',
    });
    const { version } = await read();
    const response = await correct(admin, {
      version,
      name: 'Budi  Santoso',
      frontTitle: 'Drs.',
      golongan: 'iii/c',
      unitId: health.id,
      positionId: position.id,
      tmtJabatan: '2022-01-03',
      birthDate: '1985-03-12',
      sex: 'M',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.changed.sort()).toEqual(['frontTitle', 'golongan', 'positionId', 'tmtJabatan', 'unitId']);
    expect(body.employee).toMatchObject({
      fullName: 'Drs. Budi Santoso',
      golongan: 'III/c',
      unitId: health.id,
      unitPath: ['Dinas Kesehatan'],
      positionName: 'Analis SDM Aparatur Ahli Muda',
      positionKind: 'fungsional',
    });
    expect(body.employee.version).not.toBe(version);
    expect(await stored()).toMatchObject({
      golongan: 'III/c',
      golongan_rank: 11,
      position_kind: 'fungsional',
    });
    const [entry] = await corrections();
    expect(entry?.data).toEqual({
      nip: '198503122010011003',
      name: 'Budi Santoso',
      changes: {
        frontTitle: { before: null, after: 'Drs.' },
        golongan: { before: 'III/a', after: 'III/c' },
        tmtJabatan: { before: null, after: '2022-01-03' },
        unitId: {
          before: { id: education.id, name: 'Dinas Pendidikan' },
          after: { id: health.id, name: 'Dinas Kesehatan' },
        },
        positionId: {
          before: { id: null, name: null },
          after: { id: position.id, name: 'Analis SDM Aparatur Ahli Muda' },
        },
      },
    });
  });

  it('refuses a stale version with a translated 409 and keeps the newer data', async () => {
    const { version } = await read();
    expect((await correct(admin, { version, education: 'Magister Administrasi Publik' })).statusCode).toBe(
      200,
    );
    const stale = await correct(admin, { version, education: 'Sarjana Hukum' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain('sudah diubah orang lain');
    expect((await read()).education).toBe('Magister Administrasi Publik');
  });

  it('lets only one of two simultaneous corrections of the same version win', async () => {
    const { version } = await read();
    const results = await Promise.all([
      correct(admin, { version, educationLevel: 'S-2' }),
      correct(admin, { version, educationLevel: 'S-3' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('holds the record to the NIP and the import rules, with translated field errors, writing nothing', async () => {
    const before = await stored();
    const { version } = await read();
    const response = await correct(
      admin,
      { version, birthDate: '1985-03-13', sex: 'F', golongan: 'XX', tmtGolongan: '1970-01-01' },
      employeeId,
      'en',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe('4 fields need correcting. Nothing was saved.');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body/birthDate',
      'body/sex',
      'body/golongan',
      'body/tmtGolongan',
    ]);
    expect(response.json().errors[0].message).toContain('does not match the birth date in the NIP');
    for (const payload of [
      { version, nip: '199001152015032001' },
      { version, status: 'pensiun' },
      { name: 'X' },
    ]) {
      expect((await correct(admin, payload)).statusCode).toBe(400);
    }
    expect(await stored()).toEqual(before);
  });

  it('warns about a future date but saves it', async () => {
    const { version } = await read();
    const response = await correct(admin, { version, tmtGolongan: '2999-04-01' });
    expect(response.statusCode).toBe(200);
    expect(response.json().warnings).toEqual([
      { field: 'tmtGolongan', message: 'Tanggal 2999-04-01 jatuh di masa depan.' },
    ]);
  });

  it('refuses a closed unit, and an unknown unit or position', async () => {
    const closed = await createUnit(ctx, tenantId, 'Dinas Lama');
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('unit').set({ closed_on: '2025-12-31' }).where('id', '=', closed.id).execute(),
    );
    const { version } = await read();
    const response = await correct(admin, { version, unitId: closed.id });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe(
      'Unit kerja "Dinas Lama" sudah ditutup sejak 2025-12-31. Pilih unit yang masih aktif.',
    );
    expect((await correct(admin, { version, unitId: 999999 })).statusCode).toBe(400);
    expect((await correct(admin, { version, positionId: 999999 })).statusCode).toBe(400);
  });

  it('lets a scoped admin correct inside its OPD only, and never move someone out of it', async () => {
    const scoped = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: health.id });
    const { version } = await read(scoped);
    const moved = await correct(scoped, { version, unitId: education.id });
    expect(moved.statusCode).toBe(403);
    expect(moved.json().detail).toContain('Dinas Pendidikan');
    expect((await correct(scoped, { version, educationLevel: 'S-1' })).statusCode).toBe(200);
    const outside = (await buildEmployee(ctx, tenantId, { unit: education, birthDate: '1990-01-15' })).id;
    const hidden = await correct(scoped, { version: '1', name: 'Dibajak' }, outside);
    expect(hidden.statusCode).toBe(404);
  });

  it("answers 404 for another government's employee and refuses roles without employee.write", async () => {
    const other = await createTenant(ctx);
    const foreign = (await buildEmployee(ctx, other.id, { birthDate: '1970-07-07' })).id;
    expect((await correct(admin, { version: '1', name: 'Dibajak' }, foreign)).statusCode).toBe(404);
    const pimpinan = await apiAs(ctx, 'pimpinan', tenantId);
    expect((await correct(pimpinan, { version: '1', name: 'Dibajak' })).statusCode).toBe(403);
  });

  it('is overwritten by the next import of the fields its file carries, which changes the version', async () => {
    const { version } = await read();
    const boundary = '----jenjangCorrection';
    const csv = 'nip;nama;unit_kerja;golongan\n198503122010011003;Budi Santoso;Dinas Kesehatan;III/d\n';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.csv"\r\n\r\n`),
      Buffer.from(csv),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports/employees',
      payload,
      headers: { ...admin.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(upload.statusCode, upload.body).toBe(202);
    await ctx.jobs.idle();
    const after = await read();
    expect(after).toMatchObject({ golongan: 'III/d', frontTitle: 'Drs.' });
    expect((await correct(admin, { version, golongan: 'IV/a' })).statusCode).toBe(409);
  });
});
