import { SKM_ELEMENT_KEYS } from '@jenjang/domain/surveys/survey-templates/skm.template';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { asSuperuser, inboxOf, releaseScheduled } from '../../../../test/survey-fixtures';
import { withTenant } from '../../../db/database';
import { releaseDueWaves } from '../surveys/survey-schedules';
import { answerSource } from './answer-source';

// The reviewer's attack on a public SKM wave (k = 5, nothing waiting): a citizen at the counter
// answers U1–U9 = 1; the attacker posts 4 answers of its own (all 4s) with curl from one address,
// without a device cookie, and reads the results. Before: the read released the batch, n went up
// by 5 and subtracting the 4 known answers gave the citizen's. Now: reads and answers release
// nothing, the waiting count is not told, and a batch leaves only on its schedule and only from
// k distinct networks.

const K = 5;
const ELEMENTS = SKM_ELEMENT_KEYS;
const all = (score: number) => Object.fromEntries(ELEMENTS.map((key) => [key, score]));

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;

beforeAll(async () => {
  ctx = await createTestContext({ publicSubmitsPerMinute: 1_000 });
  tenantId = (await createTenant(ctx, { name: 'Kota Loket' })).id;
  world = await surveyWorld(ctx, tenantId, 0);
});
afterAll(() => ctx.close());

async function publicWave() {
  const opened = await openSurvey(ctx, world, { mode: 'public', templateKey: 'skm', minGroupSize: K });
  // The first scheduled release of a new wave (nothing waits yet) sets its next one: midnight.
  await releaseDueWaves(ctx.db);
  return opened;
}

