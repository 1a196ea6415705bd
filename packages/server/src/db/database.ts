import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { APP_ROLE, type DatabaseUrls } from './bootstrap';
import type { Database } from './schema';

// DATE stays a 'YYYY-MM-DD' string: a JS Date would shift calendar dates across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint ids fit comfortably in a JS number for any realistic row count.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

export function createPool(urls: DatabaseUrls, max = 20): pg.Pool {
  const pool = new pg.Pool({ connectionString: urls.appUrl ?? urls.ownerUrl, max });
  // An idle connection can be cut by the server (restart, a dropped database); the pool replaces
  // it on next use. Without a listener that event would crash the process.
  pool.on('error', (error) => {
    console.error(`[jenjang] idle database connection closed: ${error.message}`);
  });
  if (!urls.appUrl) {
    // No separate login for the app role: switch to it, so row-level security applies.
    pool.on('connect', (client) => {
      client.query(`set role ${APP_ROLE}`).catch(() => {});
    });
  }
  return pool;
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
