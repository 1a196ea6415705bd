import { sql } from 'kysely';
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

type Body = Record<string, unknown>;

function call(
  session: LoggedIn,
  method: 'POST' | 'PATCH' | 'GET',
  url: string,
  payload?: Body,
  locale = 'id',
) {
  return ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...session.headers, 'accept-language': locale },
    ...(payload ? { payload } : {}),
  });
}

async function create(session: LoggedIn, name: string, parentId: number | null = null, kind = 'dinas') {
  const response = await call(session, 'POST', '/units', { name, kind, parentId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; path: number[]; parentId: number | null };
}

const rename = (session: LoggedIn, id: number, name: string) =>
  call(session, 'PATCH', `/units/${id}`, { name });
const move = (session: LoggedIn, id: number, parentId: number | null) =>
  call(session, 'POST', `/units/${id}/move`, { parentId });
const close = (session: LoggedIn, id: number, closedOn: string, moveEmployeesTo: number | null = null) =>
  call(session, 'POST', `/units/${id}/close`, { closedOn, moveEmployeesTo });

async function units(id = tenantId) {
  return withTenant(ctx.db, id, (tx) =>
    tx.selectFrom('unit').select(['id', 'parent_id', 'path', 'name', 'closed_on']).orderBy('id').execute(),
  );
}

/** Units whose stored path is not the chain of their parents: must always be none. */
async function inconsistentPaths(id = tenantId) {
  const rows = await withTenant(ctx.db, id, (tx) =>
    sql<{ id: number }>`
      with recursive chain as (
        select id, array[id] as computed from unit where parent_id is null
        union all
        select u.id, c.computed || u.id from unit u join chain c on u.parent_id = c.id
        where cardinality(c.computed) < 50
      )
      select u.id from unit u left join chain c on c.id = u.id
      where c.computed is distinct from u.path`.execute(tx),
  );
  return rows.rows.map((row) => row.id);
}

async function auditOf(action: string, entityId: number) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('audit_log')
      .select(['action', 'data', 'actor_account_id'])
      .where('action', '=', action)
      .where('entity_id', '=', String(entityId))
      .execute(),
  );
}

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
/** A past effective date within the year a closure may be dated back (CLOSE_MAX_YEARS_BACK). */
const CLOSED_ON = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);

