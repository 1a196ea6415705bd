import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount, login } from '../../test/factories/account.factory';
import { buildEmployee } from '../../test/factories/employee.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { TEST_SECRET } from '../../test/global-setup';
import { createTestContext, type TestContext } from '../../test/harness';
import { buildApp } from '../app';
import { restoreCommand } from '../cli/backup-command';
import { verifyAuditChain } from '../features/audit/audit-verify';
import { translate } from '../i18n/translate';
import { backupDatabase, readBackupHeader, restoreDatabase, tablesInOrder } from './backup';
import { bootstrapDatabase } from './bootstrap';
import { claimDataDir, releaseDataDir } from './data-dir-registry';
import { createDb, createPool } from './database';
import { migrate } from './migrate';

let ctx: TestContext;
let dir: string;
let restoredName: string;

function superuserUrl(database: string): string {
  const url = new URL(inject('adminUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

async function counts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, number> = {};
    for (const table of await tablesInOrder(client)) {
      result[table] = (
        await client.query(`select count(*)::int as n from ${client.escapeIdentifier(table)}`)
      ).rows[0].n;
    }
    return result;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  ctx = await createTestContext();
  dir = await mkdtemp(path.join(tmpdir(), 'jenjang-backup-'));
  const tenant = await createTenant(ctx);
  for (let i = 0; i < 30; i++) await buildEmployee(ctx, tenant.id, { name: `Pegawai ${i}`, sequence: i + 1 });
  const admin = await createAccount(ctx, tenant.id, 'admin', { username: 'admin.cadangan' });
  await login(ctx, admin.username);
});
afterAll(async () => {
  const admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  if (restoredName) await admin.query(`drop database if exists ${restoredName} with (force)`);
  await admin.end();
  await rm(dir, { recursive: true, force: true });
  await ctx.close();
});

describe('backup and restore', () => {
  it('round-trips every row into a new database, with the audit chain intact and sign-in working', async () => {
    const sourceName = new URL(ctx.urls.ownerUrl).pathname.slice(1);
    const file = path.join(dir, 'jenjang.backup.gz');
    const header = await backupDatabase(superuserUrl(sourceName), file);
    expect(header.tables).toContain('employee');
    expect((await readBackupHeader(file)).migrations).toEqual(header.migrations);

    restoredName = `jenjang_r${randomBytes(4).toString('hex')}_${process.pid}`;
    const urls = await bootstrapDatabase(inject('adminUrl'), { database: restoredName, secret: TEST_SECRET });
    await migrate(urls.ownerUrl, () => {}, { only: header.migrations });
    await restoreDatabase(superuserUrl(restoredName), file);

    expect(await counts(superuserUrl(restoredName))).toEqual(await counts(superuserUrl(sourceName)));

    const db = createDb(createPool(urls, 2));
    const app = await buildApp({ config: ctx.config, db });
    try {
      const tenants = await db.selectFrom('employee').select('tenant_id').execute();
      expect(tenants).toHaveLength(0); // still row-level secured after the restore
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin.cadangan', password: 'rahasia-uji-123' },
      });
      expect(response.statusCode).toBe(200);
      const tenantId = response.json().user.tenant.id as number;
      const report = await verifyAuditChain(db, tenantId);
      expect(report.ok).toBe(true);
      // New rows get fresh ids after the restored ones.
      const next = await buildEmployee({ ...ctx, db }, tenantId, {
        name: 'Sesudah Pemulihan',
        sequence: 500,
      });
      expect(next.id).toBeGreaterThan(30);
    } finally {
      await app.close();
      await db.destroy();
    }
  });

  it('refuses to restore while a server runs on the data directory, even an idle one', async () => {
    const file = path.join(dir, 'refused.backup.gz');
    await backupDatabase(superuserUrl(new URL(ctx.urls.ownerUrl).pathname.slice(1)), file);
    const dataDir = path.join(dir, 'data');
    // A server registered on the data directory, with no database connection at all.
    const server = await claimDataDir(dataDir, { kind: 'server', exclusive: true, cluster: true });
    const previous = process.env.JENJANG_DATA_DIR;
    process.env.JENJANG_DATA_DIR = dataDir;
    try {
      const refusal = await restoreCommand(file, { force: true }).catch((error: unknown) => error);
      expect(refusal).toMatchObject({
        key: 'restoreWhileServer',
        params: { dir: dataDir, pid: process.pid },
      });
      const { key, params } = refusal as { key: string; params: Record<string, unknown> };
      expect(translate('en', `cli.${key}`, params)).toBe(
        `A Jenjang server is running on the data directory ${dataDir} (process ${process.pid}): stop it first, then restore again.`,
      );
      // Refused before anything was started or replaced.
      expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.JENJANG_DATA_DIR;
      else process.env.JENJANG_DATA_DIR = previous;
      await releaseDataDir(server);
    }
  });
});
