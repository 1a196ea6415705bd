import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, TEST_PASSWORD } from '../../../test/factories/account.factory';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';
import { TestClock } from '../../platform/clock';
import { DEMO_PASSWORD } from './demo-password';
import { forgetOld, recordAttempts } from './login-failure.repository';
import { hashPassword } from './passwords';

const THROTTLE = {
  loginMaxFailures: 5,
  loginAccountMaxFailures: 12,
  loginAddressMaxFailures: 30,
  loginMaxDelayMinutes: 15,
};
let ctx: TestContext;
let tenantId: number;
let addressCount = 0;

beforeAll(async () => {
  ctx = await createTestContext({ ...THROTTLE, loginFirstDelaySeconds: 30 });
  tenantId = (await createTenant(ctx)).id;
});
afterAll(() => ctx.close());

/** A fresh client address per test, so tests do not share the per-address counter. */
const newAddress = () => `198.51.100.${++addressCount}`;

function attempt(
  username: string,
  password: string,
  address: string,
  options: { cookie?: string; lang?: string } = {},
) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: address,
    headers: {
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.lang ? { 'accept-language': options.lang } : {}),
    },
    payload: { username, password },
  });
}

async function auditOf(accountId: number) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('audit_log')
      .select(['action', 'actor_account_id', 'data'])
      .where('entity_id', '=', String(accountId))
      .where('action', 'like', 'auth.%')
      .orderBy('seq')
      .execute(),
  );
}

async function employeeAccount() {
  const employee = await buildEmployee(ctx, tenantId);
  const account = await createAccount(ctx, tenantId, 'pegawai', { employeeId: employee.id });
  return { nip: employee.nip, account };
}

