import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';
import { bootstrapDatabase, type DatabaseUrls } from '../src/db/bootstrap';
import { createDb, createPool, type Db } from '../src/db/database';
import { eventBus } from '../src/events';
import { JobRunner } from '../src/features/jobs/job-runner';
import type { AudienceSources } from '../src/features/surveys/audiences/audience-sources';
import { type Clock, systemClock } from '../src/platform/clock';
import { dispatchDue } from '../src/platform/events/event-dispatcher';
import { JobQueue } from '../src/platform/jobs/job-queue';
import { Scheduler } from '../src/platform/jobs/schedule';
import { TEST_SECRET } from './global-setup';

export interface TestContext {
  app: Awaited<ReturnType<typeof buildApp>>;
  db: Db;
  urls: DatabaseUrls;
  config: Config;
  jobs: JobRunner;
  /** The app's clock: the system's, or the TestClock the test passed to move time. */
  clock: Clock;
  /** The app's schedules: `runDue()` is the minute's sweep, for a test that moved its clock. */
  schedules: Scheduler;
  close(): Promise<void>;
}

// The app of a test file on a database of its own. What a test puts in it comes from the factories
// (test/factories/<feature>.factory.ts); who asks, from apiAs (test/api-as.ts).

/** A fresh database cloned from the migrated template, and the app on top of it. */
export async function createTestContext(
  overrides: Partial<Config> = {},
  options: { clock?: Clock; audienceSources?: AudienceSources } = {},
): Promise<TestContext> {
  const adminUrl = inject('adminUrl');
  const database = `jenjang_t${randomBytes(4).toString('hex')}_${process.pid}`;
  const urls = await bootstrapDatabase(adminUrl, {
    database,
    secret: TEST_SECRET,
    template: inject('templateDatabase'),
  });
  const db = createDb(createPool(urls, 10));
  const config: Config = {
    // The test's own data directory: its secret.key is made there, not in the repository's data/.
    ...loadConfig({ JENJANG_DATA_DIR: path.join(tmpdir(), database) }),
    webDist: path.join(tmpdir(), 'no-web-dist'),
    ...overrides,
  };
  const clock = options.clock ?? systemClock;
  // Jobs go through the shared queue, as in a server; its sweeps run only when a test calls
  // runDue() (buildApp starts no minute's sweep for a scheduler it is given).
  const queue = new JobQueue(createPool(urls, 4), { pollIntervalMs: 200 });
  const jobs = new JobRunner(db, undefined, { clock, queue });
  const schedules = new Scheduler(db, clock, queue);
  const app = await buildApp({
    config,
    db,
    jobs,
    clock,
    schedules,
    audienceSources: options.audienceSources,
  });
  await app.ready();
  await queue.start();
  return {
    app,
    db,
    urls,
    config,
    jobs,
    clock,
    schedules,
    async close() {
      await jobs.idle();
      await app.close();
      await db.destroy();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${client.escapeIdentifier(database)} with (force)`);
      await client.end();
    },
  };
}

/**
 * Delivers the events waiting in the outbox now, as a server's dispatcher would within a second:
 * what queued subscribers write (the bell) is there after it.
 */
export function deliverEvents(ctx: Pick<TestContext, 'db'>): Promise<number> {
  return dispatchDue(ctx.db, eventBus);
}
