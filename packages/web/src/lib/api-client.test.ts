import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, ApiError, apiHref, createApiClient, send, setCsrfToken, unwrap } from './api-client';
import { serverFieldErrors } from './server-field-errors';

// The client's own behaviour over real HTTP: a small server on 127.0.0.1 answers what the test
// asks for and records what it received. The real API behind the client is exercised by the
// browser tests (e2e), which need every header and error path below to work.

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let client: ApiClient;
let seen: Seen[] = [];
let answer: { status: number; type?: string; body?: string } = { status: 200 };
let language: 'id' | 'en' = 'id';

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      if (answer.type) response.setHeader('content-type', answer.type);
      response.writeHead(answer.status);
      response.end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  client = createApiClient(`http://127.0.0.1:${port}`, () => language);
});

afterAll(async () => {
  server.close();
  await once(server, 'close');
});

beforeEach(() => {
  seen = [];
  setCsrfToken(null);
  language = 'id';
});

const json = (status: number, value: unknown) => ({
  status,
  type: status < 400 ? 'application/json' : 'application/problem+json',
  body: JSON.stringify(value),
});

describe('the API client', () => {
  it("sends the user's language and no CSRF token on a read", async () => {
    answer = json(200, { items: [] });
    setCsrfToken('token-1');
    language = 'en';
    await unwrap(client.GET('/api/v1/golongan'));
    expect(seen[0]?.headers['accept-language']).toBe('en');
    expect(seen[0]?.headers['x-csrf-token']).toBeUndefined();
  });

  it('sends the CSRF token and the JSON body on a state-changing request', async () => {
    answer = { status: 204 };
    setCsrfToken('token-2');
    await send(client.PUT('/api/v1/auth/locale', { body: { locale: 'en' } }));
    expect(seen[0]).toMatchObject({ method: 'PUT', body: '{"locale":"en"}' });
    expect(seen[0]?.headers['x-csrf-token']).toBe('token-2');
    expect(seen[0]?.headers['accept-language']).toBe('id');
    expect(seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('puts path parameters in the path, encoded, and leaves empty filters out of the query', async () => {
    answer = json(200, { items: [], total: 0, page: 1, pageSize: 10 });
    await unwrap(client.GET('/api/v1/accounts', { params: { query: { q: '', pageSize: 10 } } }));
    answer = json(200, {});
    await unwrap(client.GET('/api/v1/public/surveys/{code}', { params: { path: { code: 'a b/c' } } }));
    expect(seen.map((request) => request.url)).toEqual([
      '/api/v1/accounts?pageSize=10',
      '/api/v1/public/surveys/a%20b%2Fc',
    ]);
  });

  it("turns a problem into an ApiError carrying the server's message and field errors", async () => {
    const problem = {
      type: 'about:blank',
      title: 'Permintaan tidak valid',
      status: 400,
      detail: 'Nama wajib diisi.',
      errors: [{ path: 'body/name', message: 'Wajib diisi' }],
    };
    answer = json(400, problem);
    const error = await unwrap(
      client.POST('/api/v1/units', { body: { name: '', kind: 'dinas', parentId: null } }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, problem, message: 'Nama wajib diisi.' });
    expect(serverFieldErrors(error)).toEqual({ name: 'Wajib diisi' });
  });

  it('turns a failure without a problem (a proxy page) into an ApiError without one', async () => {
    answer = { status: 502, type: 'text/html', body: '<h1>Bad gateway</h1>' };
    await expect(send(client.POST('/api/v1/auth/logout'))).rejects.toMatchObject({
      status: 502,
      problem: null,
    });
  });

  it('does not unwrap an answer the document gives no body: the type checker asks for send()', async () => {
    answer = { status: 204 };
    // @ts-expect-error signing out answers 204
    await expect(unwrap(client.POST('/api/v1/auth/logout'))).rejects.toMatchObject({ status: 204 });
  });

  it('refuses a success that lacks the body the document promises', async () => {
    answer = { status: 200, type: 'application/json', body: '' };
    await expect(unwrap(client.GET('/api/v1/instance'))).rejects.toMatchObject({
      status: 200,
      problem: null,
    });
  });
});

describe('apiHref', () => {
  it('builds a download address from the typed path and query', () => {
    expect(
      apiHref('/api/v1/survey-waves/{id}/results.xlsx', { path: { id: 7 }, query: { lang: 'en' } }),
    ).toBe('/api/v1/survey-waves/7/results.xlsx?lang=en');
    expect(apiHref('/api/v1/imports/template.csv')).toBe('/api/v1/imports/template.csv');
  });

  it('is held to the document by the type checker, so no address keeps a placeholder', () => {
    // @ts-expect-error the survey's id is required: without it the address would be wrong
    expect(apiHref('/api/v1/surveys/{id}/qr.svg')).toBe('/api/v1/surveys/{id}/qr.svg');
    // @ts-expect-error sign-in is no GET endpoint
    apiHref('/api/v1/auth/login');
    // @ts-expect-error exports speak Indonesian or English only
    apiHref('/api/v1/survey-waves/{id}/results.csv', { path: { id: 1 }, query: { lang: 'fr' } });
  });
});
