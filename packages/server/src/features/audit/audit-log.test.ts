import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../test/api-as';
import { createAccount, type LoggedIn, login } from '../../../test/factories/account.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { withOwner } from '../../db/owner';
import { appendAudit } from './audit.repository';

// The audit log as an inspector reads it: within the reader's reach, named, filtered by who, what
// and when (the government's days), and exported.

let ctx: TestContext;
let tenant: { id: number; code: string };
let admin: LoggedIn;
let adminId: number;
let auditor: LoggedIn;
let opdAdmin: LoggedIn;
let opd: { id: number; path: number[] };
let otherOpd: { id: number; path: number[] };
const created: Record<string, number> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  tenant = await createTenant(ctx);
  opd = await createUnit(ctx, tenant.id, 'Dinas Pendidikan');
  otherOpd = await createUnit(ctx, tenant.id, 'Dinas Kesehatan');
  const adminAccount = await createAccount(ctx, tenant.id, 'admin', { username: 'admin.audit' });
  adminId = adminAccount.id;
  admin = await login(ctx, adminAccount.username);
  auditor = await apiAs(ctx, 'auditor', tenant.id, { username: 'auditor.itda' });
  opdAdmin = await login(
    ctx,
    (await createAccount(ctx, tenant.id, 'admin', { username: 'admin.disdik', scopeUnitId: opd.id }))
      .username,
  );
  for (const [username, unit] of [
    ['guru.satu', opd],
    ['perawat.satu', otherOpd],
  ] as const) {
    const response = await call(admin, '/accounts', 'POST', {
      username,
      displayName: `=HYPERLINK("http://x") ${username}`,
      role: 'pegawai',
      scopeUnitId: unit.id,
    });
    created[username] = response.json().accountId;
  }
});
afterAll(() => ctx.close());

function call(session: LoggedIn, url: string, method: 'GET' | 'POST' | 'PATCH' = 'GET', payload?: object) {
  return ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });
}

type Entry = {
  action: string;
  entityId: string | null;
  subject: string | null;
  actor: { username: string } | null;
};
const page = async (session: LoggedIn, query = '') =>
  (await call(session, `/audit?pageSize=200${query}`)).json();

