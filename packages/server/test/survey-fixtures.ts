import { sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { withTenant } from '../src/db/database';

import { releaseDueWaves } from '../src/features/surveys/surveys/survey-schedules';
import type { TestContext } from './harness';

/** A query as the database superuser: what only the database's operator could see. */
export async function asSuperuser<T extends pg.QueryResultRow>(
  ctx: TestContext,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const url = new URL(inject('adminUrl'));
  url.pathname = new URL(ctx.urls.ownerUrl).pathname;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * What waits in a wave's inbox, read as the superuser: the application role cannot read it
 * (migration 0011), and tests sometimes must see what was accepted but not yet released.
 */
export function inboxOf(ctx: TestContext, waveId: number) {
  return asSuperuser<{
    employee_id: number | null;
    unit_id: number | null;
    answers: Record<string, unknown>;
  }>(ctx, 'select employee_id::int, unit_id::int, answers from survey_response_inbox where wave_id = $1', [
    waveId,
  ]);
}

/**
 * Answers a wave accepted: released into the results plus those waiting for their batch (counted
 * as the superuser: the app is not told how many wait in a public wave, migration 0017).
 */
export async function acceptedCount(ctx: TestContext, tenantId: number, waveId: number): Promise<number> {
  const released = await withTenant(ctx.db, tenantId, async (tx) => {
    const row = await sql<{ n: number }>`
      select count(*)::int as n from survey_response where wave_id = ${waveId}`.execute(tx);
    return row.rows[0]!.n;
  });
  return released + (await inboxOf(ctx, waveId)).length;
}

/**
 * A public wave's scheduled release comes now: its next_release_at is put in the past (as the
 * superuser, past the trigger that keeps everyone but survey_release from moving it, as the clock
 * would), then the release ticker's work runs once. Returns how many answers it released.
 */
export async function releaseScheduled(ctx: TestContext, waveId: number): Promise<number> {
  await asSuperuser(
    ctx,
    `set session_replication_role = replica;
     update survey_wave set next_release_at = now() - interval '1 second' where id = ${Number(waveId)};
     set session_replication_role = origin;`,
  );
  return releaseDueWaves(ctx.db);
}
