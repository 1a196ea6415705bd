import { readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { TEST_SECRET } from '../../test/global-setup';
import { bootstrapDatabase } from './bootstrap';
import { migrate } from './migrate';

// Migration 0010 makes an employee's account unique. A database that already links two accounts
// to one employee must stop the upgrade with their names, not fail on a bare index error nor
// unlink one silently (which would change who may act for whom).

const database = `jenjang_m0010_${process.pid}`;
afterAll(async () => {
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  await client.query(`drop database if exists ${client.escapeIdentifier(database)} with (force)`);
  await client.end();
});

describe('migration 0010 on a database with two accounts for one employee', () => {
  it('stops with the employee and the accounts named, and changes nothing', async () => {
    const urls = await bootstrapDatabase(inject('adminUrl'), { database, secret: TEST_SECRET });
    const names = (await readdir(path.join(import.meta.dirname, 'migrations'))).filter((f) =>
      f.endsWith('.sql'),
    );
    await migrate(urls.ownerUrl, () => {}, { only: names.filter((name) => name < '0010') });
    const owner = new pg.Client({ connectionString: urls.ownerUrl });
    await owner.connect();
    try {
      const tenant = await owner.query(
        `insert into tenant (code, slug, name, kind) values ('99.01', 'uji', 'Kota Uji', 'kota') returning id`,
      );
      const tenantId = tenant.rows[0].id as number;
      await owner.query('begin');
      await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(tenantId)]);
      const employee = await owner.query(
        `insert into employee (tenant_id, nip, employee_type, name, birth_date, sex)
         values ($1, '198503122010011001', 'PNS', 'Budi', '1985-03-12', 'M') returning id`,
        [tenantId],
      );
      for (const username of ['budi.satu', 'budi.dua']) {
        await owner.query(
          `insert into account (tenant_id, username, display_name, role, employee_id) values ($1, $2, 'Budi', 'pegawai', $3)`,
          [tenantId, username, employee.rows[0].id],
        );
      }
      await owner.query('commit');
    } finally {
      await owner.end();
    }
    await expect(migrate(urls.ownerUrl, () => {}, { only: ['0010_scoped_audit.sql'] })).rejects.toThrow(
      'in Kota Uji these employees are linked to more than one account: NIP 198503122010011001: budi.satu, budi.dua',
    );
    const check = new pg.Client({ connectionString: urls.ownerUrl });
    await check.connect();
    try {
      const applied = await check.query(
        `select name from schema_migration where name = '0010_scoped_audit.sql'`,
      );
      expect(applied.rowCount).toBe(0);
    } finally {
      await check.end();
    }
  });
});
