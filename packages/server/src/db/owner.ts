import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseUrls } from './bootstrap';
import type { Database } from './schema';

/**
 * A short-lived connection as the table owner, for what spans tenants by design:
 * creating tenants and listing them (the tenant table's RLS is not forced for its owner).
 */
export async function withOwner<T>(
  urls: DatabaseUrls,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const owner = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: urls.ownerUrl, max: 2 }) }),
  });
  try {
    return await work(owner);
  } finally {
    await owner.destroy();
  }
}

export function listTenants(urls: DatabaseUrls) {
  return withOwner(urls, (db) => db.selectFrom('tenant').selectAll().orderBy('id').execute());
}
