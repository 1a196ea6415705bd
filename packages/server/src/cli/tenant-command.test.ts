import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories/account.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { REPO_ROOT } from '../config';
import { claimDataDir, recordServerUrl, releaseDataDir } from '../db/data-dir-registry';
import { translate } from '../i18n/translate';
import { CliError } from './cli-error';
import { createGovernment, parseTenantOptions, type TenantCreateOptions } from './tenant-command';

// Setting up a real government from the command line, against PostgreSQL: what it creates, what it
// refuses (translated, writing nothing), and the first admin's one-time link.

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

const TANJUNGPINANG: TenantCreateOptions = {
  code: '21.72',
  name: 'Kota Tanjungpinang',
  type: 'kota',
};

/** The translated message of the CliError `run` throws (the command line prints it so). */
function refusal(run: () => unknown, locale: 'id' | 'en' = 'id'): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return translate(locale, `cli.${error.key}`, error.params);
    throw error;
  }
  throw new Error('no refusal');
}

async function refusalOf(promise: Promise<unknown>, locale: 'id' | 'en' = 'id'): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return translate(locale, `cli.${error.key}`, error.params);
    throw error;
  }
  throw new Error('no refusal');
}

async function tenantCount(): Promise<number> {
  return Number((await owner.query('select count(*) from tenant')).rows[0].count);
}

/** Audit actions of one government's chain, in order (read as the owner with its tenant set). */
async function auditActions(tenantId: number): Promise<string[]> {
  await owner.query('begin');
  try {
    await owner.query(`select set_config('jenjang.tenant_id', $1, true)`, [String(tenantId)]);
    return (await owner.query('select action from audit_log order by seq')).rows.map((r) => r.action);
  } finally {
    await owner.query('rollback');
  }
}

describe('parseTenantOptions', () => {
  it('derives the short name and the first admin from the name, on WIB by default', () => {
    expect(parseTenantOptions(TANJUNGPINANG)).toMatchObject({
      code: '21.72',
      kind: 'kota',
      slug: 'kota-tanjungpinang',
      timeZone: 'Asia/Jakarta',
      admin: { username: 'admin.kota-tanjungpinang', displayName: 'Admin Kota Tanjungpinang', email: null },
      warning: null,
    });
  });

  it('refuses a time zone outside WIB, WITA and WIT, naming the three', () => {
    const message = refusal(() => parseTenantOptions({ ...TANJUNGPINANG, timezone: 'Asia/Singapore' }), 'en');
    expect(message).toContain('Asia/Singapore');
    expect(message).toContain('Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)');
  });

  it('refuses a code of the wrong shape for the kind, and an unknown kind, in Indonesian', () => {
    expect(refusal(() => parseTenantOptions({ ...TANJUNGPINANG, code: '2172' }))).toContain(
      'bukan kode kabupaten/kota Kemendagri',
    );
    expect(refusal(() => parseTenantOptions({ ...TANJUNGPINANG, type: 'provinsi' }))).toContain(
      'bukan kode provinsi',
    );
    expect(refusal(() => parseTenantOptions({ ...TANJUNGPINANG, type: 'kecamatan' }))).toContain(
      'provinsi, kabupaten, kota',
    );
  });

  it('refuses a name or admin name with a control or bidi-control character, naming it', () => {
    expect(refusal(() => parseTenantOptions({ ...TANJUNGPINANG, name: 'Kota Tanjung\u202epinang' }))).toBe(
      '--name mengandung karakter tak terlihat atau karakter kendali (U+202E) yang tidak diizinkan. Tidak ada yang dibuat.',
    );
    expect(
      refusal(() => parseTenantOptions({ ...TANJUNGPINANG, adminName: 'Admin\u0007Kota' }), 'en'),
    ).toContain('--admin-name contains an invisible or control character (U+0007)');
  });

  it('warns, without refusing, when a kota code is numbered like a kabupaten', () => {
    expect(parseTenantOptions({ ...TANJUNGPINANG, code: '21.05' }).warning).toMatch(/71/);
  });

  it('refuses a bad admin username or e-mail address', () => {
    expect(refusal(() => parseTenantOptions({ ...TANJUNGPINANG, adminUsername: 'A b' }))).toContain('A b');
    expect(refusal(() => parseTenantOptions({ ...TANJUNGPINANG, adminEmail: 'no-at-sign' }))).toContain(
      'no-at-sign',
    );
  });
});

