import createClient, {
  type Client,
  type ClientPathsWithMethod,
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  type MethodResponse,
  type Middleware,
} from 'openapi-fetch';
import type { paths } from '../api/schema';
import type { Problem } from '../api/types';

// Every call to the API goes through `api`, typed from the OpenAPI document (api/schema.d.ts):
// its path, method, parameters and body are checked against the document, and so is what it
// answers. Fetchers unwrap the answer (`unwrap`, `send`) and never name its type themselves;
// api-client.test.ts fails when one does, or when a fetch goes around this client.

/** A failed API call. `problem` holds the server's RFC 9457 body, already in the user's language. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

// The session cookie is httpOnly; the CSRF token that goes with it arrives in the login and
// /auth/me bodies and must accompany every state-changing request.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The page's language, which i18n keeps on <html lang>: problems come back in it. */
function pageLanguage(): 'id' | 'en' {
  return document.documentElement.lang === 'en' ? 'en' : 'id';
}

/** What every request carries: the accepted types, the user's language, the CSRF token on writes. */
function requestHeaders(language: () => 'id' | 'en'): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Accept', 'application/json, application/problem+json');
      request.headers.set('Accept-Language', language());
      if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    },
  };
}

const serializeQuery = createQuerySerializer();

/** A filter left empty (a cleared search box gives '') is not sent, as if it were not given. */
function querySerializer(query: Record<string, unknown>): string {
  return serializeQuery(Object.fromEntries(Object.entries(query).filter(([, value]) => value !== '')));
}

export type ApiClient = Client<paths>;

/**
 * What a GET of `Path` answers, as the client holds it: tuples of the document (a band's two
 * cut-offs) arrive as arrays, which the generated schemas alone do not say.
 */
export type GetAnswer<Path extends ClientPathsWithMethod<ApiClient, 'get'>> = MethodResponse<
  ApiClient,
  'get',
  Path
>;

/** The app's client is `api` (same origin, the page's language); tests make one for another origin. */
export function createApiClient(baseUrl = '', language = pageLanguage): ApiClient {
  const client = createClient<paths>({ baseUrl, credentials: 'same-origin', querySerializer });
  client.use(requestHeaders(language));
  return client;
}

export const api = createApiClient();

/** What a call of `api` resolves to, seen from here: a body, or an error body, and the response. */
interface Outcome<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/** Refuses, at compile time, unwrapping a call whose success the document gives no body (204). */
type BodyPromised<Data> = [Data] extends [undefined]
  ? { 'an answer without a body: use send()': never }
  : unknown;

/**
 * The body the document promises for a call's success; an ApiError with the server's problem
 * otherwise. A success without that body breaks the contract and is an error too.
 */
export async function unwrap<Data>(call: Promise<Outcome<Data>> & BodyPromised<Data>): Promise<Data> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, isProblem(error) ? error : null);
  if (data === undefined) throw new ApiError(response.status, null);
  return data;
}

/** For calls whose success has no body (204): resolves once the server agreed. */
export async function send(call: Promise<Outcome<unknown>>): Promise<void> {
  const { error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, isProblem(error) ? error : null);
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

type GetPath = {
  [Path in keyof paths]: paths[Path] extends { get: { parameters: unknown } } ? Path : never;
}[keyof paths];
type GetParameters<Path extends GetPath> = paths[Path]['get']['parameters'];
type HrefParameters<Path extends GetPath> = Pick<GetParameters<Path>, 'path' | 'query'>;
/** The parameters, required when the path or the query has a required one. */
type HrefArguments<Path extends GetPath> =
  HrefParameters<Path> extends { path: object } | { query: object }
    ? [HrefParameters<Path>]
    : [HrefParameters<Path>?];

/**
 * The same-origin address of a GET endpoint, for what the browser fetches by itself: downloads
 * (XLSX, CSV), images. Path and query are checked against the document like any call; a plain
 * link sends no Accept-Language, so such endpoints take `lang` in the query.
 */
export function apiHref<Path extends GetPath>(path: Path, ...[parameters]: HrefArguments<Path>): string {
  return createFinalURL(path, {
    baseUrl: '',
    params: { path: parameters?.path, query: parameters?.query },
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
}