/** A post as curl sends it: no device cookie, so every post is a new device. */
const post = (code: string, answers: object, address: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/public/surveys/${code}/responses`,
    remoteAddress: address,
    payload: { answers },
  });

const get = (url: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: world.admin.headers });
const released = (waveId: number) =>
  withTenant(ctx.db, tenantId, async (tx) =>
    Number(
      (
        await tx
          .selectFrom('survey_response')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('wave_id', '=', waveId)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

describe('public answers are released on a schedule, from k distinct networks', () => {
  it('releases nothing when the attacker reads, and tells nobody how many wait', async () => {
    const wave = await publicWave();
    expect((await post(wave.publicCode!, all(1), '198.51.100.10')).statusCode).toBe(201);
    for (let i = 0; i < K - 1; i++) {
      expect((await post(wave.publicCode!, all(4), '203.0.113.66')).statusCode).toBe(201);
    }
    const results = await get(`/survey-waves/${wave.waveId}/results`);
    expect(results.statusCode).toBe(200);
    expect(results.json().report).toMatchObject({ responses: 0, suppressed: true });
    expect(results.json().wave.pending).toBeNull();
    const survey = (await get(`/surveys/${wave.surveyId}`)).json();
    expect(survey.waves[0]).toMatchObject({ responses: 0, pending: null });
    expect(await released(wave.waveId)).toBe(0);
    expect(await inboxOf(ctx, wave.waveId)).toHaveLength(K);
  });

  it('keeps k answers from two networks waiting at their scheduled release, and releases them once k networks answered', async () => {
    const wave = await publicWave();
    await post(wave.publicCode!, all(1), '198.51.100.20');
    for (let i = 0; i < K - 1; i++) await post(wave.publicCode!, all(4), '203.0.113.67');
    expect(await releaseScheduled(ctx, wave.waveId)).toBe(0);
    expect(await released(wave.waveId)).toBe(0);
    // Three more citizens from networks of their own: five networks now.
    for (const address of ['198.51.100.21', '198.51.100.22', '2001:db8:5:100::7']) {
      await post(wave.publicCode!, all(3), address);
    }
    // Not before the schedule says so, however often it is asked.
    expect(await releaseDueWaves(ctx.db)).toBe(0);
    expect(await released(wave.waveId)).toBe(0);
    expect(await releaseScheduled(ctx, wave.waveId)).toBe(K + 3);
    expect(await released(wave.waveId)).toBe(K + 3);
    expect(await inboxOf(ctx, wave.waveId)).toEqual([]);
  });

  it('counts the addresses of one IPv6 subscriber (/56) as one network', async () => {
    const wave = await publicWave();
    for (let i = 0; i < K; i++) await post(wave.publicCode!, all(2), `2001:db8:77:aa${i}0::${i + 1}`);
    expect(await releaseScheduled(ctx, wave.waveId)).toBe(0);
    expect(await inboxOf(ctx, wave.waveId)).toHaveLength(K);
  });

  it('schedules the next release for midnight on the government’s clock', async () => {
    const wave = await publicWave();
    await releaseScheduled(ctx, wave.waveId);
    const [row] = await asSuperuser<{ next: Date; local: string }>(
      ctx,
      `select next_release_at as next,
              to_char(next_release_at at time zone 'Asia/Jakarta', 'HH24:MI') as local
       from survey_wave where id = $1`,
      [wave.waveId],
    );
    expect(row!.local).toBe('00:00');
    expect(row!.next.getTime()).toBeGreaterThan(Date.now());
    expect(row!.next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
  });

  it('keeps only a keyed hash of the network in the inbox, and drops it with the answer at release', async () => {
    const wave = await publicWave();
    await post(wave.publicCode!, all(3), '198.51.100.30');
    const [row] = await asSuperuser<{ source: Buffer }>(
      ctx,
      'select source from survey_response_inbox where wave_id = $1',
      [wave.waveId],
    );
    expect(row!.source).toEqual(answerSource(ctx.config.serverSecret, '198.51.100.30'));
    const columns = await asSuperuser<{ column_name: string }>(
      ctx,
      `select column_name from information_schema.columns where table_name = 'survey_response'`,
    );
    expect(columns.map((c) => c.column_name)).not.toContain('source');
  });

  it('lets no caller but survey_release move the schedule, and survey_release only when due', async () => {
    const wave = await publicWave();
    await expect(
      withTenant(ctx.db, tenantId, (tx) =>
        sql`update survey_wave set next_release_at = now() where id = ${wave.waveId}`.execute(tx),
      ),
    ).rejects.toThrow(/set by survey_release only/);
    for (let i = 0; i < K; i++) await post(wave.publicCode!, all(3), `198.51.100.${40 + i}`);
    const moved = await withTenant(ctx.db, tenantId, (tx) =>
      sql<{ n: number }>`select survey_release(${wave.waveId}::bigint) as n`.execute(tx),
    );
    expect(moved.rows[0]!.n).toBe(0);
    expect(await released(wave.waveId)).toBe(0);
  });

  it('releases a due wave once however many processes tick at the same moment', async () => {
    const wave = await publicWave();
    for (let i = 0; i < K + 2; i++) await post(wave.publicCode!, all(3), `198.51.100.${60 + i}`);
    await asSuperuser(
      ctx,
      `set session_replication_role = replica;
       update survey_wave set next_release_at = now() - interval '1 second' where id = ${wave.waveId};`,
    );
    const moved = await Promise.all([
      releaseDueWaves(ctx.db),
      releaseDueWaves(ctx.db),
      releaseDueWaves(ctx.db),
    ]);
    expect(moved.reduce((a, b) => a + b, 0)).toBe(K + 2);
    expect(await released(wave.waveId)).toBe(K + 2);
    const batches = await asSuperuser<{ n: number }>(
      ctx,
      'select count(distinct xmin::text)::int as n from survey_response where wave_id = $1',
      [wave.waveId],
    );
    expect(batches[0]!.n).toBe(1);
  });

  it('releases the last batch at close only from k networks, and withholds it otherwise', async () => {
    const few = await publicWave();
    for (let i = 0; i < K + 1; i++) await post(few.publicCode!, all(4), '203.0.113.99');
    const closing = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${few.waveId}/close`,
      headers: world.admin.headers,
    });
    expect(closing.statusCode).toBe(200);
    expect(await released(few.waveId)).toBe(0);
    const results = (await get(`/survey-waves/${few.waveId}/results`)).json();
    expect(results.report).toMatchObject({ responses: 0, withheld: K + 1 });

    const many = await publicWave();
    for (let i = 0; i < K; i++) await post(many.publicCode!, all(4), `198.51.100.${80 + i}`);
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${many.waveId}/close`,
      headers: world.admin.headers,
    });
    expect(await released(many.waveId)).toBe(K);
  });

  it('closes a wave whose window has passed at the next tick, with its last batch', async () => {
    const wave = await publicWave();
    for (let i = 0; i < K; i++) await post(wave.publicCode!, all(4), `198.51.100.${100 + i}`);
    await asSuperuser(
      ctx,
      `update survey_wave set closes_at = now() - interval '1 second', opens_at = now() - interval '2 hours'
       where id = $1`,
      [wave.waveId],
    );
    await releaseDueWaves(ctx.db);
    const [row] = await asSuperuser<{ status: string }>(ctx, 'select status from survey_wave where id = $1', [
      wave.waveId,
    ]);
    expect(row!.status).toBe('closed');
    expect(await released(wave.waveId)).toBe(K);
  });
});