describe('creating and renaming units', () => {
  it('creates an OPD and a bidang below it, with paths and audit entries naming the parent', async () => {
    const dinas = await create(admin, 'Dinas Pendidikan');
    const bidang = await create(admin, '  Bidang   Pembinaan SD ', dinas.id, 'bidang');
    expect(dinas.path).toEqual([dinas.id]);
    expect(bidang).toMatchObject({
      parentId: dinas.id,
      path: [dinas.id, bidang.id],
      name: 'Bidang Pembinaan SD',
    });
    const [entry] = await auditOf('unit.created', bidang.id);
    expect(entry?.data).toMatchObject({
      name: 'Bidang Pembinaan SD',
      kind: 'bidang',
      parentName: 'Dinas Pendidikan',
    });
  });

  it('refuses a sibling name that differs only in case and spaces, with a translated 409', async () => {
    await create(admin, 'Dinas Sosial');
    const response = await call(admin, 'POST', '/units', {
      name: 'dinas  SOSIAL',
      kind: 'dinas',
      parentId: null,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe(
      'Sudah ada unit bernama "dinas SOSIAL" di bawah induk yang sama (termasuk unit yang sudah ditutup).',
    );
    const english = await call(
      admin,
      'POST',
      '/units',
      { name: 'Dinas Sosial', kind: 'dinas', parentId: null },
      'en',
    );
    expect(english.json().detail).toContain('There is already a unit named');
  });

  it('refuses bad input with a translated 400 and writes nothing', async () => {
    const before = await units();
    for (const payload of [
      { name: '', kind: 'dinas', parentId: null },
      { name: 'Dinas Baru', kind: 'kantor', parentId: null },
      { name: 'Dinas Baru', kind: 'dinas' },
      { name: 'Dinas Baru', kind: 'dinas', parentId: null, closedOn: CLOSED_ON },
      { name: 'x'.repeat(151), kind: 'dinas', parentId: null },
    ]) {
      const response = await call(admin, 'POST', '/units', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors[0].message).not.toMatch(/expected|Invalid/);
    }
    const missingParent = await call(admin, 'POST', '/units', {
      name: 'Dinas Baru',
      kind: 'dinas',
      parentId: 999999,
    });
    expect(missingParent.statusCode).toBe(404);
    expect(await units()).toEqual(before);
  });

  it('renames a unit and records the old and new names', async () => {
    const unit = await create(admin, 'Dinas Perhubungn');
    const response = await rename(admin, unit.id, 'Dinas Perhubungan');
    expect(response.statusCode).toBe(200);
    expect(response.json().name).toBe('Dinas Perhubungan');
    const [entry] = await auditOf('unit.renamed', unit.id);
    expect(entry?.data).toMatchObject({
      before: 'Dinas Perhubungn',
      after: 'Dinas Perhubungan',
      parentName: null,
    });
    expect((await rename(admin, unit.id, 'Dinas Sosial')).statusCode).toBe(409);
  });
});

describe('moving units', () => {
  it('moves a bidang with its seksi to another dinas, rewriting every path below it', async () => {
    const from = await create(admin, 'Dinas Kebudayaan');
    const to = await create(admin, 'Dinas Pariwisata dan Kebudayaan');
    const bidang = await create(admin, 'Bidang Cagar Budaya', from.id, 'bidang');
    const seksi = await create(admin, 'Seksi Museum', bidang.id, 'seksi');
    const response = await move(admin, bidang.id, to.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ parentId: to.id, path: [to.id, bidang.id] });
    const after = await units();
    expect(after.find((u) => u.id === seksi.id)?.path).toEqual([to.id, bidang.id, seksi.id]);
    expect(await inconsistentPaths()).toEqual([]);
    const [entry] = await auditOf('unit.moved', bidang.id);
    expect(entry?.data).toMatchObject({
      name: 'Bidang Cagar Budaya',
      from: { path: ['Dinas Kebudayaan'] },
      to: { path: ['Dinas Pariwisata dan Kebudayaan'] },
      units: 2,
    });
  });

  it('shows the move in the audit log of an admin limited to the old place and one limited to the new', async () => {
    const from = await create(admin, 'Dinas Asal Audit');
    const to = await create(admin, 'Dinas Tujuan Audit');
    const bidang = await create(admin, 'Bidang Pindah Audit', from.id, 'bidang');
    expect((await move(admin, bidang.id, to.id)).statusCode).toBe(200);
    for (const scope of [from.id, to.id]) {
      const reader = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: scope });
      const entries = (await call(reader, 'GET', `/audit?entity=unit&entityId=${bidang.id}`)).json().items;
      expect(entries.map((e: { action: string }) => e.action)).toContain('unit.moved');
    }
  });

  it('refuses a move into the unit itself or below it (a cycle), and to where it already is', async () => {
    const top = await create(admin, 'Badan Kepegawaian');
    const mid = await create(admin, 'Bidang Mutasi', top.id, 'bidang');
    const low = await create(admin, 'Seksi Pensiun', mid.id, 'seksi');
    for (const [id, parent] of [
      [top.id, low.id],
      [top.id, top.id],
      [mid.id, low.id],
    ] as const) {
      const response = await move(admin, id, parent);
      expect(response.statusCode).toBe(409);
      expect(response.json().detail).toBe(
        'Unit tidak dapat dipindah ke bawah dirinya sendiri atau ke salah satu sub-unitnya.',
      );
    }
    expect((await move(admin, mid.id, top.id)).json().detail).toBe(
      'Unit sudah berada di bawah induk tersebut.',
    );
    expect(await inconsistentPaths()).toEqual([]);
  });

  it('keeps every path consistent when many moves race, crossing ones included', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 8; i++) ids.push((await create(admin, `Dinas Uji Balap ${i}`)).id);
    for (let i = 0; i < 8; i++) ids.push((await create(admin, `Bidang Uji Balap ${i}`, ids[i], 'bidang')).id);
    // Each pair tries to put a under b and b under a at once: at most one of them may win.
    const moves = [];
    for (let i = 0; i < 16; i++) {
      const a = ids[i] as number;
      const b = ids[(i * 5 + 3) % 16] as number;
      moves.push(move(admin, a, b), move(admin, b, a));
    }
    const results = await Promise.all(moves);
    expect(
      results.every((r) => [200, 409].includes(r.statusCode)),
      results.map((r) => r.body).join('\n'),
    ).toBe(true);
    expect(results.some((r) => r.statusCode === 200)).toBe(true);
    expect(await inconsistentPaths()).toEqual([]);
  });
});

