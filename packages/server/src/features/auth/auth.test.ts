import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, login, TEST_PASSWORD } from '../../../test/factories/account.factory';
import { createUnit } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { issuePasswordToken } from './auth.service';
import { DEMO_PASSWORD } from './demo-password';

let ctx: TestContext;
let tenantId: number;

beforeAll(async () => {
  ctx = await createTestContext({ loginMaxFailures: 5, loginFirstDelaySeconds: 30 });
  tenantId = (await createTenant(ctx)).id;
});
afterAll(() => ctx.close());

describe('login', () => {
  it('signs in with username and password and sets an HttpOnly SameSite cookie', async () => {
    const account = await createAccount(ctx, tenantId, 'admin');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: account.username, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'jenjang_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(response.json().user).toMatchObject({ username: account.username, role: 'admin' });
    expect(response.json().user.permissions).toContain('employee.import');
  });

  it('rejects a wrong password with a translated problem', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: account.username, password: 'wrong-password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toBe('Wrong username/NIP or password.');
  });

  it('slows a login after five failures, even for the right password, and says for how long', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    for (let i = 0; i < 5; i++) {
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: account.username, password: 'nope' },
      });
    }
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: account.username, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toMatch(/^(29|30)$/);
    expect(response.json().detail).toMatch(/Coba lagi dalam (29|30) detik/);
  });

  it('validates the body with translated field messages', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.length).toBeGreaterThan(0);
    expect(response.json().errors[0].message).toBe('Wajib diisi.');
  });
});

describe('sessions', () => {
  it('refuses a state-changing request without the CSRF token', async () => {
    const account = await createAccount(ctx, tenantId, 'admin');
    const session = await login(ctx, account.username);
    const response = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/locale',
      headers: { cookie: session.cookie },
      payload: { locale: 'en' },
    });
    expect(response.statusCode).toBe(403);
    const ok = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/locale',
      headers: session.headers,
      payload: { locale: 'en' },
    });
    expect(ok.statusCode).toBe(204);
  });

  it('resolves a session to its account, scope unit and government in one lookup', async () => {
    const unit = await createUnit(ctx, tenantId, 'Dinas Pendidikan');
    const account = await createAccount(ctx, tenantId, 'atasan', { scopeUnitId: unit.id });
    const session = await login(ctx, account.username);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      id: account.id,
      role: 'atasan',
      scopeUnit: { id: unit.id, name: 'Dinas Pendidikan' },
      tenant: { id: tenantId, timeZone: 'Asia/Jakarta' },
    });
    expect(me.json().user).not.toHaveProperty('passwordHash');
    expect(me.json().csrfToken).toBe(session.headers['x-csrf-token']);
  });

  it('ends a session at its expiry and for an account disabled behind its back', async () => {
    const expiringAccount = await createAccount(ctx, tenantId, 'pegawai');
    const expiring = await login(ctx, expiringAccount.username);
    const disabled = await createAccount(ctx, tenantId, 'pegawai');
    const left = await login(ctx, disabled.username);
    const me = (headers: Record<string, string>) =>
      ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect((await me(expiring.headers)).statusCode).toBe(200);
    expect((await me(left.headers)).statusCode).toBe(200);
    await withTenant(ctx.db, tenantId, async (tx) => {
      // The expiry is compared with the server's clock, not PostgreSQL's: one second past it.
      await tx
        .updateTable('session')
        .set({ expires_at: new Date(ctx.clock.now().getTime() - 1_000) })
        .where('account_id', '=', expiringAccount.id)
        .execute();
      // Disabling through the service ends sessions too; this holds even when a row is changed directly.
      await tx.updateTable('account').set({ status: 'disabled' }).where('id', '=', disabled.id).execute();
    });
    expect((await me(expiring.headers)).statusCode).toBe(401);
    expect((await me(left.headers)).statusCode).toBe(401);
  });

  it('logs out: the cookie no longer works', async () => {
    const account = await createAccount(ctx, tenantId, 'admin');
    const session = await login(ctx, account.username);
    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: session.headers,
    });
    expect(out.statusCode).toBe(204);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers });
    expect(me.statusCode).toBe(401);
  });

  it('changes the password and signs out other devices', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const here = await login(ctx, account.username);
    const elsewhere = await login(ctx, account.username);
    const change = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: here.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'kata-sandi-baru-2026' },
    });
    expect(change.statusCode).toBe(204);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: here.headers })).statusCode,
    ).toBe(200);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: elsewhere.headers }))
        .statusCode,
    ).toBe(401);
    await expect(login(ctx, account.username, 'kata-sandi-baru-2026')).resolves.toBeTruthy();
  });

  it('sets a password once through a one-time link', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const token = await issuePasswordToken(ctx.db, tenantId, account.id, null, new Date());
    const set = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/set-password',
        payload: { token, newPassword: 'dari-tautan-sekali-pakai' },
      });
    expect((await set()).statusCode).toBe(204);
    expect((await set()).statusCode).toBe(400);
    await expect(login(ctx, account.username, 'dari-tautan-sekali-pakai')).resolves.toBeTruthy();
  });
});

