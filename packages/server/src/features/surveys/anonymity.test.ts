import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestContext, type LoggedIn, type TestContext } from '../../../test/harness';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../test/survey-fixtures';
import { withTenant } from '../../db/database';

// The guarantee of docs/privacy.md, checked against the stored rows themselves: after an anonymous
// wave, nothing in the database links a response to the employee who gave it.

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;
let waveId: number;
const K = 3;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  world = await surveyWorld(ctx, tenantId, 6);
  ({ waveId } = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: K }));
});
afterAll(() => ctx.close());

const ballot = (session: LoggedIn) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/survey-waves/${waveId}/ballot`, headers: session.headers });

/** Step 2 as the browser sends it: same origin, so the session cookie comes along — and is ignored. */
const answer = (token: string, answers: unknown, session?: LoggedIn) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/anonymous-responses',
    headers: session ? { cookie: session.cookie } : {},
    payload: { token, answers },
  });

const count = async (table: 'survey_response' | 'survey_response_inbox' | 'survey_ballot') =>
  withTenant(ctx.db, tenantId, async (tx) =>
    Number(
      (
        await tx
          .selectFrom(table)
          .select(sql<number>`count(*)`.as('n'))
          .where('wave_id', '=', waveId)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

describe('an anonymous survey', () => {
  it('refuses the answering step without a ballot, and a second ballot to the same person', async () => {
    expect((await answer('x'.repeat(43), { satisfaction: 3, formats: ['class'] })).statusCode).toBe(409);
    const first = await ballot(world.staff[0]!.session);
    expect(first.statusCode).toBe(201);
    const second = await ballot(world.staff[0]!.session);
    expect(second.statusCode).toBe(409);
    // Keep the first person's token for the next test.
    tokens.push(first.json().token);
  });

  it('keeps the ballot when the answers are rejected, so the respondent can correct them', async () => {
    const token = tokens[0]!;
    const bad = await answer(token, { satisfaction: 0 }, world.staff[0]!.session);
    expect(bad.statusCode).toBe(400);
    expect(await count('survey_ballot')).toBe(1);
    const good = await answer(
      token,
      { satisfaction: 2, formats: ['class'], why_low: 'Jadwal bentrok' },
      world.staff[0]!.session,
    );
    expect(good.statusCode).toBe(201);
    const reused = await answer(token, { satisfaction: 5, formats: ['online'] });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().detail).toContain('sudah dipakai');
  });

  it('holds answers in the inbox until k have arrived, then mixes them into the results together', async () => {
    expect(await count('survey_response_inbox')).toBe(1);
    expect(await count('survey_response')).toBe(0);
    for (const member of world.staff.slice(1, 3)) {
      const token = (await ballot(member.session)).json().token as string;
      expect((await answer(token, { satisfaction: 4, formats: ['online'] }, member.session)).statusCode).toBe(
        201,
      );
    }
    expect(await count('survey_response_inbox')).toBe(0);
    expect(await count('survey_response')).toBe(K);
    // One statement moved them: they share a transaction id, so its order says nothing.
    const xmins = await withTenant(ctx.db, tenantId, (tx) =>
      sql<{ xmin: string }>`select xmin::text from survey_response where wave_id = ${waveId}`.execute(tx),
    );
    expect(new Set(xmins.rows.map((r) => r.xmin)).size).toBe(1);
  });

  it('stores no employee, no time finer than the day, and no ballot once answered', async () => {
    const rows = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('survey_response').selectAll().where('wave_id', '=', waveId).execute(),
    );
    const questionKeys = ['satisfaction', 'formats', 'why_low', 'comments'];
    for (const row of rows) {
      expect(row.employee_id).toBeNull();
      expect(row.answered_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.unit_id).toBe(world.opd.id);
      // The answers hold the questions' answers and nothing else (no id, no token, no metadata).
      for (const key of Object.keys(row.answers)) expect(questionKeys).toContain(key);
    }
    expect(await count('survey_ballot')).toBe(0);
  });

  it('has no column anywhere that could tie a response to an invitation or an account', async () => {
    const client = new pg.Client({ connectionString: ctx.urls.ownerUrl });
    await client.connect();
    try {
      const columns = await client.query<{ table_name: string; column_name: string; data_type: string }>(
        `select table_name, column_name, data_type from information_schema.columns
          where table_schema = 'public'
            and table_name in ('survey_response', 'survey_response_inbox', 'survey_ballot')`,
      );
      const byTable = (table: string) =>
        columns.rows.filter((c) => c.table_name === table).map((c) => c.column_name);
      // employee_id exists for identified waves only; it is null above for this anonymous wave.
      expect(byTable('survey_response').sort()).toEqual(
        ['answered_on', 'answers', 'employee_id', 'id', 'tenant_id', 'unit_id', 'wave_id'].sort(),
      );
      expect(byTable('survey_response_inbox').sort()).toEqual(
        ['answered_on', 'answers', 'id', 'tenant_id', 'unit_id', 'wave_id'].sort(),
      );
      expect(byTable('survey_ballot').sort()).toEqual(
        ['tenant_id', 'token_hash', 'unit_id', 'wave_id'].sort(),
      );
      const timeColumns = columns.rows.filter((c) => c.data_type.startsWith('timestamp'));
      expect(timeColumns).toEqual([]);
      // Response ids are random (uuid v4), not a sequence that would reveal the order of answering.
      const ids = await client.query<{ id: string }>('select id::text from survey_response');
      for (const { id } of ids.rows) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    } finally {
      await client.end();
    }
  });

  it('records who was handed a ballot, but not when, and not in the audit log', async () => {
    const invitations = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('survey_invitation').selectAll().where('wave_id', '=', waveId).execute(),
    );
    expect(invitations.filter((i) => i.responded)).toHaveLength(K);
    const audit = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('audit_log').select(['action', 'actor_account_id', 'data']).execute(),
    );
    expect(audit.map((a) => a.action)).not.toContain('survey.ballot');
    expect(JSON.stringify(audit)).not.toContain('anonymous-responses');
  });

  it('mixes the last answers in when the wave closes, even fewer than k', async () => {
    const member = world.staff[3]!;
    const token = (await ballot(member.session)).json().token as string;
    expect((await answer(token, { satisfaction: 5, formats: ['mentoring'] })).statusCode).toBe(201);
    expect(await count('survey_response_inbox')).toBe(1);
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${waveId}/close`,
      headers: world.admin.headers,
    });
    expect(closed.statusCode).toBe(200);
    expect(await count('survey_response_inbox')).toBe(0);
    expect(await count('survey_response')).toBe(K + 1);
  });
});

const tokens: string[] = [];
