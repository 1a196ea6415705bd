import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, TEST_PASSWORD } from '../../test/factories/account.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { buildApp } from '../app';
import { JobRunner } from '../features/jobs/job-runner';
import { redactUrl } from './request-log';

let ctx: TestContext;
let app: Awaited<ReturnType<typeof buildApp>>;
const lines: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

beforeAll(async () => {
  ctx = await createTestContext();
  app = await buildApp({
    config: ctx.config,
    db: ctx.db,
    jobs: new JobRunner(ctx.db),
    logger: { level: 'info', stream },
  });
  // Code that logs a request's headers by hand still leaks no secret.
  app.get('/test/log-headers', { config: { permission: 'public' } }, async (request) => {
    request.log.info({ headers: request.headers }, 'headers seen');
    return { ok: true };
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

/** The log lines written while `work` ran. */
async function logged(work: () => Promise<unknown>): Promise<string> {
  const from = lines.length;
  await work();
  return lines.slice(from).join('\n');
}

describe('request logs', () => {
  it('never write a set-password token, and no client port', async () => {
    const token = 'Rahasia_Token_Sekali_Pakai_0123456789abcdefghij';
    const log = await logged(() => app.inject({ method: 'GET', url: `/set-password?token=${token}` }));
    expect(log).toContain('/set-password?token=[redacted]');
    expect(log).not.toContain(token);
    expect(log).not.toContain('remotePort');
  });

  it('never write session cookies, CSRF tokens or passwords', async () => {
    const tenant = (await createTenant(ctx)).id;
    const account = await createAccount(ctx, tenant, 'admin');
    let cookie = '';
    let csrf = '';
    const log = await logged(async () => {
      const signedIn = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: account.username, password: TEST_PASSWORD },
      });
      cookie = signedIn.cookies.find((c) => c.name === 'jenjang_session')!.value;
      csrf = signedIn.json().csrfToken;
      await app.inject({
        method: 'GET',
        url: '/test/log-headers',
        headers: {
          cookie: `jenjang_session=${cookie}`,
          'x-csrf-token': csrf,
          authorization: 'Bearer rahasia-bearer',
        },
      });
    });
    expect(log).toContain('headers seen');
    for (const secret of [cookie, csrf, TEST_PASSWORD, 'rahasia-bearer']) expect(log).not.toContain(secret);
  });

  it('name no client on routes that must not be linkable to a person', async () => {
    const anonymous = await logged(() =>
      app.inject({ method: 'GET', url: '/api/v1/public/surveys/TIDAKADA', remoteAddress: '203.0.113.77' }),
    );
    expect(anonymous).toContain('/api/v1/public/surveys/TIDAKADA');
    expect(anonymous).not.toContain('203.0.113.77');
    const ordinary = await logged(() =>
      app.inject({ method: 'GET', url: '/api/v1/auth/me', remoteAddress: '203.0.113.78' }),
    );
    expect(ordinary).toContain('203.0.113.78');
  });
});

describe('request ids', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const idOf = (id: string) =>
    app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': id } });

  it("keep a proxy's short id, in the log line and the answer", async () => {
    let answer = '';
    const log = await logged(async () => {
      answer = String((await idOf('edge-7f3a.42:1')).headers['x-request-id']);
    });
    expect(answer).toBe('edge-7f3a.42:1');
    expect(log).toContain('"reqId":"edge-7f3a.42:1"');
  });

  it('replace a long or arbitrary id by their own, never echoing it', async () => {
    for (const forged of [
      'x'.repeat(5000),
      'admin login ok"} {"level":50',
      '../../etc',
      'a'.repeat(65),
      '',
    ]) {
      let answer = '';
      const log = await logged(async () => {
        answer = String((await idOf(forged)).headers['x-request-id']);
      });
      expect(answer).toMatch(UUID);
      if (forged) expect(log).not.toContain(forged);
    }
  });
});

describe('redactUrl', () => {
  it('keeps paging and sorting, and replaces every other query value', () => {
    expect(redactUrl('/api/v1/employees?q=198503122010011001&page=2&sort=name&ballot=abc&flag')).toBe(
      '/api/v1/employees?q=[redacted]&page=2&sort=name&ballot=[redacted]&flag',
    );
    expect(redactUrl('/api/v1/employees')).toBe('/api/v1/employees');
  });
});
