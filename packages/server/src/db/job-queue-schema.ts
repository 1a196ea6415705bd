import { Logger, runMigrations } from 'graphile-worker';
import pg from 'pg';
import { APP_ROLE } from './bootstrap';

/** The job library's own schema (graphile-worker), beside Jenjang's tables. */
export const JOB_QUEUE_SCHEMA = 'graphile_worker';

/**
 * Installs or upgrades the job queue's schema as the table owner, then lets the app role use it.
 * graphile-worker enables row-level security on its private tables with no policy, so that only
 * their owner reaches them; Jenjang's processes run as the non-owner app role, so each table gets
 * a policy for that role alone. The queue holds no tenant's data: a job carries ids only, and its
 * handler reads under the job's tenant (withTenant). Idempotent: run after every migration.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, schema: JOB_QUEUE_SCHEMA, logger: quietLogger() });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`
      grant usage on schema ${JOB_QUEUE_SCHEMA} to ${APP_ROLE};
      grant select, insert, update, delete on all tables in schema ${JOB_QUEUE_SCHEMA} to ${APP_ROLE};
      grant usage, select on all sequences in schema ${JOB_QUEUE_SCHEMA} to ${APP_ROLE};
      grant execute on all functions in schema ${JOB_QUEUE_SCHEMA} to ${APP_ROLE};`);
    const tables = await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relkind = 'r' and c.relrowsecurity
          and not exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'jenjang_app_queue')`,
      [JOB_QUEUE_SCHEMA],
    );
    for (const { name } of tables.rows) {
      await client.query(
        `create policy jenjang_app_queue on ${JOB_QUEUE_SCHEMA}.${client.escapeIdentifier(name)}
           to ${APP_ROLE} using (true) with check (true)`,
      );
    }
  } finally {
    await client.end();
  }
}

/** graphile-worker logs its migrations at info level; Jenjang's migrate says what it applies. */
function quietLogger() {
  return new Logger(() => (level: string, message: string) => {
    if (level === 'error' || level === 'warning') console.error(`[jenjang] job queue: ${message}`);
  });
}
