import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { openDatabase } from '../../packages/server/src/db/connect';
import { clusterUrl } from '../../packages/server/src/db/embedded-postgres';
import { ensureDemoData } from '../../packages/server/src/seed/demo-data';

// The server of the phone benchmark, in a process of its own: the built web app (packages/web/dist)
// served as in production, on a fresh embedded PostgreSQL with the demo governments. Prints one
// JSON line on stdout: its port and the code of an open public survey wave.

const dataDir = await mkdtemp(path.join(tmpdir(), 'jenjang-phone-'));
const config = { ...loadConfig({ LOG_LEVEL: 'warn' }), dataDir, embeddedPgPort: 0, port: 0 };
const database = await openDatabase(config);
await ensureDemoData(database, () => {}, { scale: Number(process.env.BENCH_DEMO_SCALE ?? 0.1) });
const app = await buildApp({ config, db: database.db, logger: { level: 'warn' } });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();

/** A citizen's link: a public survey whose latest wave takes answers now (read past row security). */
async function openPublicCode(): Promise<string | null> {
  const client = new pg.Client({ connectionString: clusterUrl(database.embedded!, 'jenjang') });
  await client.connect();
  try {
    const { rows } = await client.query<{ public_code: string }>(
      `select s.public_code from survey s
         join survey_wave w on w.survey_id = s.id and w.tenant_id = s.tenant_id
        where s.mode = 'public' and w.status = 'open' and now() >= w.opens_at and now() < w.closes_at
        order by s.id limit 1`,
    );
    return rows[0]?.public_code ?? null;
  } finally {
    await client.end();
  }
}

const publicCode = await openPublicCode();
process.stdout.write(
  `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0, publicCode })}\n`,
);

process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
});
