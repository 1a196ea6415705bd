import { buildApp } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { createDb, createPool } from '../../packages/server/src/db/database';

// The server under test in the survey and import-bomb benchmarks, in a process of its own (as in
// production; server-process.ts starts it), so the load generator's work does not run on its event
// loop. Prints its port on stdout.

const urls = { ownerUrl: process.env.BENCH_OWNER_URL!, appUrl: process.env.BENCH_APP_URL || null };
const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', JENJANG_WEB_DIST: '/nonexistent' });
const db = createDb(createPool(urls, Number(process.env.BENCH_POOL ?? 20)));
const app = await buildApp({ config, db });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);

process.on('SIGTERM', async () => {
  await app.close();
  await db.destroy();
  process.exit(0);
});
