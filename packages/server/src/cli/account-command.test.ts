import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { REPO_ROOT } from '../config';
import { claimDataDir, recordServerUrl, releaseDataDir } from '../db/data-dir-registry';

// `jenjang account create --role nasional`: national viewers go to the national tenant, never
// into a government. Run as the operator runs it, in its own process.

let ctx: TestContext;
let owner: pg.Client;

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'jenjang-account-link-'));
  ctx = await createTestContext({ demoData: false });
  owner = new pg.Client({ connectionString: ctx.urls.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await ctx.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The command in a shell of its own: PORT 3900 is not where any server listens. */
function jenjang(...args: string[]) {
  return promisify(execFile)('npm', ['run', '--silent', 'jenjang', '--', ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: ctx.urls.ownerUrl,
      DATABASE_APP_URL: ctx.urls.appUrl ?? '',
      JENJANG_DATA_DIR: dataDir,
      JENJANG_LANG: 'en',
      PUBLIC_URL: '',
      PORT: '3900',
    },
    timeout: 60_000,
  });
}

describe('account create --role nasional', () => {
  it('puts a national viewer in the national tenant, made on first use, and prints its link', async () => {
    const { stdout, stderr } = await jenjang(
      'account',
      'create',
      '--role',
      'nasional',
      '--username',
      'pengamat.bkn',
      '--name',
      'Pengamat BKN',
    );
    // No server runs on the data directory and PUBLIC_URL is unset: the path, and on standard error why.
    expect(stdout).toMatch(/^\/set-password\?token=\S+\n$/);
    expect(stderr).toContain('the link above is only a path');
    const tenant = (await owner.query(`select id, kind, slug from tenant where kind = 'nasional'`)).rows;
    expect(tenant).toMatchObject([{ kind: 'nasional', slug: 'nasional' }]);
  }, 60_000);

  it('refuses to put one inside a government, translated, and creates nothing', async () => {
    const government = await createTenant(ctx, { code: '21.71', name: 'Kota Batam' });
    const run = jenjang(
      'account',
      'create',
      '--role',
      'nasional',
      '--tenant',
      '21.71',
      '--username',
      'pengamat.batam',
      '--name',
      'Pengamat',
    );
    await expect(run).rejects.toMatchObject({
      stderr: expect.stringContaining('A national account does not belong to a government (Kota Batam)'),
    });
    await owner.query('begin');
    await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(government.id)]);
    expect((await owner.query('select count(*)::int as n from account')).rows[0].n).toBe(0);
    await owner.query('rollback');
  }, 60_000);

  it('refuses a name with a bidi override, as the API does, and creates nothing', async () => {
    const run = jenjang(
      'account',
      'create',
      '--role',
      'nasional',
      '--username',
      'pengamat.palsu',
      '--name',
      'Pengamat\u202elive',
    );
    await expect(run).rejects.toMatchObject({
      stderr: expect.stringContaining('--name contains an invisible or control character (U+202E)'),
    });
    const national = (await owner.query(`select id from tenant where kind = 'nasional'`)).rows[0].id;
    await owner.query('begin');
    await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(national)]);
    const made = await owner.query(`select 1 from account where username = 'pengamat.palsu'`);
    await owner.query('rollback');
    expect(made.rowCount).toBe(0);
  }, 60_000);
});

describe('account create without PUBLIC_URL', () => {
  it('links to the server running on the data directory, not to the PORT of its own shell', async () => {
    const government = await createTenant(ctx, { code: '14.72', name: 'Kota Bukittinggi' });
    const server = await claimDataDir(dataDir, { kind: 'server', exclusive: false, cluster: false });
    await recordServerUrl(server, 'http://localhost:3996');
    try {
      const { stdout, stderr } = await jenjang(
        'account',
        'create',
        '--tenant',
        government.code,
        '--role',
        'admin',
        '--username',
        'admin.bukittinggi',
        '--name',
        'Admin Bukittinggi',
      );
      expect(stdout).toMatch(/^http:\/\/localhost:3996\/set-password\?token=\S+\n$/);
      expect(stderr).toContain('the Jenjang server running on this computer (http://localhost:3996)');
      // --base-url still wins, with nothing to explain.
      const given = await jenjang(
        'account',
        'create',
        '--tenant',
        government.code,
        '--role',
        'pimpinan',
        '--username',
        'walikota.bukittinggi',
        '--name',
        'Wali Kota',
        '--base-url',
        'https://jenjang.bukittinggi.go.id/',
      );
      expect(given.stdout).toMatch(/^https:\/\/jenjang\.bukittinggi\.go\.id\/set-password\?token=\S+\n$/);
      expect(given.stderr).not.toContain('link');
    } finally {
      await releaseDataDir(server);
    }
  }, 120_000);
});