describe('closing units', () => {
  let dinas: { id: number; path: number[] };
  let bidang: { id: number; path: number[] };
  let target: { id: number; path: number[] };
  let employees: number[];

  beforeAll(async () => {
    dinas = await create(admin, 'Dinas Pemakaman');
    bidang = await create(admin, 'Bidang Pertamanan', dinas.id, 'bidang');
    target = await create(admin, 'Dinas Lingkungan Hidup');
    employees = [
      (await buildEmployee(ctx, tenantId, { unit: dinas, birthDate: '1980-01-01' })).id,
      (await buildEmployee(ctx, tenantId, { unit: bidang, birthDate: '1981-01-01' })).id,
    ];
  });

  it('blocks closing a unit that still holds employees, saying how many, and changes nothing', async () => {
    const response = await close(admin, dinas.id, today());
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe(
      'Unit ini dan sub-unitnya masih memiliki 2 pegawai. Pilih unit tujuan untuk memindahkan mereka, lalu tutup.',
    );
    expect((await units()).filter((u) => u.closed_on !== null)).toEqual([]);
  });

  it('refuses a date more than a year back and a day not in the calendar; the unit stays open', async () => {
    const tooOld = await close(admin, dinas.id, '1900-01-01', target.id);
    expect(tooOld.statusCode).toBe(409);
    expect(tooOld.json().detail).toContain('(1900-01-01) lebih dari setahun yang lalu');
    const noSuchDay = await close(admin, dinas.id, '2026-02-31', target.id);
    expect(noSuchDay.statusCode).toBe(400);
    expect(noSuchDay.json().errors).toEqual([
      { path: 'body/closedOn', message: 'Tanggal "2026-02-31" tidak ada dalam kalender.' },
    ]);
    const unit = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('unit').select('closed_on').where('id', '=', dinas.id).executeTakeFirstOrThrow(),
    );
    expect(unit.closed_on).toBeNull();
  });

  it('refuses a future date, and moving the employees into the closing subtree', async () => {
    expect((await close(admin, dinas.id, '2999-01-01', target.id)).json().detail).toContain(
      'tidak boleh sesudah hari ini',
    );
    expect((await close(admin, dinas.id, CLOSED_ON, bidang.id)).json().detail).toContain(
      'di dalam unit yang akan ditutup',
    );
  });

  it('closes the unit with its sub-units and moves their employees in one step', async () => {
    const response = await close(admin, dinas.id, CLOSED_ON, target.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      closedUnits: 2,
      movedEmployees: 2,
      unit: { closedOn: CLOSED_ON },
    });
    const placed = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('employee').select('unit_id').where('id', 'in', employees).execute(),
    );
    expect(placed.map((e) => e.unit_id)).toEqual([target.id, target.id]);
    const [entry] = await auditOf('unit.closed', dinas.id);
    expect(entry?.data).toMatchObject({
      name: 'Dinas Pemakaman',
      closedOn: CLOSED_ON,
      movedEmployees: 2,
      closedUnits: [
        { id: dinas.id, name: 'Dinas Pemakaman' },
        { id: bidang.id, name: 'Bidang Pertamanan' },
      ],
      target: { id: target.id, path: ['Dinas Lingkungan Hidup'] },
    });
  });

  it('hides closed units from the unit list unless asked, and keeps them in the database', async () => {
    const listed = (await call(admin, 'GET', '/units')).json().items.map((u: { id: number }) => u.id);
    expect(listed).not.toContain(dinas.id);
    expect(listed).not.toContain(bidang.id);
    const all = (await call(admin, 'GET', '/units?includeClosed=true')).json().items;
    expect(all.find((u: { id: number }) => u.id === bidang.id)).toMatchObject({ closedOn: CLOSED_ON });
  });

  it('lets nothing be added under, renamed in, moved into or closed again in a closed unit', async () => {
    const child = await call(admin, 'POST', '/units', {
      name: 'Seksi Baru',
      kind: 'seksi',
      parentId: bidang.id,
    });
    expect(child.json().detail).toBe('Unit induk yang dipilih sudah ditutup.');
    expect((await rename(admin, bidang.id, 'Bidang Lama')).json().detail).toBe(
      'Unit ini sudah ditutup dan tidak dapat diubah lagi.',
    );
    expect((await move(admin, target.id, dinas.id)).statusCode).toBe(409);
    expect((await close(admin, dinas.id, CLOSED_ON)).json().detail).toBe('Unit ini sudah ditutup.');
    // The name stays taken: an import naming it finds the closed unit instead of a new twin.
    expect(
      (await call(admin, 'POST', '/units', { name: 'Dinas Pemakaman', kind: 'dinas', parentId: null }))
        .statusCode,
    ).toBe(409);
  });

  it('refuses an import row that places someone in the closed unit, and places the others', async () => {
    const lines = [
      'nip;nama;unit_kerja',
      '198503122010011003;Budi Santoso;Dinas Pemakaman / Bidang Pertamanan',
      '199001152015032001;Siti Rahmawati;Dinas Lingkungan Hidup',
      '198707202012121002;Rudi Hartono;DINAS PEMAKAMAN / Bidang Baru',
    ];
    const job = await importFile(admin, 'employees', lines.join('\n'));
    expect(job.result).toMatchObject({ rows: 3, inserted: 1, invalid: 2 });
    const issues = (await call(admin, 'GET', `/imports/${job.id}/issues`)).json().items;
    expect(
      issues.map((i: { rowNumber: number; column: string; message: string }) => [
        i.rowNumber,
        i.column,
        i.message,
      ]),
    ).toEqual([
      [
        2,
        'unit_kerja',
        expect.stringContaining(`Unit kerja "Dinas Pemakaman" sudah ditutup sejak ${CLOSED_ON}`),
      ],
      [
        4,
        'unit_kerja',
        expect.stringContaining(`Unit kerja "Dinas Pemakaman" sudah ditutup sejak ${CLOSED_ON}`),
      ],
    ]);
    expect((await units()).some((u) => u.name === 'Bidang Baru')).toBe(false);
  });
});

