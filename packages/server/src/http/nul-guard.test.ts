import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type LoggedIn, login } from '../../test/factories/account.factory';
import { createUnit } from '../../test/factories/organisation.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { nulPath } from './nul-guard';

let ctx: TestContext;
let admin: LoggedIn;
let unitId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  const tenantId = (await createTenant(ctx)).id;
  unitId = (await createUnit(ctx, tenantId, 'Dinas Uji')).id;
  const account = await createAccount(ctx, tenantId, 'admin');
  admin = await login(ctx, account.username);
});
afterAll(() => ctx.close());

/** A refusal of a NUL: 400, translated, naming the field. */
function expectRefused(response: Awaited<ReturnType<TestContext['app']['inject']>>, path: string) {
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const body = response.json();
  expect(body.errors).toEqual([{ path, message: 'Isian tidak boleh berisi karakter NUL (\\u0000).' }]);
}

describe('a NUL byte anywhere in a request', () => {
  it('is refused in a search, not a 500 from PostgreSQL', async () => {
    for (const url of [
      '/api/v1/employees?q=%00',
      '/api/v1/employees?q=abc%00def',
      '/api/v1/accounts?q=%00',
      '/api/v1/survey-waves/1/non-respondents?q=%00',
      '/api/v1/positions?q=%00',
    ]) {
      expectRefused(await ctx.app.inject({ method: 'GET', url, headers: admin.headers }), 'querystring/q');
    }
  });

  it('is refused in a sign-in, in the reader’s language', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'admin\u0000', password: 'apa-saja-123' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'body/username', message: 'The value must not contain a NUL character (\\u0000).' },
    ]);
  });

  it('is refused in a JSON body, nested or in a key, and in a path parameter; nothing is written', async () => {
    expectRefused(
      await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/units/${unitId}`,
        headers: admin.headers,
        payload: { name: 'Dinas\u0000Baru' },
      }),
      'body/name',
    );
    expectRefused(
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/instruments',
        headers: admin.headers,
        payload: { definition: { kind: 'custom', title: { id: 'Judul', en: 'x\u0000' }, sections: [] } },
      }),
      'body/definition/title/en',
    );
    expectRefused(
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        headers: admin.headers,
        payload: { 'na\u0000me': 'Dinas', kind: 'opd', parentId: null },
      }),
      'body/na\\0me',
    );
    expectRefused(
      await ctx.app.inject({ method: 'GET', url: '/api/v1/surveys/%00', headers: admin.headers }),
      'params/id',
    );
    const units = await ctx.app.inject({ method: 'GET', url: '/api/v1/units', headers: admin.headers });
    expect(units.json().items.map((u: { name: string }) => u.name)).toEqual(['Dinas Uji']);
  });
});

describe('a NUL byte in an uploaded file’s name', () => {
  it('is refused like any field, not a 500 from the job or audit row', async () => {
    const boundary = 'nulboundary';
    const body =
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''unit%00.csv\r\n` +
      `Content-Type: text/csv\r\n\r\nnama_unit,induk_unit\r\nBidang A,\r\n--${boundary}--\r\n`;
    expectRefused(
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/imports/units',
        headers: { ...admin.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.from(body),
      }),
      'file/filename',
    );
  });
});

describe('nulPath', () => {
  it('finds a NUL deep in a value without recursion limits', () => {
    expect(nulPath({ a: [1, 'x', { b: 'y\u0000' }] })).toBe('/a/2/b');
    expect(nulPath({ a: ['ok'], b: null, c: 3 })).toBeNull();
    let deep: unknown = 'z\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(nulPath(deep)).toBe('/0'.repeat(200_000));
  });
});
