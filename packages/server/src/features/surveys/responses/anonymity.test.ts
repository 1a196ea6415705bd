import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LoggedIn } from '../../../../test/factories/account.factory';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { TEST_SECRET } from '../../../../test/global-setup';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { buildApp } from '../../../app';
import { bootstrapDatabase } from '../../../db/bootstrap';
import { withTenant } from '../../../db/database';
import { migrate } from '../../../db/migrate';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../db/migrations');

// The guarantee of docs/privacy.md, checked against the database itself: nothing the application
// role (or an admin through the application) can read links an anonymous answer to the employee
// who gave it — no column, no transaction id, no order, no date, no log line, no audit entry.
// A superuser connection stands in for what only the database's operator could see.

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;
let waveId: number;
let surveyId: number;
let superuser: pg.Client;
const K = 3;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  world = await surveyWorld(ctx, tenantId, 6);
  ({ waveId, surveyId } = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: K }));
  const url = new URL(inject('adminUrl'));
  url.pathname = new URL(ctx.urls.ownerUrl).pathname;
  superuser = new pg.Client({ connectionString: url.toString() });
  await superuser.connect();
});
afterAll(async () => {
  await superuser.end();
  await ctx.close();
});

const ballot = (session: LoggedIn, app = ctx.app) =>
  app.inject({ method: 'POST', url: `/api/v1/survey-waves/${waveId}/ballot`, headers: session.headers });

/** Step 2 as the browser sends it: same origin, so the session cookie comes along — and is ignored. */
const answer = (token: string, answers: unknown, session?: LoggedIn, app = ctx.app) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/anonymous-responses',
    headers: session ? { cookie: session.cookie } : {},
    payload: { token, answers },
  });

/** Rows of a hidden table, as only a superuser sees them. */
const hidden = async (table: 'survey_response_inbox' | 'survey_ballot') =>
  Number((await superuser.query(`select count(*) from ${table} where wave_id = $1`, [waveId])).rows[0].count);

/** Released answers, as the application reads them. */
const released = () =>
  withTenant(ctx.db, tenantId, (tx) =>
    tx.selectFrom('survey_response').selectAll().where('wave_id', '=', waveId).execute(),
  );

const wave = async () =>
  (
    await ctx.app.inject({ method: 'GET', url: `/api/v1/surveys/${surveyId}`, headers: world.admin.headers })
  ).json().waves[0];

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

/** Audit entries, events, notifications and jobs of the tenant: none may come from answering. */
const traces = () =>
  withTenant(ctx.db, tenantId, async (tx) => ({
    audit: (await tx.selectFrom('audit_log').select('id').execute()).length,
    events: (await tx.selectFrom('domain_event').select('id').execute()).length,
    notifications: (await tx.selectFrom('notification').select('id').execute()).length,
    jobs: (await tx.selectFrom('job').select('id').execute()).length,
  }));

const tokens: string[] = [];

