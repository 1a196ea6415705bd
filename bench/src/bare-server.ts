import Fastify from 'fastify';
import pg from 'pg';

// The floor the API benchmark measures the platform against: Fastify and a pg pool, no session,
// CSRF, permission, row-level security, validation or zod serialisation. Each route runs the SQL
// statements the full app ran for the same request (recorded by api-bench.ts, passed in
// BENCH_ROUTES as {url: [{sql, parameters}]}) one after the other on one connection, as the superuser
// (row-level security does not apply to it), and answers their rows as JSON. Prints its port.

interface Statement {
  sql: string;
  parameters: unknown[];
}

// The same DATE and bigint parsing as the app (db/database.ts): the same values to serialise.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const routes = JSON.parse(process.env.BENCH_ROUTES!) as Record<string, Statement[]>;
const pool = new pg.Pool({
  connectionString: process.env.BENCH_SUPERUSER_URL,
  max: Number(process.env.BENCH_POOL),
});
const app = Fastify({ logger: false });

for (const [url, statements] of Object.entries(routes)) {
  const { pathname } = new URL(url, 'http://bench');
  app.get(pathname, async () => {
    const client = await pool.connect();
    try {
      const results = [];
      for (const statement of statements)
        results.push((await client.query(statement.sql, statement.parameters)).rows);
      return { results };
    } finally {
      client.release();
    }
  });
}

await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);

process.on('SIGTERM', async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
