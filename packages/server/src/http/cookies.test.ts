import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, login, TEST_PASSWORD } from '../../test/factories/account.factory';
import { openSurvey, surveyWorld } from '../../test/factories/survey.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';

let behindProxy: TestContext;
let direct: TestContext;

beforeAll(async () => {
  behindProxy = await createTestContext({ trustProxy: true, cookieSecure: 'auto' });
  direct = await createTestContext({ trustProxy: false, cookieSecure: 'auto' });
});
afterAll(async () => {
  await behindProxy.close();
  await direct.close();
});

const https = { 'x-forwarded-proto': 'https' };

async function signIn(ctx: TestContext) {
  const tenant = (await createTenant(ctx)).id;
  const account = await createAccount(ctx, tenant, 'pegawai');
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: https,
    payload: { username: account.username, password: TEST_PASSWORD },
  });
}

describe('cookies over HTTPS', () => {
  it('are Secure when a trusted proxy says the request came over HTTPS: sign-in, sign-out, survey device', async () => {
    const signedIn = await signIn(behindProxy);
    expect(signedIn.cookies.map((c) => [c.name, c.secure])).toEqual([
      ['jenjang_session', true],
      ['jenjang_signin_device', true],
    ]);
    const session = signedIn.cookies.find((c) => c.name === 'jenjang_session')!;
    const out = await behindProxy.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: {
        ...https,
        cookie: `jenjang_session=${session.value}`,
        'x-csrf-token': signedIn.json().csrfToken,
      },
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.map((c) => [c.name, c.value, c.secure])).toEqual([['jenjang_session', '', true]]);
    const tenant = (await createTenant(behindProxy)).id;
    const { publicCode } = await openSurvey(behindProxy, await surveyWorld(behindProxy, tenant, 0), {
      mode: 'public',
    });
    const form = await behindProxy.app.inject({
      method: 'GET',
      url: `/api/v1/public/surveys/${publicCode}`,
      headers: https,
    });
    expect(form.statusCode).toBe(200);
    expect(form.cookies.map((c) => [c.name, c.secure])).toEqual([['jenjang_device', true]]);
  });

  it('are not marked Secure on the word of an untrusted X-Forwarded-Proto', async () => {
    const signedIn = await signIn(direct);
    expect(signedIn.cookies.every((c) => !c.secure)).toBe(true);
  });
});

describe('API responses', () => {
  it('are never stored by a cache: data, problems and unknown API addresses', async () => {
    const tenant = (await createTenant(direct)).id;
    const account = await createAccount(direct, tenant, 'admin');
    const session = await login(direct, account.username);
    for (const [url, status] of [
      ['/api/v1/auth/me', 200],
      ['/api/v1/employees', 200],
      ['/api/v1/tidak-ada', 404],
    ] as const) {
      const response = await direct.app.inject({ method: 'GET', url, headers: session.headers });
      expect(response.statusCode).toBe(status);
      expect(response.headers['cache-control']).toBe('no-store');
    }
    const anonymous = await direct.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });
});
