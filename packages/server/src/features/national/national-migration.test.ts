import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_SECRET } from '../../../test/global-setup';
import { bootstrapDatabase, type DatabaseUrls } from '../../db/bootstrap';
import { migrate } from '../../db/migrate';

// Migration 0014 on a database that was already in use: the demo loader's governments become
// demo, and a nasional account living inside a government (one per demo government before, or
// made with `account create --tenant`) is disabled and signed out.

const MIGRATION = '0014_national_view.sql';
const database = `jenjang_m14${randomBytes(4).toString('hex')}_${process.pid}`;
let urls: DatabaseUrls;
let owner: pg.Client;

async function inTenant<T>(tenantId: number, work: () => Promise<T>): Promise<T> {
  await owner.query('begin');
  await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(tenantId)]);
  try {
    const result = await work();
    await owner.query('commit');
    return result;
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
}

beforeAll(async () => {
  urls = await bootstrapDatabase(inject('adminUrl'), { database, secret: TEST_SECRET });
  const files = (await readdir(path.join(import.meta.dirname, '../../db/migrations'))).sort();
  await migrate(urls.ownerUrl, () => {}, { only: files.filter((name) => name < MIGRATION) });
  owner = new pg.Client({ connectionString: urls.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
  await admin.end();
});

describe('migration 0014 on a database in use', () => {
  it('flags demo governments and disables nasional accounts inside a government', async () => {
    const insertTenant = async (code: string, name: string) =>
      (
        await owner.query(
          `insert into tenant (code, slug, name, kind) values ($1, $2, $3, 'kota') returning id`,
          [code, code.replace('.', '-'), name],
        )
      ).rows[0].id as number;
    const demo = await insertTenant('61.71', 'Kota Pontianak');
    const real = await insertTenant('21.72', 'Kota Tanjungpinang');
    const accounts = await inTenant(demo, async () => {
      await owner.query(
        `insert into audit_log (tenant_id, seq, at, action, entity, prev_hash, hash)
         values ($1, 1, now(), 'demo.loaded', 'tenant', '0', '1')`,
        [demo],
      );
      const viewer = await owner.query(
        `insert into account (tenant_id, username, display_name, role, password_hash)
         values ($1, 'nasional.pontianak', 'Pengamat', 'nasional', 'x') returning id`,
        [demo],
      );
      const admin = await owner.query(
        `insert into account (tenant_id, username, display_name, role, password_hash)
         values ($1, 'admin.pontianak', 'Admin', 'admin', 'x') returning id`,
        [demo],
      );
      await owner.query(
        `insert into session (id_hash, tenant_id, account_id, csrf_token, expires_at)
         values ('\\x01', $1, $2, 'c', now() + interval '1 hour')`,
        [demo, viewer.rows[0].id],
      );
      return { viewer: viewer.rows[0].id as number, admin: admin.rows[0].id as number };
    });

    expect((await migrate(urls.ownerUrl)).applied).toContain(MIGRATION);

    const flags = (await owner.query('select id, demo from tenant order by id')).rows;
    expect(flags).toEqual([
      { id: demo, demo: true },
      { id: real, demo: false },
    ]);
    await inTenant(demo, async () => {
      const rows = (await owner.query('select id, status from account order by id')).rows;
      expect(rows).toEqual([
        { id: accounts.viewer, status: 'disabled' },
        { id: accounts.admin, status: 'active' },
      ]);
      expect((await owner.query('select count(*)::int as n from session')).rows[0].n).toBe(0);
      // Enabling it again is refused by the rule that now holds.
      await expect(
        owner.query(`update account set status = 'active' where id = $1`, [accounts.viewer]),
      ).rejects.toThrow(/nasional/);
    });
  });
});
