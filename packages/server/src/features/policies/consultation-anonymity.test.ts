import { Writable } from 'node:stream';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { policyBody } from '../../../test/factories/policy.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { buildApp } from '../../app';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';

// Anonymous consultation input (migration 0037) against the guarantee of docs/privacy.md: nothing
// the application role can read links an anonymous comment or proposal to the employee who wrote
// it — no column, no transaction id, no order, no id, no time, no log line, no audit entry or
// event. A superuser connection stands in for what only the database's operator could see.

const K = 3;
let ctx: TestContext;
let clock: TestClock;
let tenantId: number;
let superuser: pg.Client;
let admin: TestApi;
let partner: TestApi;
let staff: TestApi[];
let otherAdmin: TestApi;

const inDays = (days: number) =>
  new Date(clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  clock = new TestClock(new Date());
  ctx = await createTestContext({ surveyMinGroupSize: K }, { clock });
  tenantId = (await createTenant(ctx)).id;
  const opd = await createUnit(ctx, tenantId, 'Dinas Uji Anonim');
  admin = await apiAs(ctx, 'admin', tenantId);
  partner = await apiAs(ctx, 'mitra', tenantId);
  staff = [];
  for (let i = 0; i < 5; i++) {
    staff.push(
      await apiAs(ctx, 'pegawai', tenantId, {
        employeeId: (await buildEmployee(ctx, tenantId, { unit: opd })).id,
      }),
    );
  }
  otherAdmin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
  const url = new URL(inject('adminUrl'));
  url.pathname = new URL(ctx.urls.ownerUrl).pathname;
  superuser = new pg.Client({ connectionString: url.toString() });
  await superuser.connect();
});
afterAll(async () => {
  await superuser.end();
  await ctx.close();
});

async function draftPolicy(title: string) {
  const policy = (
    await admin.post('/api/v1/policies', policyBody({ title, purpose: 'Uji masukan anonim.' }))
  ).json() as { id: number };
  const text = (
    await admin.post(`/api/v1/policies/${policy.id}/draft/provisions`, {
      parentId: null,
      afterId: null,
      label: 'Pasal 1',
      body: 'Mutasi pegawai diumumkan paling lambat tujuh hari sebelumnya.',
    })
  ).json() as { version: { id: number }; provisions: { provisionId: number }[] };
  return { id: policy.id, versionId: text.version.id, provisionId: text.provisions[0]!.provisionId };
}

async function openRound(
  policyId: number,
  options: { allowAnonymous?: boolean; audience?: Record<string, boolean> } = {},
) {
  const opened = await admin.post(`/api/v1/policies/${policyId}/transitions`, {
    transition: 'openConsultation',
    consultation: {
      closesOn: inDays(7),
      audience: options.audience ?? { employees: true, leaders: true, partners: true },
      allowAnonymous: options.allowAnonymous ?? true,
    },
  });
  return opened;
}

async function roundOf(api: TestApi, policyId: number) {
  const response = await api.get(`/api/v1/policies/${policyId}/consultations`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().rounds[0];
}

const ballot = (api: TestApi, policyId: number, roundId: number, app = ctx.app) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/policies/${policyId}/consultations/${roundId}/ballot`,
    headers: api.headers,
  });

/** Step 2 as the browser sends it: same origin, so the session cookie comes along — and is ignored. */
const send = (token: string, input: Record<string, unknown>, api?: TestApi, app = ctx.app) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/anonymous-consultation-input',
    headers: api ? { cookie: api.cookie } : {},
    payload: { token, provisionId: null, quote: null, kind: 'proposal', body: 'Usulan anonim.', ...input },
  });

async function sendAnonymously(api: TestApi, policyId: number, roundId: number, body: string) {
  const issued = await ballot(api, policyId, roundId);
  expect(issued.statusCode, issued.body).toBe(201);
  const sent = await send(issued.json().token, { body }, api);
  expect(sent.statusCode, sent.body).toBe(201);
}

/** Rows of a hidden table for a round, as only a superuser sees them. */
const hidden = async (table: 'consultation_inbox' | 'consultation_ballot', roundId: number) =>
  Number(
    (await superuser.query(`select count(*) from ${table} where round_id = $1`, [roundId])).rows[0].count,
  );

/** The next transaction id PostgreSQL will hand out (reading it takes none). */
const nextXid = async () =>
  Number((await superuser.query('select pg_snapshot_xmax(pg_current_snapshot())::text as x')).rows[0].x);

/** Every (table, xmin) of every row the application role may read, as it reads them. */
async function readableXmins(): Promise<{ table: string; xmin: number }[]> {
  const tables = await superuser.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
        and has_table_privilege('jenjang_app', c.oid, 'select')`,
  );
  const rows: { table: string; xmin: number }[] = [];
  await withTenant(ctx.db, tenantId, async (tx) => {
    for (const { name } of tables.rows) {
      const found = await sql<{ x: string }>`select xmin::text as x from ${sql.table(name)}`.execute(tx);
      for (const row of found.rows) rows.push({ table: name, xmin: Number(row.x) });
    }
  });
  return rows;
}