describe('reach', () => {
  it('shows an OPD-scoped admin only the history of its subtree, and no chain head', async () => {
    const body = await page(opdAdmin);
    const about = body.items.map((e: Entry) => `${e.action} ${e.subject}`);
    expect(about).toContain(`account.created =HYPERLINK("http://x") guru.satu (guru.satu)`);
    expect(about.some((line: string) => line.includes('perawat.satu'))).toBe(false);
    expect(about.some((line: string) => line.includes('admin.audit'))).toBe(false);
    // Its own sign-in is about its account, which sits in its OPD.
    expect(about).toContain('auth.login Akun admin (admin.disdik)');
    expect(body.head).toBeNull();
  });

  it('shows an OPD-scoped admin the history of its own unit’s surveys, not another OPD’s', async () => {
    const surveyIn = async (unit: { id: number }, title: string) =>
      withTenant(ctx.db, tenant.id, async (tx) => {
        const instrument = await tx
          .insertInto('instrument')
          .values({ tenant_id: tenant.id, kind: 'custom', title, owner_unit_id: unit.id })
          .returning('id')
          .executeTakeFirstOrThrow();
        const survey = await tx
          .insertInto('survey')
          .values({
            tenant_id: tenant.id,
            instrument_id: instrument.id,
            title,
            mode: 'identified',
            audience: JSON.stringify({ kind: 'criteria', unitIds: [unit.id] }),
            service_unit_id: null,
            service_name: null,
            public_code: null,
            min_group_size: 5,
            owner_unit_id: unit.id,
            created_by: adminId,
            archived_at: null,
            archived_by: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await appendAudit(tx, tenant.id, {
          actorAccountId: adminId,
          action: 'survey.created',
          entity: 'survey',
          entityId: survey.id,
        });
      });
    await surveyIn(opd, 'Survei Disdik');
    await surveyIn(otherOpd, 'Survei Dinkes');
    const about = (await page(opdAdmin)).items.map((e: Entry) => `${e.action} ${e.subject}`);
    expect(about).toContain('survey.created Survei Disdik');
    expect(about).not.toContain('survey.created Survei Dinkes');
  });

  it('shows an auditor and an admin of the whole government every entry, with the head', async () => {
    for (const session of [auditor, admin]) {
      const body = await page(session);
      const total = await withTenant(ctx.db, tenant.id, (tx) =>
        tx
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      );
      expect(body.total).toBe(Number(total.n));
      expect(body.head).toMatchObject({ tenant: tenant.code, seq: Number(total.n) });
      expect(body.head.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('names', () => {
  it('keeps the name a thing had when the entry was written', async () => {
    const id = created['guru.satu']!;
    await call(admin, `/accounts/${id}`, 'PATCH', { displayName: 'Guru Berganti Nama' });
    const entries = (await page(admin, `&entity=account&entityId=${id}`)).items as Entry[];
    expect(entries.map((e) => e.action)).toEqual([
      'account.updated',
      'account.passwordLinkIssued',
      'account.created',
    ]);
    expect(entries[2]!.subject).toBe('=HYPERLINK("http://x") guru.satu (guru.satu)');
    expect(entries[0]!.subject).toBe('Guru Berganti Nama (guru.satu)');
  });

  it('names what an older entry touched by what it is called now', async () => {
    await withTenant(ctx.db, tenant.id, (tx) =>
      appendAudit(tx, tenant.id, {
        actorAccountId: null,
        action: 'unit.renamed',
        entity: 'unit',
        entityId: otherOpd.id,
        subject: null,
        unitPath: null,
      }),
    );
    const [entry] = (await page(admin, `&action=unit.renamed`)).items as Entry[];
    expect(entry!.subject).toBe('Dinas Kesehatan');
    expect(entry!.actor).toBeNull();
  });
});

describe('details', () => {
  it("gives a refusal's reason in the reader's language when it is a message of the server", async () => {
    await withTenant(ctx.db, tenant.id, (tx) =>
      appendAudit(tx, tenant.id, {
        actorAccountId: adminId,
        action: 'import.refused',
        entity: 'import',
        data: { kind: 'employee', file: 'kosong.csv', reason: 'import.noHeader' },
      }),
    );
    const latest = async (language: string) =>
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/audit?pageSize=1&action=import.refused',
          headers: { ...admin.headers, 'accept-language': language },
        })
      ).json().items[0];
    const id = await latest('id');
    expect(id.data.reason).toBe('import.noHeader');
    expect(id.reasonText).toMatch(/judul kolom/i);
    expect((await latest('en')).reasonText).toMatch(/header/i);
  });
});

describe('filters', () => {
  it('narrows by action or action group, actor, and thing', async () => {
    const accounts = (await page(admin, '&action=account')).items as Entry[];
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts.every((e) => e.action.startsWith('account.'))).toBe(true);
    const logins = (await page(admin, '&action=auth.login')).items as Entry[];
    expect(new Set(logins.map((e) => e.action))).toEqual(new Set(['auth.login']));
    const byAdmin = (await page(admin, `&actor=${adminId}&action=account.created`)).items as Entry[];
    expect(byAdmin).toHaveLength(2);
    expect(byAdmin.every((e) => e.actor?.username === 'admin.audit')).toBe(true);
  });

  it("reads dates as days on the government's clock", async () => {
    const papua = await createTenant(ctx);
    await withOwner(ctx.urls, (owner) =>
      owner.updateTable('tenant').set({ time_zone: 'Asia/Jayapura' }).where('id', '=', papua.id).execute(),
    );
    const reader = await apiAs(ctx, 'auditor', papua.id);
    // 23:30 and 00:30 WIT (UTC+9) on either side of midnight between 5 and 6 January.
    await withTenant(ctx.db, papua.id, async (tx) => {
      for (const [seq, at] of [
        [100, '2026-01-05T14:30:00Z'],
        [101, '2026-01-05T15:30:00Z'],
      ] as const) {
        await tx
          .insertInto('audit_log')
          .values({
            tenant_id: papua.id,
            seq,
            at,
            actor_account_id: null,
            action: 'demo.loaded',
            entity: 'tenant',
            entity_id: null,
            data: '{}',
            unit_path: null,
            subject: null,
            prev_hash: '0',
            hash: String(seq),
          })
          .execute();
      }
    });
    const seqs = async (query: string) =>
      ((await page(reader, `&action=demo.loaded${query}`)).items as { seq: number }[]).map((e) => e.seq);
    expect(await seqs('&from=2026-01-06&to=2026-01-06')).toEqual([101]);
    expect(await seqs('&to=2026-01-05')).toEqual([100]);
    expect(await seqs('&from=2026-01-05')).toEqual([101, 100]);
  });

  it('refuses a range that ends before it begins, in the reader’s language', async () => {
    const response = await call(admin, '/audit?from=2026-02-01&to=2026-01-01');
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe(
      'Tanggal awal (2026-02-01) jatuh setelah tanggal akhir (2026-01-01).',
    );
    const impossible = await call(admin, '/audit?from=2026-02-31');
    expect(impossible.statusCode).toBe(400);
  });
});

async function workbook(session: LoggedIn, query: string, language = 'id') {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/audit/export.xlsx${query}`,
    headers: { ...session.headers, 'accept-language': language },
  });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return { response, book };
}

const values = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .filter(Boolean)
    .map((row) => (row as unknown[]).slice(1));

describe('export', () => {
  it('writes the filtered entries translated, neutralised, with the chain head', async () => {
    const { response, book } = await workbook(admin, '?action=account.created');
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`log-audit-${tenant.code}-\\d{4}-\\d{2}-\\d{2}\\.xlsx`),
    );
    const [entries, head] = book.worksheets;
    const rows = values(entries!);
    expect(rows[0]).toEqual([
      'No.',
      'Waktu (WIB)',
      'Pelaku',
      'Nama pengguna pelaku',
      'Tindakan',
      'Kode tindakan',
      'Jenis objek',
      'ID objek',
      'Objek',
      'Rincian',
      'Hash entri',
    ]);
    expect(entries!.getRow(1).font?.bold).toBe(true);
    expect(entries!.autoFilter).toBeTruthy();
    expect(entries!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(
      expect.arrayContaining([
        'Akun dibuat',
        'account.created',
        'Akun',
        `'=HYPERLINK("http://x") perawat.satu (perawat.satu)`,
      ]),
    );
    expect(String(rows[1]![1])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} WIB$/);
    const facts = Object.fromEntries(values(head!).slice(1) as [string, unknown][]);
    const current = (await page(admin)).head;
    expect(facts['Kepala rantai: nomor entri']).toBe(current.seq);
    expect(facts['Kepala rantai: hash']).toBe(current.hash);
    expect(facts['Kepala rantai: hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(facts.Filter).toBe('Tindakan: Akun dibuat');
    expect(facts['Jumlah entri']).toBe(2);
  });

  it('speaks English when asked and falls back to the code for an unknown action', async () => {
    await withTenant(ctx.db, tenant.id, (tx) =>
      tx
        .insertInto('audit_log')
        .values({
          tenant_id: tenant.id,
          seq: 100_000,
          at: new Date(),
          actor_account_id: null,
          action: 'future.thing',
          entity: 'gadget',
          entity_id: '1',
          data: '{}',
          unit_path: null,
          subject: null,
          prev_hash: '0',
          hash: 'x',
        })
        .execute(),
    );
    const { book } = await workbook(admin, '?action=future', 'en');
    const rows = values(book.worksheets[0]!);
    expect(rows[0]![4]).toBe('Action');
    expect(rows[1]).toEqual(expect.arrayContaining(['future.thing', 'gadget']));
  });

  it('gives an OPD-scoped admin its subtree only, without the head', async () => {
    const { book } = await workbook(opdAdmin, '?action=account.created');
    const rows = values(book.worksheets[0]!);
    expect(rows).toHaveLength(2);
    expect(String(rows[1]![8])).toContain('guru.satu');
    const facts = Object.fromEntries(values(book.worksheets[1]!).slice(1) as [string, unknown][]);
    expect(facts['Kepala rantai: hash']).toBeUndefined();
  });

  it('is refused to roles without the audit log', async () => {
    const pegawai = await apiAs(ctx, 'pegawai', tenant.id);
    expect((await call(pegawai, '/audit/export.xlsx')).statusCode).toBe(403);
  });
});
