import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestContext, type TestContext } from '../../test/harness';
import { REPO_ROOT } from '../config';

// `jenjang account create --role nasional`: national viewers go to the national tenant, never
// into a government. Run as the operator runs it, in its own process.

let ctx: TestContext;
let owner: pg.Client;

beforeAll(async () => {
  ctx = await createTestContext({ demoData: false });
  owner = new pg.Client({ connectionString: ctx.urls.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await ctx.close();
});

function jenjang(...args: string[]) {
  return promisify(execFile)('npm', ['run', '--silent', 'jenjang', '--', ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: ctx.urls.ownerUrl,
      DATABASE_APP_URL: ctx.urls.appUrl ?? '',
      JENJANG_LANG: 'en',
      PUBLIC_URL: '',
      PORT: '3900',
    },
    timeout: 60_000,
  });
}

describe('account create --role nasional', () => {
  it('puts a national viewer in the national tenant, made on first use, and prints its link', async () => {
    const { stdout } = await jenjang(
      'account',
      'create',
      '--role',
      'nasional',
      '--username',
      'pengamat.bkn',
      '--name',
      'Pengamat BKN',
    );
    expect(stdout).toMatch(/^http:\/\/localhost:3900\/set-password\?token=\S+\n$/);
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
