import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { operatorMessage } from './cli/cli-error';
import { deploymentNotices } from './cli/start-notices';
import { loadConfig } from './config';
import { openDatabase } from './db/connect';
import { claimDataDir, liveProcesses, recordServerUrl, releaseDataDir } from './db/data-dir-registry';
import { createPool } from './db/database';
import { listTenants } from './db/owner';
import { type Watchdog, watchPostmaster } from './db/postmaster-watchdog';
import { eventBus } from './events';
import { JobRunner } from './features/jobs/job-runner';
import { removeLeftoverUploads } from './features/jobs/job-uploads';
import { type Dispatcher, startEventDispatcher } from './platform/events/event-dispatcher';
import { JobQueue } from './platform/jobs/job-queue';
import { DEMO_PASSWORD, ensureDemoData } from './seed/demo-data';

const config = loadConfig();
const log = (message: string) => console.log(`[jenjang] ${message}`);

/** One sentence for the operator and exit 1: the problems a start can meet that are theirs to fix. */
function refuse(error: unknown): never {
  const message = operatorMessage(error);
  if (message === null) throw error;
  console.error(message);
  process.exit(1);
}

// Alone on the embedded database: a second server would share, and then stop, the first's PostgreSQL.
const registration = await claimDataDir(config.dataDir, {
  kind: 'server',
  exclusive: !config.databaseUrl,
  cluster: !config.databaseUrl,
}).catch(refuse);
const database = await openDatabase(config, log, { registration }).catch(async (error) => {
  await releaseDataDir(registration);
  return refuse(error);
});

const uploadsDir = path.join(config.dataDir, 'uploads');
let app: FastifyInstance | undefined;
let watchdog: Watchdog | null = null;
// The job queue every server process on this database shares (a small pool of its own).
const queue = new JobQueue(createPool(database.urls, 4), {
  log: {
    error: (details, message) => (app ? app.log.error(details, message) : console.error(message, details)),
  },
});
let dispatcher: Dispatcher | null = null;
const jobs = new JobRunner(
  database.db,
  { error: (details, message) => (app ? app.log.error(details, message) : console.error(message, details)) },
  { workerId: registration.entry.instanceId, uploadsDir, queue },
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n[jenjang] ${signal}: stopping`);
  try {
    await watchdog?.stop();
    await dispatcher?.stop();
    // First the jobs, at once: users see "interrupted" rather than a frozen progress bar; then
    // the queue stops claiming (app.close) and waits for what it runs, which is giving up.
    await jobs.interrupt();
    await app?.close();
  } finally {
    // Stops the embedded cluster unless a command-line tool still uses it.
    await database.close();
    process.exit(0);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

app = await buildApp({ config, db: database.db, jobs, logger: { level: config.logLevel } });

// Jobs of the previous server of this data directory fail at once; other dead ones by heartbeat.
const tenantIds = (await listTenants(database.urls)).map((t) => t.id);
await JobRunner.failInterrupted(database.db, tenantIds, registration.previous);
// Another live server on the same folder (possible on an external database) may be saving an
// upload whose job does not exist yet: then only old leftovers go.
const sharing = (await liveProcesses(config.dataDir)).some(
  (other) => other.kind === 'server' && other.instanceId !== registration.entry.instanceId,
);
const removed = await removeLeftoverUploads(database.db, tenantIds, uploadsDir, {
  keepRecentMs: sharing ? 10 * 60_000 : 0,
});
if (removed.length > 0) log(`removed ${removed.length} upload(s) of interrupted imports`);

if (config.demoData) {
  const accounts = await ensureDemoData(database, log, { scale: config.demoScale });
  if (accounts.length > 0) {
    console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of accounts) console.log(`  ${a.username.padEnd(28)} ${a.role.padEnd(9)} ${a.tenantName}`);
  }
}

if (database.embedded) watchdog = watchPostmaster(database.embedded, config.dataDir, log);

// Claims queued jobs and runs the schedules (announcing waves, releasing public answers, closing
// waves whose window passed, each government's tasks), as one of the processes sharing the database.
await queue.start();

// Delivers published events to queued subscribers (the bell), here and in any other process.
dispatcher = startEventDispatcher(database.db, eventBus, {
  onError: (error, where) => app?.log.error({ err: error, ...where }, 'delivering an event failed'),
});

await app.listen({ host: config.host, port: config.port });
const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
const address = `http://${shownHost}:${(app.server.address() as AddressInfo).port}`;
// Command-line tools of this data directory print links on it (tenant create, account create).
await recordServerUrl(registration, address);
console.log(`\n[jenjang] ready: ${address}  (API docs: /api/docs)\n`);
// A demo says so, a real deployment hears of demo governments left in it, an empty one how to begin.
for (const notice of deploymentNotices(await listTenants(database.urls), config.demoData)) log(notice);
