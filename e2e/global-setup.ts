import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { openDatabase } from '../packages/server/src/db/connect';
import { clusterUrl } from '../packages/server/src/db/embedded-postgres';
import { eventBus } from '../packages/server/src/events';
import { startEventDispatcher } from '../packages/server/src/platform/events/event-dispatcher';
import { ensureDemoData } from '../packages/server/src/seed/demo-data';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The embedded cluster's superuser on the app's database: for what only time would do (survey-results). */
    superuserUrl: string;
  }
}

/**
 * The real thing, small: the built web app served by the server on a fresh embedded
 * PostgreSQL with the demo governments at a tenth of their size.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'jenjang-e2e-'));
  // Behind a proxy, as in production: tests may give each citizen an address of its own.
  const config = { ...loadConfig({}), dataDir, embeddedPgPort: 0, port: 0, trustProxy: '127.0.0.1' };
  const database = await openDatabase(config);
  await ensureDemoData(database, () => {}, { scale: 0.1 });
  const app = await buildApp({ config, db: database.db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  // As main.ts does: the bell's invitations and reminders are delivered from the event outbox.
  const dispatcher = startEventDispatcher(database.db, eventBus);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('superuserUrl', clusterUrl(database.embedded!, 'jenjang'));

  return async () => {
    await dispatcher.stop();
    await app.close();
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
