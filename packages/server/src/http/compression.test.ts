import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../../scripts/precompress.mjs';
import { buildId, swapIn } from '../../../../scripts/web-swap.mjs';
import { createAccount, login } from '../../test/factories/account.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { registerCompression } from './compression';

let webDir = '';
let ctx: TestContext;
// Big enough to be worth compressing, varied enough that brotli and gzip differ from it.
const script = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i * 7919} % 13;`).join('\n');
const page = `<!doctype html><title>Jenjang</title>${'<!-- app -->'.repeat(200)}<script src="/assets/app-1.js"></script>`;
const surveyPage = `<!doctype html><title>Jenjang</title>${'<!-- survey -->'.repeat(200)}<script src="/assets/survey-1.js"></script>`;

beforeAll(async () => {
  webDir = await mkdtemp(path.join(tmpdir(), 'jenjang-web-'));
  const id = buildId();
  const build = path.join(webDir, 'builds', id);
  await mkdir(path.join(build, 'assets'), { recursive: true });
  await writeFile(path.join(build, 'index.html'), page);
  await writeFile(path.join(build, 'survey.html'), surveyPage);
  await writeFile(path.join(build, 'assets', 'app-1.js'), script);
  await writeFile(path.join(build, 'assets', 'tiny-1.js'), 'export {};');
  await precompress(build);
  swapIn(webDir, id);
  ctx = await createTestContext({ webDist: path.join(webDir, 'dist') });
});

afterAll(async () => {
  await ctx?.close();
  if (webDir) await rm(webDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'GET', url, headers });

describe('the built web app, compressed once at build time', () => {
  it('writes a brotli and a gzip copy beside each text file worth compressing, none beside a tiny one', async () => {
    const assets = await readdir(path.join(webDir, 'dist', 'assets'));
    expect(assets.sort()).toEqual(['app-1.js', 'app-1.js.br', 'app-1.js.gz', 'tiny-1.js']);
  });

  it('sends the copy the browser accepts, brotli first, saying it varies on Accept-Encoding', async () => {
    const br = await get('/assets/app-1.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(script.length / 2);

    const gzip = await get('/assets/app-1.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/app-1.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('accept-encoding');
    expect(plain.body).toBe(script);
  });

  it('sends index.html compressed too, revalidated at every load, for any client route', async () => {
    for (const url of ['/', '/index.html', '/login', '/surveys/12', '/s', '/search/s/abcdefgh12']) {
      const response = await get(url, { 'accept-encoding': 'br' });
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(page);
    }
  });

  it('sends a citizen survey link the survey page, the small entry without the app, the same way', async () => {
    for (const url of ['/s/abcdefgh12', '/s/abcdefgh12?utm=qr', '/s/', '/survey.html']) {
      const response = await get(url, { 'accept-encoding': 'gzip, br' });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers.vary, url).toContain('accept-encoding');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(surveyPage);
    }
    const gzip = await get('/s/abcdefgh12', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(surveyPage);
    expect((await get('/s/abcdefgh12')).body).toBe(surveyPage);
  });

  it('has the browser fetch the survey and the instance beside the page, for a well-formed code only', async () => {
    for (const url of ['/s/abcdefgh12', '/s/abcdefgh12?utm=qr']) {
      expect((await get(url)).headers.link, url).toBe(
        '</api/v1/public/surveys/abcdefgh12>; rel=preload; as=fetch; crossorigin, </api/v1/instance>; rel=preload; as=fetch; crossorigin',
      );
    }
    for (const url of ['/s/', '/survey.html', '/s/a%3E%3B%20rel%3Dstylesheet', '/s/a/b', '/login']) {
      expect((await get(url)).headers.link, url).toBeUndefined();
    }
  });
});

describe('API answers compressed on the fly', () => {
  it('compresses a JSON answer of 1 KB or more by Accept-Encoding', async () => {
    const response = await get('/api/docs/json', { 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toContain('accept-encoding');
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString()).openapi).toBe('3.1.0');
    expect((await get('/api/docs/json')).headers['content-encoding']).toBeUndefined();
  });

  it('never compresses the answers that carry the CSRF token, whose length could betray it, however long', async () => {
    const bare = Fastify();
    await registerCompression(bare);
    const long = { csrfToken: 'secret', padding: 'x'.repeat(4096) };
    bare.get('/api/v1/auth/me', async () => long);
    bare.get('/api/v1/employees', async () => long);
    const ask = (url: string) =>
      bare.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
    expect((await ask('/api/v1/auth/me')).headers['content-encoding']).toBeUndefined();
    expect((await ask('/api/v1/employees')).headers['content-encoding']).toBe('br');
    await bare.close();
  });

  it('leaves the real sign-in answers and zip downloads as they are', async () => {
    const tenant = await createTenant(ctx);
    const account = await createAccount(ctx, tenant.id, 'admin');
    const session = await login(ctx, account.username);
    const me = await get('/api/v1/auth/me', { ...session.headers, 'accept-encoding': 'br, gzip' });
    expect(me.statusCode).toBe(200);
    expect(me.headers['content-encoding']).toBeUndefined();
    expect(me.json().csrfToken).toBe(session.csrfToken);
    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-encoding': 'br, gzip' },
      payload: { username: account.username, password: 'rahasia-uji-123' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.headers['content-encoding']).toBeUndefined();

    // A zip stays as it is; a CSV download is compressed.
    const xlsx = await get('/api/v1/imports/template.xlsx', { ...session.headers, 'accept-encoding': 'br' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