async function importFile(session: LoggedIn, kind: string, content: string) {
  const boundary = '----jenjangUnitTest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${kind}.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/imports/${kind}`,
    payload,
    headers: { ...session.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(response.statusCode, response.body).toBe(202);
  await ctx.jobs.idle();
  return (await call(session, 'GET', `/jobs/${response.json().id}`)).json();
}

describe('reach', () => {
  let scoped: LoggedIn;
  let opd: { id: number; path: number[] };
  let otherOpd: { id: number; path: number[] };

  beforeAll(async () => {
    opd = await createUnit(ctx, tenantId, 'Dinas Kesehatan');
    otherOpd = await createUnit(ctx, tenantId, 'Dinas Pekerjaan Umum');
    scoped = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: opd.id });
  });

  it('lets an OPD-scoped admin manage units inside its OPD', async () => {
    const puskesmas = await create(scoped, 'UPT Puskesmas Pancur', opd.id, 'upt');
    expect((await rename(scoped, puskesmas.id, 'UPT Puskesmas Pancur Baru')).statusCode).toBe(200);
  });

  it('refuses an OPD-scoped admin a unit at the top or anywhere outside its OPD, writing nothing', async () => {
    const before = await units();
    const top = await call(scoped, 'POST', '/units', { name: 'Dinas Liar', kind: 'dinas', parentId: null });
    expect(top.statusCode).toBe(403);
    expect(top.json().detail).toContain('Hanya admin seluruh pemerintah daerah');
    const elsewhere = await call(scoped, 'POST', '/units', {
      name: 'Bidang Liar',
      kind: 'bidang',
      parentId: otherOpd.id,
    });
    expect(elsewhere.statusCode).toBe(403);
    expect((await rename(scoped, otherOpd.id, 'Dinas PU')).statusCode).toBe(403);
    expect((await close(scoped, otherOpd.id, CLOSED_ON)).statusCode).toBe(403);
    // Moving its own unit out of its subtree, or another OPD into it.
    expect((await move(scoped, opd.id, otherOpd.id)).statusCode).toBe(403);
    expect((await move(scoped, opd.id, null)).statusCode).toBe(403);
    expect((await move(scoped, otherOpd.id, opd.id)).statusCode).toBe(403);
    expect(await units()).toEqual(before);
  });

  it('refuses an OPD-scoped admin its own OPD: renaming, closing or moving it is the government’s', async () => {
    const before = await units();
    const renamed = await rename(scoped, opd.id, 'Dinas Kesehatan dan KB');
    expect(renamed.statusCode).toBe(403);
    expect(renamed.json().detail).toBe(
      'Unit "Dinas Kesehatan" adalah cakupan akun Anda sendiri: mengganti nama, memindahkan, atau menutupnya adalah keputusan admin seluruh pemerintah daerah. Anda dapat mengubah unit di bawahnya.',
    );
    expect((await close(scoped, opd.id, CLOSED_ON)).statusCode).toBe(403);
    expect(await units()).toEqual(before);
    // A bidang inside it stays its own to rename, move within and close.
    const bidang = await create(scoped, 'Bidang Promosi Kesehatan', opd.id, 'bidang');
    const seksi = await create(scoped, 'Seksi Penyuluhan', opd.id, 'seksi');
    expect((await rename(scoped, bidang.id, 'Bidang Promkes')).statusCode).toBe(200);
    expect((await move(scoped, seksi.id, bidang.id)).statusCode).toBe(200);
    expect((await close(scoped, bidang.id, CLOSED_ON)).statusCode).toBe(200);
    // The government's admin still may.
    expect((await rename(admin, opd.id, 'Dinas Kesehatan')).statusCode).toBe(200);
  });

  it("answers 404 for another government's unit and parent", async () => {
    const other = await createTenant(ctx);
    const foreign = await createUnit(ctx, other.id, 'Dinas Asing');
    expect((await rename(admin, foreign.id, 'Dinas Asing Baru')).statusCode).toBe(404);
    expect((await move(admin, foreign.id, null)).statusCode).toBe(404);
    expect((await close(admin, foreign.id, CLOSED_ON)).statusCode).toBe(404);
    const under = await call(admin, 'POST', '/units', {
      name: 'Bidang Asing',
      kind: 'bidang',
      parentId: foreign.id,
    });
    expect(under.statusCode).toBe(404);
    expect((await units(other.id)).map((u) => u.name)).toEqual(['Dinas Asing']);
  });

  it('forbids roles without unit.manage', async () => {
    const pimpinan = await apiAs(ctx, 'pimpinan', tenantId);
    expect(
      (await call(pimpinan, 'POST', '/units', { name: 'Dinas X', kind: 'dinas', parentId: null })).statusCode,
    ).toBe(403);
  });
});
