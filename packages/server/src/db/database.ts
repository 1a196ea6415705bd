import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { APP_ROLE, type DatabaseUrls } from './bootstrap';
import type { Database } from './schema';

// DATE stays a 'YYYY-MM-DD' string: a JS Date would shift calendar dates across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint ids fit comfortably in a JS number for any realistic row count.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// Unit paths (bigint[]) too: left as strings, `path.includes(unitId)` in can() never matched.
const INT8_ARRAY = 1016 as Parameters<typeof pg.types.getTypeParser>[0];
const parseInt8Array = pg.types.getTypeParser(INT8_ARRAY);
pg.types.setTypeParser(INT8_ARRAY, (value) =>
  (parseInt8Array(value) as (string | null)[]).map((item) => (item === null ? null : Number(item))),
);

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

/** How long a request waits for a connection before it is told the database is unavailable. */
const CONNECT_TIMEOUT_MS = 10_000;

export function createPool(urls: DatabaseUrls, max = 20): pg.Pool {
  const pool = new pg.Pool({
    connectionString: urls.appUrl ?? urls.ownerUrl,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle connection can be cut by the server (restart, a dropped database); the pool replaces
  // it on next use. Without a listener that event would crash the process (the client's own
  // listener below logs it).
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    // A connection in use that PostgreSQL ends (shutdown, crash) emits 'error' on its client, which
    // the pool does not listen to while the client is checked out: without this the process dies.
    // The query in flight fails on its own (a 503 for the request); the pool drops the client.
    client.on('error', (error) => {
      console.error(`[jenjang] database connection lost: ${error.message}`);
    });
    if (!urls.appUrl) {
      // No separate login for the app role: switch to it, so row-level security applies.
      client.query(`set role ${APP_ROLE}`).catch(() => {});
    }
  });
  return pool;
}

const UNAVAILABLE_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'the database system is',
];

/**
 * Whether an error means PostgreSQL cannot be reached or just went away (shutdown, crash, restart,
 * connection class 08, refused or reset sockets, no free connection in time): the request may
 * succeed later, so users get a 503 rather than a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors, cause } = error as Record<string, unknown>;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((part) => message.includes(part))) return true;
  // Node reports a refused connection to every address of localhost as one AggregateError.
  if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  return cause !== undefined && cause !== error && isDatabaseUnavailable(cause);
}

export function createDb(pool: pg.Pool): Db {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Runs `work` in one transaction bound to a tenant: row-level security then shows and
 * accepts only that tenant's rows, whatever the queries inside forget to filter.
 */
export function withTenant<T>(db: Db, tenantId: number, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('jenjang.tenant_id', ${String(tenantId)}, true)`.execute(tx);
    return work(tx);
  });
}

/** Resolves once PostgreSQL answers a trivial query (GET /readyz); throws when it cannot. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/** An ILIKE pattern matching `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Fresh planner statistics for employees, units and positions (see migration 0003), so lists
 * opened right after a bulk load are planned for the rows that are there.
 */
export async function refreshRegistryStatistics(db: Db | Tx): Promise<void> {
  await sql`select refresh_registry_statistics()`.execute(db);
}
