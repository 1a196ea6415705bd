import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/connect';
import { listTenants } from './db/owner';
import { JobRunner } from './features/jobs/job-runner';
import { DEMO_PASSWORD, ensureDemoData } from './seed/demo-data';

const config = loadConfig();
const database = await openDatabase(config, (message) => console.log(`[jenjang] ${message}`));
const app = await buildApp({
  config,
  db: database.db,
  logger: { level: config.logLevel },
});

const tenants = await listTenants(database.urls);
await JobRunner.failInterrupted(
  database.db,
  tenants.map((t) => t.id),
);

if (config.demoData) {
  const accounts = await ensureDemoData(database, (message) => console.log(`[jenjang] ${message}`), {
    scale: config.demoScale,
  });
  if (accounts.length > 0) {
    console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of accounts) console.log(`  ${a.username.padEnd(28)} ${a.role.padEnd(9)} ${a.tenantName}`);
  }
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n[jenjang] ${signal}: stopping`);
  await app.close();
  // The server owns the embedded cluster, also one it adopted after a crash.
  await database.close({ stopEmbedded: true });
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ host: config.host, port: config.port });
const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
console.log(`\n[jenjang] ready: http://${shownHost}:${config.port}  (API docs: /api/docs)\n`);