describe('sign-in throttling', () => {
  it('counts a NIP typed with different spaces and dots as one login', async () => {
    const { nip } = await employeeAccount();
    const address = newAddress();
    const variants = [
      nip,
      `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`,
      `${nip.slice(0, 8)}.${nip.slice(8)}`,
      ` ${nip.slice(0, 8)}  ${nip.slice(8)} `,
      `${nip.slice(0, 8)}-${nip.slice(8, 14)}-${nip.slice(14)}`,
    ];
    for (const variant of variants)
      expect((await attempt(variant, 'salah-sekali', address)).statusCode).toBe(401);
    // Yet another spelling, now with the right password: still waiting.
    const response = await attempt(`${nip.slice(0, 4)} ${nip.slice(4)}`, TEST_PASSWORD, address);
    expect(response.statusCode).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not let an attacker elsewhere keep the owner out', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const attacker = newAddress();
    for (let i = 0; i < 6; i++) await attempt(account.username, `tebakan-${i}`, attacker);
    expect((await attempt(account.username, TEST_PASSWORD, attacker)).statusCode).toBe(429);
    expect((await attempt(account.username, TEST_PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it('lets the owner in from a device that signed in before, even when every address is slowed', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const home = newAddress();
    const first = await attempt(account.username, TEST_PASSWORD, home);
    const device = first.cookies.find((c) => c.name === 'jenjang_signin_device')!;
    expect(device.path).toBe('/api/v1/auth/login');
    expect(device.httpOnly).toBe(true);
    // A distributed guess: 12 failures from 12 addresses slow every unknown client of the account.
    for (let i = 0; i < 12; i++) {
      expect((await attempt(account.username, `tebakan-${i}`, newAddress())).statusCode).toBe(401);
    }
    const stranger = await attempt(account.username, TEST_PASSWORD, newAddress());
    expect(stranger.statusCode).toBe(429);
    const owner = await attempt(account.username, TEST_PASSWORD, newAddress(), {
      cookie: `jenjang_signin_device=${device.value}`,
    });
    expect(owner.statusCode).toBe(200);
  });

  it('slows one address guessing many accounts (password spraying)', async () => {
    const address = newAddress();
    for (let i = 0; i < 30; i++) await attempt(`tidak-ada-${i}-${address}`, 'Musim2026!', address);
    const account = await createAccount(ctx, tenantId, 'pegawai');
    expect((await attempt(account.username, TEST_PASSWORD, address)).statusCode).toBe(429);
    expect((await attempt(account.username, TEST_PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it('lets parallel guesses through no faster than sequential ones', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const address = newAddress();
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(account.username, `paralel-${i}`, address)),
    );
    const checked = responses.filter((r) => r.statusCode === 401).length;
    expect(checked).toBe(5);
    expect(responses.filter((r) => r.statusCode === 429)).toHaveLength(7);
  });

  it('audits failed sign-ins and the waits they start in the account’s government', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const address = newAddress();
    for (let i = 0; i < 5; i++) await attempt(account.username, 'salah-sekali', address);
    await attempt(account.username, TEST_PASSWORD, address); // refused unchecked: not audited
    const entries = await auditOf(account.id);
    expect(entries.map((e) => e.action)).toEqual([
      ...Array(5).fill('auth.loginFailed'),
      'auth.loginThrottled',
    ]);
    expect(entries[0]).toMatchObject({
      actor_account_id: account.id,
      data: { address, reason: 'wrongPassword' },
    });
    expect(entries[5]!.data).toMatchObject({ address, scope: 'client', retryAfterSeconds: 30 });
  });

  it('answers an unknown login exactly like a known one with a wrong password', async () => {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    const known = newAddress();
    const unknown = newAddress();
    for (let i = 0; i < 6; i++) {
      const a = await attempt(account.username, 'salah-sekali', known);
      const b = await attempt(`${account.username}-tidak-ada`, 'salah-sekali', unknown);
      expect(b.statusCode).toBe(a.statusCode);
      expect(b.headers['retry-after']).toBe(a.headers['retry-after']);
      expect(b.headers['content-type']).toBe(a.headers['content-type']);
      expect(b.json()).toEqual(a.json());
    }
  });

  it('tells nobody without the password that a NIP belongs to accounts in two governments', async () => {
    const other = (await createTenant(ctx)).id;
    const here = await buildEmployee(ctx, tenantId, { birthDate: '1979-11-02', sequence: 321 });
    const there = await buildEmployee(ctx, other, { birthDate: '1979-11-02', sequence: 321 });
    expect(there.nip).toBe(here.nip);
    await createAccount(ctx, tenantId, 'pegawai', { employeeId: here.id });
    const elsewhere = await createAccount(ctx, other, 'pegawai', { employeeId: there.id });
    const wrong = await attempt(here.nip, 'salah-sekali', newAddress(), { lang: 'en' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().detail).toBe('Wrong username/NIP or password.');
    // With a password that fits both, the answer may say why it cannot choose.
    const both = await attempt(here.nip, TEST_PASSWORD, newAddress(), { lang: 'en' });
    expect(both.json().detail).toBe('This NIP belongs to more than one account. Sign in with your username.');
    // With a password that fits one, that account signs in.
    await withTenant(ctx.db, other, async (tx) => {
      await tx
        .updateTable('account')
        .set({ password_hash: await hashPassword('hanya-di-sana-2026') })
        .where('id', '=', elsewhere.id)
        .execute();
    });
    const one = await attempt(here.nip, 'hanya-di-sana-2026', newAddress());
    expect(one.statusCode).toBe(200);
    expect(one.json().user.username).toBe(elsewhere.username);
  });

  it('keeps keyed hashes of the account, the login and the address, not their plain SHA-256', async () => {
    const { account } = await employeeAccount();
    const unknownLogin = `tak.dikenal.${Date.now()}`;
    const address = newAddress();
    expect((await attempt(account.username, 'salah-kunci', address)).statusCode).toBe(401);
    expect((await attempt(unknownLogin, 'salah-kunci', address)).statusCode).toBe(401);
    const rows = await ctx.db
      .selectFrom('login_failure')
      .select(['subject', 'address_hash'])
      .where('at', '>', new Date(Date.now() - 60_000))
      .execute();
    const sha = (text: string) => createHash('sha256').update(text).digest();
    const hmac = (text: string) => createHmac('sha256', ctx.config.serverSecret).update(text).digest();
    const stored = (hash: Buffer) => rows.some((r) => r.subject.equals(hash) || r.address_hash.equals(hash));
    // Whoever reads the table cannot hash every account id, login and address to look them up...
    for (const plain of [`account:${account.id}`, `login:${unknownLogin}`, `address:${address}`]) {
      expect(stored(sha(plain))).toBe(false);
      // ...while the server, holding the key, still finds its counters.
      expect(stored(hmac(plain))).toBe(true);
    }
  });

  it('forgets failures after a day', async () => {
    const old = new Date(Date.now() - 25 * 3_600_000);
    const subject = Buffer.alloc(32, 7);
    await ctx.db
      .transaction()
      .execute((tx) =>
        recordAttempts(tx, [{ subject, addressHash: Buffer.alloc(32, 8), deviceHash: null, at: old }]),
      );
    await forgetOld(ctx.db, new Date(Date.now() - 24 * 3_600_000), new Date());
    const left = await ctx.db
      .selectFrom('login_failure')
      .select('at')
      .where('subject', '=', subject)
      .execute();
    expect(left).toEqual([]);
  });
});

describe('progressive delays', () => {
  // A one-second first delay, and a clock the test moves: the doubling is watched without waiting.
  const clock = new TestClock(new Date());
  let quick: TestContext;
  beforeAll(async () => {
    quick = await createTestContext({ ...THROTTLE, loginFirstDelaySeconds: 1 }, { clock });
  });
  afterAll(() => quick.close());

  it('slows a client progressively: no wait for the first failures, then doubling waits', async () => {
    const tenant = (await createTenant(quick)).id;
    const account = await createAccount(quick, tenant, 'pegawai');
    const address = newAddress();
    const attemptHere = (password: string, lang = 'id') =>
      quick.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: address,
        headers: { 'accept-language': lang },
        payload: { username: account.username, password },
      });
    for (let i = 0; i < 4; i++) {
      const response = await attemptHere('salah-sekali');
      expect(response.statusCode).toBe(401);
      expect(response.headers['retry-after']).toBeUndefined();
    }
    const fifth = await attemptHere('salah-sekali', 'en');
    expect(fifth.statusCode).toBe(401);
    expect(fifth.headers['retry-after']).toBe('1');
    expect(fifth.json().detail).toBe('Wrong username/NIP or password. Try again in 1 seconds.');
    const early = await attemptHere(TEST_PASSWORD);
    expect(early.statusCode).toBe(429);
    expect(early.headers['retry-after']).toBe('1');
    expect(early.json().detail).toBe('Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 1 detik.');
    clock.advance({ ms: 1_100 });
    const sixth = await attemptHere('salah-sekali');
    expect(sixth.statusCode).toBe(401);
    expect(sixth.headers['retry-after']).toBe('2');
    clock.advance({ ms: 1_100 });
    expect((await attemptHere(TEST_PASSWORD)).statusCode).toBe(429);
    clock.advance({ ms: 1_000 });
    expect((await attemptHere(TEST_PASSWORD)).statusCode).toBe(200);
    // A success ends the client's streak: the next mistake costs nothing.
    const after = await attemptHere('salah-sekali');
    expect(after.headers['retry-after']).toBeUndefined();
  });
});

describe('the demo password', () => {
  it('signs in nobody outside demo mode, with one answer for every login', async () => {
    const production = await createTestContext({ demoData: false });
    try {
      const tenant = (await createTenant(production)).id;
      const account = await createAccount(production, tenant, 'admin');
      await withTenant(production.db, tenant, async (tx) => {
        await tx
          .updateTable('account')
          .set({ password_hash: await hashPassword(DEMO_PASSWORD) })
          .where('id', '=', account.id)
          .execute();
      });
      const inject = (username: string) =>
        production.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username, password: DEMO_PASSWORD },
        });
      const response = await inject(account.username);
      expect(response.statusCode).toBe(401);
      expect(response.json().detail).toMatch(/Kata sandi demo tidak berlaku/);
      expect((await inject('tidak-ada-sama-sekali')).json()).toEqual(response.json());
    } finally {
      await production.close();
    }
  });

  it('still signs demo accounts in in demo mode', async () => {
    const account = await createAccount(ctx, tenantId, 'admin');
    await withTenant(ctx.db, tenantId, async (tx) => {
      await tx
        .updateTable('account')
        .set({ password_hash: await hashPassword(DEMO_PASSWORD) })
        .where('id', '=', account.id)
        .execute();
    });
    expect((await attempt(account.username, DEMO_PASSWORD, newAddress())).statusCode).toBe(200);
  });
});