describe('createGovernment', () => {
  let tenantId: number;
  let token: string;

  it('creates the government on its zone and an admin without a password, both audited', async () => {
    const created = await createGovernment(
      ctx,
      parseTenantOptions({ ...TANJUNGPINANG, timezone: 'Asia/Jakarta' }),
    );
    tenantId = created.tenant.id;
    token = created.token;
    const tenant = (await owner.query('select * from tenant where id = $1', [tenantId])).rows[0];
    expect(tenant).toMatchObject({ code: '21.72', slug: 'kota-tanjungpinang', kind: 'kota', demo: false });
    expect(tenant.time_zone).toBe('Asia/Jakarta');
    expect(await auditActions(tenantId)).toEqual([
      'tenant.created',
      'account.created',
      'account.passwordLinkIssued',
    ]);
    // No password yet: nobody can sign in as the admin until the link is used.
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin.kota-tanjungpinang', password: 'jenjang-demo' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('lets the admin set a password with the link once, then sign in', async () => {
    const set = (newPassword: string) =>
      ctx.app.inject({ method: 'POST', url: '/api/v1/auth/set-password', payload: { token, newPassword } });
    expect((await set('sandi-pertama-yang-kuat')).statusCode).toBe(204);
    expect((await set('sandi-kedua-yang-kuat')).statusCode).toBe(400);
    const session = await login(ctx, 'admin.kota-tanjungpinang', 'sandi-pertama-yang-kuat');
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers });
    expect(me.json().user).toMatchObject({
      role: 'admin',
      tenant: { name: 'Kota Tanjungpinang', code: '21.72', timeZone: 'Asia/Jakarta' },
    });
  });

  it('refuses a code already used, in both languages, and writes nothing', async () => {
    const before = await tenantCount();
    const input = parseTenantOptions({
      ...TANJUNGPINANG,
      name: 'Kota Tanjungpinang Baru',
      adminUsername: 'admin.baru',
    });
    expect(await refusalOf(createGovernment(ctx, input))).toBe(
      'Kode 21.72 sudah dipakai oleh Kota Tanjungpinang. Tidak ada yang dibuat.',
    );
    expect(await refusalOf(createGovernment(ctx, input), 'en')).toContain(
      'already used by Kota Tanjungpinang',
    );
    expect(await tenantCount()).toBe(before);
  });

  it('refuses a username already taken and leaves no government without its admin', async () => {
    const before = await tenantCount();
    const input = parseTenantOptions({
      code: '21.71',
      name: 'Kota Batam',
      type: 'kota',
      timezone: 'Asia/Jakarta',
      adminUsername: 'admin.kota-tanjungpinang',
    });
    expect(await refusalOf(createGovernment(ctx, input))).toContain('admin.kota-tanjungpinang');
    expect(await tenantCount()).toBe(before);
  });

  it('keeps WITA and WIT governments on their own clock', async () => {
    const created = await createGovernment(
      ctx,
      parseTenantOptions({ code: '73.71', name: 'Kota Makassar', type: 'kota', timezone: 'Asia/Makassar' }),
    );
    expect(
      (await owner.query('select time_zone from tenant where id = $1', [created.tenant.id])).rows[0],
    ).toEqual({
      time_zone: 'Asia/Makassar',
    });
  });
});

describe('npm run jenjang -- tenant create', () => {
  it('sets up a government on a database without demo data and prints the admin’s link', async () => {
    const fresh = await createTestContext({ demoData: false });
    try {
      const { stdout } = await promisify(execFile)(
        'npm',
        [
          'run',
          '--silent',
          'jenjang',
          '--',
          'tenant',
          'create',
          '--code',
          '61.71',
          '--name',
          'Kota Pontianak',
          '--type',
          'kota',
        ],
        {
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            DATABASE_URL: fresh.urls.ownerUrl,
            DATABASE_APP_URL: fresh.urls.appUrl ?? '',
            JENJANG_LANG: 'en',
            PUBLIC_URL: 'https://jenjang.pontianak.go.id',
          },
          timeout: 60_000,
        },
      );
      expect(stdout).toContain(
        'Government created: Kota Pontianak (code 61.71, kota, time zone Asia/Jakarta (WIB))',
      );
      expect(stdout).toContain('First admin: admin.kota-pontianak');
      const link = /https:\/\/jenjang\.pontianak\.go\.id\/set-password\?token=(\S+)/.exec(stdout);
      expect(link, stdout).not.toBeNull();
      const set = await fresh.app.inject({
        method: 'POST',
        url: '/api/v1/auth/set-password',
        payload: { token: decodeURIComponent(link![1]!), newPassword: 'sandi-pontianak-123' },
      });
      expect(set.statusCode).toBe(204);
      await login(fresh, 'admin.kota-pontianak', 'sandi-pontianak-123');
    } finally {
      await fresh.close();
    }
  }, 90_000);
});

describe('the link, without PUBLIC_URL and without the server’s PORT', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'jenjang-link-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  /** `tenant create` as an operator runs it in another shell than the server's: no PORT, no PUBLIC_URL. */
  async function createFromCli(code: string, name: string) {
    const { PORT: _port, PUBLIC_URL: _public, ...env } = process.env;
    const { stdout } = await promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'jenjang',
        '--',
        'tenant',
        'create',
        '--code',
        code,
        '--name',
        name,
        '--type',
        'kota',
      ],
      {
        cwd: REPO_ROOT,
        env: {
          ...env,
          DATABASE_URL: ctx.urls.ownerUrl,
          DATABASE_APP_URL: ctx.urls.appUrl ?? '',
          JENJANG_DATA_DIR: dataDir,
          JENJANG_LANG: 'en',
        },
        timeout: 60_000,
      },
    );
    return stdout;
  }

  it('uses the address of the server running on the data directory, and says whose it is', async () => {
    // A server of this data directory, listening on 3996 (it records that once listening).
    const server = await claimDataDir(dataDir, { kind: 'server', exclusive: false, cluster: false });
    await recordServerUrl(server, 'http://localhost:3996');
    try {
      const stdout = await createFromCli('14.71', 'Kota Pekanbaru');
      expect(stdout).toMatch(/^http:\/\/localhost:3996\/set-password\?token=\S+$/m);
      expect(stdout).not.toContain('localhost:3000');
      expect(stdout).toContain('the Jenjang server running on this computer (http://localhost:3996)');
    } finally {
      await releaseDataDir(server);
    }
  }, 90_000);

  it('prints only the path when no server runs there, and says plainly to put the address in front', async () => {
    const stdout = await createFromCli('14.73', 'Kota Dumai');
    expect(stdout).toMatch(/^\/set-password\?token=\S+$/m);
    expect(stdout).not.toContain('localhost');
    expect(stdout).toContain(
      'the link above is only a path: put the address users reach Jenjang at in front of it',
    );
  }, 90_000);
});