/** Audit entries, events, notifications and jobs of the tenant: none may come from anonymous input. */
const traces = () =>
  withTenant(ctx.db, tenantId, async (tx) => ({
    audit: (await tx.selectFrom('audit_log').select('id').execute()).length,
    events: (await tx.selectFrom('domain_event').select('id').execute()).length,
    notifications: (await tx.selectFrom('notification').select('id').execute()).length,
    jobs: (await tx.selectFrom('job').select('id').execute()).length,
  }));

describe('who may send anonymous input', () => {
  it('refuses a round that does not allow it, a partner, the uninvited and another government', async () => {
    const plain = await draftPolicy('Kebijakan Tanpa Anonim');
    expect((await openRound(plain.id, { allowAnonymous: false })).statusCode).toBe(200);
    const plainRound = await roundOf(staff[0]!, plain.id);
    expect(plainRound).toMatchObject({ allowAnonymous: false, canTakePartAnonymously: false });
    const refused = await ballot(staff[0]!, plain.id, plainRound.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('anonim');

    const partnersOnly = await draftPolicy('Kebijakan Mitra Saja');
    const noStaff = await admin.post(
      `/api/v1/policies/${partnersOnly.id}/transitions`,
      {
        transition: 'openConsultation',
        consultation: {
          closesOn: inDays(7),
          audience: { employees: false, leaders: false, partners: true },
          allowAnonymous: true,
        },
      },
      { locale: 'en' },
    );
    expect(noStaff.statusCode).toBe(400);
    expect(noStaff.json().detail).toContain('for staff');

    const leadersOnly = await draftPolicy('Kebijakan Pimpinan Saja');
    await openRound(leadersOnly.id, { audience: { employees: false, leaders: true, partners: false } });
    const leadersRound = await roundOf(admin, leadersOnly.id);
    expect((await ballot(staff[0]!, leadersOnly.id, leadersRound.id)).statusCode).toBe(403);

    const policy = await draftPolicy('Kebijakan Undangan Anonim');
    await openRound(policy.id);
    const round = await roundOf(staff[0]!, policy.id);
    expect(round).toMatchObject({ allowAnonymous: true, canTakePartAnonymously: true, minGroupSize: K });
    expect(await roundOf(partner, policy.id)).toMatchObject({
      canTakePart: true,
      canTakePartAnonymously: false,
    });
    expect((await ballot(partner, policy.id, round.id)).statusCode).toBe(403);
    expect((await ballot(otherAdmin, policy.id, round.id)).statusCode).toBe(404);
    expect(await hidden('consultation_ballot', round.id)).toBe(0);
  });
});

describe('an anonymous consultation round', () => {
  let policy: Awaited<ReturnType<typeof draftPolicy>>;
  let roundId: number;

  beforeAll(async () => {
    policy = await draftPolicy('Kebijakan Masukan Anonim');
    await openRound(policy.id);
    roundId = (await roundOf(staff[0]!, policy.id)).id;
  });

  it('keeps the ballot when the input is rejected, and refuses an unknown or reused token', async () => {
    expect((await send('x'.repeat(43), {})).statusCode).toBe(409);
    const token = (await ballot(staff[0]!, policy.id, roundId)).json().token as string;
    const misquoted = await send(token, {
      provisionId: policy.provisionId,
      quote: 'tidak ada di pasal',
      kind: 'comment',
    });
    expect(misquoted.statusCode).toBe(400);
    expect(await hidden('consultation_ballot', roundId)).toBe(1);
    const stored = await send(
      token,
      { provisionId: policy.provisionId, quote: 'tujuh hari', kind: 'comment', body: 'Terlalu singkat.' },
      staff[0],
    );
    expect(stored.statusCode, stored.body).toBe(201);
    const reused = await send(token, { body: 'Lagi.' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().detail).toContain('sudah dipakai');
    expect(await hidden('consultation_ballot', roundId)).toBe(0);
    expect(await hidden('consultation_inbox', roundId)).toBe(1);
  });

  it('gives the application role no way to read the ballots or the inbox, and keeps the owner out', async () => {
    const privileges = await superuser.query<{ table: string; readable: boolean; writable: boolean }>(
      `select t as table, has_table_privilege('jenjang_app', t, 'select') as readable,
              has_table_privilege('jenjang_app', t, 'insert') or has_table_privilege('jenjang_app', t, 'delete')
                or has_table_privilege('jenjang_app', t, 'update') as writable
         from unnest(array['consultation_ballot', 'consultation_inbox']) t`,
    );
    expect(privileges.rows.filter((p) => p.readable || p.writable)).toEqual([]);
    for (const table of ['consultation_ballot', 'consultation_inbox']) {
      await expect(
        withTenant(ctx.db, tenantId, (tx) => sql`select * from ${sql.table(table)}`.execute(tx)),
      ).rejects.toThrow(/permission denied/);
    }
    const owner = new pg.Client({ connectionString: ctx.urls.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`select set_config('jenjang.tenant_id', $1, false)`, [String(tenantId)]);
      const seen = await owner.query('select count(*) from consultation_inbox where round_id = $1', [
        roundId,
      ]);
      expect(Number(seen.rows[0].count)).toBe(0);
    } finally {
      await owner.end();
    }
    const columns = await superuser.query<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns
        where table_schema = 'public' and table_name in ('consultation_inbox', 'consultation_ballot')`,
    );
    expect(columns.rows.filter((c) => c.data_type.startsWith('timestamp'))).toEqual([]);
  });

  it('leaves no row the application role can read with the sending step’s transaction id', async () => {
    const member = staff[1]!;
    const token = (await ballot(member, policy.id, roundId)).json().token as string;
    const before = await nextXid();
    expect((await send(token, { body: 'Usulan kedua.' }, member)).statusCode).toBe(201);
    const after = await nextXid();
    expect(after).toBeGreaterThan(before);
    expect((await readableXmins()).filter((r) => r.xmin >= before && r.xmin < after)).toEqual([]);
    expect(await hidden('consultation_inbox', roundId)).toBe(2);
  });

  it('waits for k distinct people: one person’s many inputs make no batch', async () => {
    const member = staff[1]!;
    await sendAnonymously(member, policy.id, roundId, 'Usulan ketiga dari orang yang sama.');
    await sendAnonymously(member, policy.id, roundId, 'Usulan keempat dari orang yang sama.');
    expect(await hidden('consultation_inbox', roundId)).toBe(4);
    const round = await roundOf(admin, policy.id);
    expect(round.comments).toEqual([]);
    expect(round.openItems).toBe(0);
  });

  it('writes no request log line, audit entry, event, notification or job for the ballot or the input', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const logged = await buildApp({ config: ctx.config, db: ctx.db, logger: { level: 'trace', stream } });
    await logged.ready();
    try {
      const traced = await traces();
      const token = (await ballot(staff[0]!, policy.id, roundId, logged)).json().token as string;
      expect((await send(token, { body: 'Usulan tanpa jejak.' }, staff[0], logged)).statusCode).toBe(201);
      expect(lines).toEqual([]);
      expect(await traces()).toEqual(traced);
      await logged.inject({ method: 'GET', url: '/api/v1/policies', headers: staff[0]!.headers });
      expect(lines.some((line) => line.includes('/api/v1/policies'))).toBe(true);
    } finally {
      await logged.close();
    }
  });

  it('releases the batch once k people wrote: one transaction, random ids, the batch’s day, no author', async () => {
    const member = staff[2]!;
    const token = (await ballot(member, policy.id, roundId)).json().token as string;
    const before = await nextXid();
    expect((await send(token, { body: 'Usulan orang ketiga.' }, member)).statusCode).toBe(201);
    const after = await nextXid();
    const written = (await readableXmins()).filter((r) => r.xmin >= before && r.xmin < after);
    expect(new Set(written.map((r) => r.xmin)).size).toBe(1);
    expect(new Set(written.map((r) => r.table))).toEqual(new Set(['consultation_comment']));
    expect(written).toHaveLength(6);
    expect(await hidden('consultation_inbox', roundId)).toBe(0);

    const rows = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('consultation_comment').selectAll().where('round_id', '=', roundId).execute(),
    );
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.created_at.toISOString())).size).toBe(1);
    for (const row of rows) {
      expect(row.author_id).toBeNull();
      expect(row.source).toBe('anonymous');
      expect(Number(row.id)).toBeGreaterThanOrEqual(2 ** 52);
      expect(Number.isSafeInteger(Number(row.id))).toBe(true);
    }
    // Dated with the batch's day: midnight on the government's clock (Asia/Jakarta), not a moment.
    const stamp = rows[0]!.created_at;
    expect(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Jakarta',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(stamp),
    ).toBe('00:00');

    const round = await roundOf(staff[3]!, policy.id);
    expect(round.comments).toHaveLength(6);
    expect(round.openItems).toBe(6);
    for (const comment of round.comments) {
      expect(comment).toMatchObject({ author: null, source: 'anonymous', mine: false });
    }
    // The author sees its own input as anyone does: nothing marks it as theirs.
    expect((await roundOf(staff[2]!, policy.id)).comments.some((c: { mine: boolean }) => c.mine)).toBe(false);
  });

  it('lets anonymous input be supported once per person, answered and hidden like any other', async () => {
    const [first, second] = (await roundOf(admin, policy.id)).comments as { id: number }[];
    const support = (api: TestApi, id: number) =>
      api.post(`/api/v1/policies/${policy.id}/comments/${id}/support`);
    expect((await support(staff[3]!, first!.id)).statusCode).toBe(204);
    expect((await support(staff[3]!, first!.id)).statusCode).toBe(409);
    expect(
      (
        await admin.post(`/api/v1/policies/${policy.id}/comments/${first!.id}/response`, {
          response: 'partial',
          reason: 'Diterima sebagian.',
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await admin.post(`/api/v1/policies/${policy.id}/comments/${second!.id}/hide`, {
          reason: 'Menyebut nama orang.',
        })
      ).statusCode,
    ).toBe(204);
    const seen = await roundOf(staff[4]!, policy.id);
    expect(seen.comments).toHaveLength(5);
    expect(seen.comments.find((c: { id: number }) => c.id === first!.id)).toMatchObject({
      supports: 1,
      response: { response: 'partial' },
    });
    expect((await otherAdmin.get(`/api/v1/policies/${policy.id}/consultations`)).statusCode).toBe(404);
  });

  it('withholds what still waits, fewer than k people, when the round closes; then takes nothing', async () => {
    await sendAnonymously(staff[3]!, policy.id, roundId, 'Usulan yang tertahan.');
    await sendAnonymously(staff[4]!, policy.id, roundId, 'Usulan yang tertahan juga.');
    const unused = (await ballot(staff[0]!, policy.id, roundId)).json().token as string;
    expect(await hidden('consultation_inbox', roundId)).toBe(2);
    const before = (await roundOf(admin, policy.id)).comments.length;
    await admin.post(`/api/v1/policies/${policy.id}/transitions`, { transition: 'closeConsultation' });
    expect(await hidden('consultation_inbox', roundId)).toBe(0);
    expect(await hidden('consultation_ballot', roundId)).toBe(0);
    const round = await roundOf(admin, policy.id);
    expect(round).toMatchObject({ withheld: 2, accepting: false });
    expect(round.comments).toHaveLength(before);
    expect((await send(unused, { body: 'Terlambat.' })).statusCode).toBe(409);
    expect((await ballot(staff[0]!, policy.id, roundId)).statusCode).toBe(409);
  });
});

describe('a round whose window passes', () => {
  it('limits one person to ten waiting inputs in a round', async () => {
    const policy = await draftPolicy('Kebijakan Batas Anonim');
    await openRound(policy.id);
    const roundId = (await roundOf(staff[0]!, policy.id)).id;
    for (let i = 0; i < 10; i++) expect((await ballot(staff[0]!, policy.id, roundId)).statusCode).toBe(201);
    const refused = await ballot(staff[0]!, policy.id, roundId);
    expect(refused.statusCode).toBe(409);
    expect((await ballot(staff[1]!, policy.id, roundId)).statusCode).toBe(201);
  });

  it('releases a full batch and withholds the rest on its first read', async () => {
    const policy = await draftPolicy('Kebijakan Lewat Waktu');
    await openRound(policy.id);
    const roundId = (await roundOf(staff[0]!, policy.id)).id;
    for (const member of staff.slice(0, K)) await sendAnonymously(member, policy.id, roundId, 'Satu.');
    await sendAnonymously(staff[0]!, policy.id, roundId, 'Menunggu sendiri.');
    expect((await roundOf(admin, policy.id)).comments).toHaveLength(K);
    const today = clock.now();
    clock.advance({ days: 9 });
    try {
      // Sessions of nine days ago have expired: a reviewer signs in now.
      const round = await roundOf(await apiAs(ctx, 'admin', tenantId), policy.id);
      expect(round).toMatchObject({ accepting: false, withheld: 1 });
      expect(round.comments).toHaveLength(K);
      expect(await hidden('consultation_inbox', roundId)).toBe(0);
    } finally {
      clock.set(today);
    }
  });
});
