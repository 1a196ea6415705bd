import { createHmac } from 'node:crypto';
import pg from 'pg';
import { ADVISORY_LOCK } from './advisory-locks';

export const OWNER_ROLE = 'jenjang_owner';
export const APP_ROLE = 'jenjang_app';
export const AUTH_ROLE = 'jenjang_auth';

/** Connection strings the server uses: migrations run as the owner, requests as the app role. */
export interface DatabaseUrls {
  ownerUrl: string;
  /** Null when the app connects with ownerUrl and switches to the app role (SET ROLE). */
  appUrl: string | null;
}

/** Role passwords derived from the cluster secret, so nothing else needs storing. */
export function derivePassword(secret: string, role: string): string {
  return createHmac('sha256', secret).update(role).digest('base64url');
}

function withCredentials(url: string, user: string, password: string, database: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Creates the three roles and the database (idempotent). Needs a superuser connection:
 * the embedded cluster's, or the one an operator gives once (docs/operations.md). Processes that
 * start at once take turns (an advisory lock on the superuser's database): roles are shared by the
 * whole cluster, and PostgreSQL refuses two changes of one role at the same time.
 */
export async function bootstrapDatabase(
  adminUrl: string,
  options: { database: string; secret: string; template?: string },
): Promise<DatabaseUrls> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [ADVISORY_LOCK.bootstrap]);
    const ownerPassword = derivePassword(options.secret, OWNER_ROLE);
    const appPassword = derivePassword(options.secret, APP_ROLE);
    // NOINHERIT: the owner may act as jenjang_auth (to own its functions) without inheriting the
    // read-all policies meant for it, so FORCE row-level security keeps the owner out too.
    await ensureRole(client, OWNER_ROLE, `login noinherit password ${client.escapeLiteral(ownerPassword)}`);
    await ensureRole(client, APP_ROLE, `login password ${client.escapeLiteral(appPassword)}`);
    await ensureRole(client, AUTH_ROLE, 'nologin');
    await client.query(`grant ${AUTH_ROLE} to ${OWNER_ROLE}`);
    await client.query(`grant ${APP_ROLE} to ${OWNER_ROLE}`);
    const exists = await client.query('select 1 from pg_database where datname = $1', [options.database]);
    if (exists.rowCount === 0) {
      const template = options.template ? ` template ${client.escapeIdentifier(options.template)}` : '';
      await client.query(
        `create database ${client.escapeIdentifier(options.database)} owner ${OWNER_ROLE}${template}`,
      );
    }
    // A NOINHERIT owner does not inherit pg_database_owner's rights on schema public (PostgreSQL
    // 15), so it owns the schema outright.
    const inDatabase = new pg.Client({ connectionString: withDatabase(adminUrl, options.database) });
    await inDatabase.connect();
    try {
      await inDatabase.query(`alter schema public owner to ${OWNER_ROLE}`);
    } finally {
      await inDatabase.end();
    }
    return {
      ownerUrl: withCredentials(adminUrl, OWNER_ROLE, ownerPassword, options.database),
      appUrl: withCredentials(adminUrl, APP_ROLE, appPassword, options.database),
    };
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function ensureRole(client: pg.Client, role: string, attributes: string): Promise<void> {
  const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  const verb = found.rowCount === 0 ? 'create' : 'alter';
  await client.query(`${verb} role ${role} ${attributes}`);
}