describe('an anonymous survey', () => {
  it('refuses the answering step without a ballot, and a second ballot to the same person', async () => {
    expect((await answer('x'.repeat(43), { satisfaction: 3, formats: ['class'] })).statusCode).toBe(409);
    const first = await ballot(world.staff[0]!.session);
    expect(first.statusCode).toBe(201);
    const second = await ballot(world.staff[0]!.session);
    expect(second.statusCode).toBe(409);
    tokens.push(first.json().token);
  });

  it('keeps the ballot when the answers are rejected, so the respondent can correct them', async () => {
    const token = tokens[0]!;
    const bad = await answer(token, { satisfaction: 0 }, world.staff[0]!.session);
    expect(bad.statusCode).toBe(400);
    expect(await hidden('survey_ballot')).toBe(1);
    const good = await answer(
      token,
      { satisfaction: 2, formats: ['class'], why_low: 'Jadwal bentrok' },
      world.staff[0]!.session,
    );
    expect(good.statusCode).toBe(201);
    const reused = await answer(token, { satisfaction: 5, formats: ['online'] });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().detail).toContain('sudah dipakai');
    expect(await hidden('survey_ballot')).toBe(0);
  });

  it('gives the application role no way to read the inbox, the ballots or the public devices', async () => {
    const privileges = await superuser.query<{ table: string; readable: boolean; writable: boolean }>(
      `select t as table, has_table_privilege('jenjang_app', t, 'select') as readable,
              has_table_privilege('jenjang_app', t, 'insert') or has_table_privilege('jenjang_app', t, 'delete') as writable
         from unnest(array['survey_response_inbox', 'survey_ballot', 'survey_public_device']) t`,
    );
    expect(privileges.rows.filter((p) => p.readable || p.writable)).toEqual([]);
    for (const table of ['survey_response_inbox', 'survey_ballot', 'survey_public_device']) {
      await expect(
        withTenant(ctx.db, tenantId, (tx) => sql`select * from ${sql.table(table)}`.execute(tx)),
      ).rejects.toThrow(/permission denied/);
    }
  });

  it('keeps even the tables’ owner out of the inbox (forced row-level security and a restrictive policy)', async () => {
    expect(await hidden('survey_response_inbox')).toBe(1);
    const owner = new pg.Client({ connectionString: ctx.urls.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`select set_config('jenjang.tenant_id', $1, false)`, [String(tenantId)]);
      const seen = await owner.query('select count(*) from survey_response_inbox where wave_id = $1', [
        waveId,
      ]);
      expect(Number(seen.rows[0].count)).toBe(0);
    } finally {
      await owner.end();
    }
  });

  it('holds answers until k have arrived, counting them as pending, and shows none of them', async () => {
    expect(await wave()).toMatchObject({ pending: 1, responses: 0 });
    expect(await released()).toEqual([]);
  });

  it('leaves no row the application role can read with the answering step’s transaction id', async () => {
    const member = world.staff[1]!;
    const token = (await ballot(member.session)).json().token as string;
    const before = await nextXid();
    const answered = await answer(token, { satisfaction: 4, formats: ['online'] }, member.session);
    expect(answered.statusCode).toBe(201);
    const after = await nextXid();
    // The step wrote (a ballot burnt, an answer waiting): it had a transaction id in [before, after).
    expect(after).toBeGreaterThan(before);
    const written = (await readableXmins()).filter((r) => r.xmin >= before && r.xmin < after);
    expect(written).toEqual([]);
    expect(await hidden('survey_response_inbox')).toBe(2);
  });

  it('releases k answers together: one transaction of its own, one day, random ids, no employee', async () => {
    const member = world.staff[2]!;
    const token = (await ballot(member.session)).json().token as string;
    const before = await nextXid();
    expect((await answer(token, { satisfaction: 4, formats: ['online'] }, member.session)).statusCode).toBe(
      201,
    );
    const after = await nextXid();
    const written = (await readableXmins()).filter((r) => r.xmin >= before && r.xmin < after);
    // Only the batch itself, all in one transaction: the answers it holds and what they add to the
    // wave's counts and text list (migration 0025), nothing else.
    expect(new Set(written.map((r) => r.xmin)).size).toBe(1);
    expect(written.filter((r) => r.table === 'survey_response')).toHaveLength(K);
    expect(new Set(written.map((r) => r.table))).toEqual(
      new Set(['survey_response', 'survey_tally', 'survey_text_entry']),
    );
    const rows = await released();
    expect(rows).toHaveLength(K);
    expect(await hidden('survey_response_inbox')).toBe(0);
    expect(new Set(rows.map((r) => r.answered_on)).size).toBe(1);
    const questionKeys = ['satisfaction', 'formats', 'why_low', 'comments'];
    for (const row of rows) {
      expect(row.employee_id).toBeNull();
      expect(row.unit_id).toBe(world.opd.id);
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
      // The answers hold the questions' answers and nothing else (no id, no token, no metadata).
      for (const key of Object.keys(row.answers)) expect(questionKeys).toContain(key);
    }
  });

  it('has no column that could tie an answer to an invitation, an account or a time', async () => {
    const columns = await superuser.query<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns
        where table_schema = 'public'
          and table_name in ('survey_response', 'survey_response_inbox', 'survey_ballot')`,
    );
    const byTable = (table: string) =>
      columns.rows
        .filter((c) => c.table_name === table)
        .map((c) => c.column_name)
        .sort();
    // employee_id is for identified waves only; it is null above for this anonymous wave.
    expect(byTable('survey_response')).toEqual(
      ['answered_on', 'answers', 'employee_id', 'id', 'tenant_id', 'unit_id', 'wave_id'].sort(),
    );
    // source: a public answer's keyed network hash (migration 0017), null for employees' answers,
    // deleted with the answer at release.
    expect(byTable('survey_response_inbox')).toEqual(
      ['answers', 'employee_id', 'id', 'source', 'tenant_id', 'unit_id', 'wave_id'].sort(),
    );
    expect(byTable('survey_ballot')).toEqual(['tenant_id', 'token_hash', 'unit_id', 'wave_id'].sort());
    expect(columns.rows.filter((c) => c.data_type.startsWith('timestamp'))).toEqual([]);
  });

  it('writes no request log line for the form, the ballot or the answer, no audit entry, notification or job', async () => {
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
      const member = world.staff[3]!;
      const traced = await traces();
      const form = await logged.inject({
        method: 'GET',
        url: `/api/v1/survey-waves/${waveId}/form`,
        headers: member.session.headers,
      });
      expect(form.statusCode).toBe(200);
      const token = (await ballot(member.session, logged)).json().token as string;
      const stored = await answer(token, { satisfaction: 5, formats: ['mentoring'] }, member.session, logged);
      expect(stored.statusCode).toBe(201);
      expect(lines).toEqual([]);
      expect(await traces()).toEqual(traced);
      // The logger works: an ordinary request is logged.
      await logged.inject({ method: 'GET', url: '/api/v1/my/surveys', headers: member.session.headers });
      expect(lines.some((line) => line.includes('/api/v1/my/surveys'))).toBe(true);
    } finally {
      await logged.close();
    }
  });

  it('withholds the last answers, fewer than k, when the wave closes: the results do not change', async () => {
    expect(await hidden('survey_response_inbox')).toBe(1);
    const results = () =>
      ctx.app.inject({
        method: 'GET',
        url: `/api/v1/survey-waves/${waveId}/results`,
        headers: world.admin.headers,
      });
    const before = (await results()).json().report;
    expect(before).toMatchObject({ responses: K, final: false, withheld: 0 });
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${waveId}/close`,
      headers: world.admin.headers,
    });
    expect(closed.statusCode).toBe(200);
    const after = (await results()).json().report;
    // Mixing the last answer in would turn n 3 → 4 and give that one answer away.
    expect(after).toMatchObject({ responses: K, final: true, withheld: 1 });
    expect(after.questions).toEqual(before.questions);
    expect(await hidden('survey_response_inbox')).toBe(0);
    expect(await released()).toHaveLength(K);
    expect(await wave()).toMatchObject({ status: 'closed', pending: 0, withheld: 1, responses: K });
  });
});