describe('set-password links', () => {
  const setWith = (token: string, newPassword = 'dari-tautan-sekali-pakai') =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/set-password', payload: { token, newPassword } });

  it('keeps only the newest link of an account alive', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const older = await issuePasswordToken(ctx.db, tenantId, account.id, null, new Date());
    const newer = await issuePasswordToken(ctx.db, tenantId, account.id, null, new Date());
    expect((await setWith(older)).statusCode).toBe(400);
    expect((await setWith(newer)).statusCode).toBe(204);
  });

  it('leaves one live link when two are issued at the same moment', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const tokens = await Promise.all([
      issuePasswordToken(ctx.db, tenantId, account.id, null, new Date()),
      issuePasswordToken(ctx.db, tenantId, account.id, null, new Date()),
    ]);
    const statuses = [];
    for (const token of tokens)
      statuses.push((await setWith(token, `kata-sandi-${token.slice(0, 6)}`)).statusCode);
    expect(statuses.sort()).toEqual([204, 400]);
  });

  it('ends a pending link when the owner changes the password', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const token = await issuePasswordToken(ctx.db, tenantId, account.id, null, new Date());
    const session = await login(ctx, account.username);
    const change = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: session.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'kata-sandi-baru-2026' },
    });
    expect(change.statusCode).toBe(204);
    expect((await setWith(token)).statusCode).toBe(400);
    await expect(login(ctx, account.username, 'kata-sandi-baru-2026')).resolves.toBeTruthy();
  });

  it('refuses the published demo password as a new one, and the link stays usable', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const token = await issuePasswordToken(ctx.db, tenantId, account.id, null, new Date());
    const refused = await setWith(token, DEMO_PASSWORD);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toEqual({
      path: 'body/newPassword',
      message: 'Kata sandi demo diumumkan untuk semua orang; pilih kata sandi lain.',
    });
    expect((await setWith(token)).statusCode).toBe(204);
  });
});

describe('account settings', () => {
  it('refuses the published demo password when changing the password', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const session = await login(ctx, account.username);
    const change = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { ...session.headers, 'accept-language': 'en' },
      payload: { currentPassword: TEST_PASSWORD, newPassword: DEMO_PASSWORD },
    });
    expect(change.statusCode).toBe(400);
    expect(change.json().detail).toBe(
      'The demo password is published for everyone; choose another password.',
    );
    await expect(login(ctx, account.username)).resolves.toBeTruthy();
  });

  it('slows guesses of the current password like failed sign-ins', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const session = await login(ctx, account.username);
    const change = (currentPassword: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: session.headers,
        payload: { currentPassword, newPassword: 'kata-sandi-baru-2026' },
      });
    for (let i = 0; i < 5; i++) expect((await change(`tebakan-${i}`)).statusCode).toBe(400);
    const throttled = await change(TEST_PASSWORD);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toMatch(/^(29|30)$/);
  });

  it('audits a change of language', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const session = await login(ctx, account.username);
    const put = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/locale',
      headers: session.headers,
      payload: { locale: 'en' },
    });
    expect(put.statusCode).toBe(204);
    const entries = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'actor_account_id', 'data'])
        .where('entity_id', '=', String(account.id))
        .where('action', '=', 'auth.localeChanged')
        .execute(),
    );
    expect(entries).toEqual([
      { action: 'auth.localeChanged', actor_account_id: account.id, data: { locale: 'en' } },
    ]);
  });
});
