import pg from 'pg';

/**
 * Statements about a cluster's databases rather than inside one, for `jenjang restore`: who is
 * connected, whether a database exists, and the swap of a restored staging database in.
 */
export interface ClusterAdmin {
  /** Sessions connected to `database`. */
  connectionsTo(database: string): Promise<number>;
  exists(database: string): Promise<boolean>;
  /** Drops `database` if it exists. */
  drop(database: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/** Runs `work` on one connection to the cluster's maintenance database (`url`), closed afterwards. */
export async function withClusterAdmin<T>(
  url: string,
  work: (admin: ClusterAdmin) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const name = (database: string) => client.escapeIdentifier(database);
  try {
    return await work({
      async connectionsTo(database) {
        const result = await client.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [database],
        );
        return result.rows[0]?.n ?? 0;
      },
      async exists(database) {
        const result = await client.query('select 1 from pg_database where datname = $1', [database]);
        return Boolean(result.rowCount);
      },
      async drop(database) {
        await client.query(`drop database if exists ${name(database)}`);
      },
      async rename(from, to) {
        await client.query(`alter database ${name(from)} rename to ${name(to)}`);
      },
    });
  } finally {
    await client.end();
  }
}

/** How many governments the database at `url` holds: 0 when it has no tenant table yet. */
export async function tenantCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result = await client
    .query<{ n: number }>('select count(*)::int as n from tenant')
    .catch(() => ({ rows: [{ n: 0 }] }));
  await client.end();
  return result.rows[0]?.n ?? 0;
}