describe('a database upgraded to these rules', () => {
  it('gives anonymous and public answers stored before them their wave’s latest day, not their own', async () => {
    const adminUrl = inject('adminUrl');
    const database = `jenjang_upgrade_${process.pid}_${Date.now().toString(36)}`;
    const urls = await bootstrapDatabase(adminUrl, { database, secret: TEST_SECRET });
    const earlier = (await readdir(MIGRATIONS_DIR)).filter((name) => name < '0011').sort();
    await migrate(urls.ownerUrl, () => {}, { only: earlier });
    const owner = new pg.Client({ connectionString: urls.ownerUrl });
    await owner.connect();
    try {
      const one = async (text: string, values: unknown[] = []) => (await owner.query(text, values)).rows[0];
      const tenant = await one(
        `insert into tenant (code, slug, name, kind) values ('99.99', 'upgrade', 'Kota Lama', 'kota') returning id`,
      );
      await owner.query(`select set_config('jenjang.tenant_id', $1, false)`, [String(tenant.id)]);
      const instrument = await one(
        `insert into instrument (tenant_id, kind, title) values ($1, 'custom', 'Lama') returning id`,
        [tenant.id],
      );
      const version = await one(
        `insert into instrument_version (tenant_id, instrument_id, version, definition) values ($1, $2, 1, '{}') returning id`,
        [tenant.id, instrument.id],
      );
      const wave = async (mode: string) => {
        const survey = await one(
          `insert into survey (tenant_id, instrument_id, title, mode, public_code) values ($1, $2, 'Lama', $3, $4) returning id`,
          [tenant.id, instrument.id, mode, mode === 'public' ? `lama${mode}code` : null],
        );
        return (
          await one(
            `insert into survey_wave (tenant_id, survey_id, number, label, instrument_version_id, status, opens_at, closes_at)
             values ($1, $2, 1, 'Lama', $3, 'closed', '2026-01-01', '2026-02-01') returning id`,
            [tenant.id, survey.id, version.id],
          )
        ).id as number;
      };
      const employee = await one(
        `insert into employee (tenant_id, nip, employee_type, name, birth_date, sex)
         values ($1, '198503122010011001', 'PNS', 'Budi', '1985-03-12', 'M') returning id`,
        [tenant.id],
      );
      const waves = { anonymous: await wave('anonymous'), identified: await wave('identified') };
      for (const [day, employeeId, waveId] of [
        ['2026-01-05', null, waves.anonymous],
        ['2026-01-20', null, waves.anonymous],
        ['2026-01-07', employee.id, waves.identified],
      ] as const) {
        await owner.query(
          `insert into survey_response (tenant_id, wave_id, employee_id, answered_on, answers) values ($1, $2, $3, $4, '{}')`,
          [tenant.id, waveId, employeeId, day],
        );
      }
      await migrate(urls.ownerUrl);
      await owner.query(`select set_config('jenjang.tenant_id', $1, false)`, [String(tenant.id)]);
      const days = await owner.query<{ wave_id: number; day: string }>(
        `select wave_id::int, answered_on::text as day from survey_response order by 1, 2`,
      );
      expect(days.rows).toEqual([
        { wave_id: waves.anonymous, day: '2026-01-20' },
        { wave_id: waves.anonymous, day: '2026-01-20' },
        { wave_id: waves.identified, day: '2026-01-07' },
      ]);
    } finally {
      await owner.end();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
      await admin.end();
    }
  });
});
