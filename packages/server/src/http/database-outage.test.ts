import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createDb, createPool, isDatabaseUnavailable, withTenant } from '../db/database';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('a database outage', () => {
  it('answers requests with a translated 503 problem, and /readyz says unavailable', async () => {
    // Nothing listens on port 1: every connection is refused, as while PostgreSQL restarts.
    const db = createDb(createPool({ ownerUrl: 'postgres://jenjang@127.0.0.1:1/jenjang', appUrl: null }));
    const config = { ...loadConfig({}), dataDir: path.join(tmpdir(), 'jenjang-outage'), webDist: tmpdir() };
    const app = await buildApp({ config, db });
    try {
      for (const [language, words] of [
        ['id', 'Basis data sedang tidak dapat dijangkau'],
        ['en', 'The database cannot be reached right now'],
      ] as const) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'accept-language': language },
          payload: { username: 'admin.siapa', password: 'rahasia-sekali' },
        });
        expect(response.statusCode).toBe(503);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.headers['retry-after']).toBe('5');
        expect(response.json()).toMatchObject({ status: 503, detail: expect.stringContaining(words) });
      }
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable' });
    } finally {
      await app.close();
      await db.destroy();
    }
  });

  it('does not crash the process when PostgreSQL ends a connection in the middle of a transaction', async () => {
    const tenant = await createTenant(ctx);
    const admin = new pg.Client({ connectionString: inject('adminUrl') });
    await admin.connect();
    try {
      const failure = await withTenant(ctx.db, tenant.id, async (tx) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx);
        // As a fast shutdown or a crash would: the server ends the backend (57P01).
        await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await sql`select 1`.execute(tx);
      }).catch((error: unknown) => error);
      expect(isDatabaseUnavailable(failure)).toBe(true);
    } finally {
      await admin.end();
    }
    // The broken connection was dropped; the next work gets a sound one.
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(ctx.db);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('tells passing connection failures from other errors', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })], 'connect'),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      false,
    );
  });
});
