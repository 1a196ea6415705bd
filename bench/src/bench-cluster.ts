import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { bootstrapDatabase, type DatabaseUrls } from '../../packages/server/src/db/bootstrap';
import { createDb, createPool, type Db, withTenant } from '../../packages/server/src/db/database';
import {
  clusterUrl,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../../packages/server/src/db/embedded-postgres';
import { migrate } from '../../packages/server/src/db/migrate';
import { withOwner } from '../../packages/server/src/db/owner';
import { hashPassword } from '../../packages/server/src/features/auth/passwords';
import type { JobRunner } from '../../packages/server/src/features/jobs/job-runner';
import { load as loadEmployees } from './employees-bench';

// The cluster, the government and the app that the promotion and talent benchmarks measure at
// Jakarta scale: loaded once (or kept in --keep DIR between runs), then read through the app.

export type Tx = Parameters<Parameters<typeof withTenant>[2]>[0];
export type BenchApp = Awaited<ReturnType<typeof buildApp>>;

const PASSWORD = 'bench-password-123';

/** A migrated cluster in `keep`, or in a scratch directory `close` removes. */
export async function openCluster(name: string, keep: string | undefined) {
  const dir = keep ?? (await mkdtemp(path.join(tmpdir(), `jenjang-bench-${name}-`)));
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: 0 });
  const urls = await bootstrapDatabase(clusterUrl(cluster), { database: 'bench', secret: cluster.password });
  await migrate(urls.ownerUrl);
  const db = createDb(createPool(urls, 4));
  const close = async () => {
    await db.destroy();
    await stopEmbeddedPostgres(cluster.dataDir);
    if (!keep) await rm(dir, { recursive: true, force: true });
  };
  return { dir, urls, db, close };
}

/**
 * The benchmark's government: the one a kept cluster holds, or N employees loaded (the employees
 * benchmark's registry) and then `loadMore` of the benchmark's own.
 */
export async function benchTenant(
  { db, urls }: { db: Db; urls: DatabaseUrls },
  employees: number,
  loadMore: (tenantId: number) => Promise<void>,
) {
  const kept = await withOwner(urls, (owner) =>
    owner.selectFrom('tenant').select('id').where('slug', '=', 'bench').executeTakeFirst(),
  );
  if (kept) return { tenantId: kept.id, kept: true };
  const { tenantId } = await loadEmployees(db, urls.ownerUrl, employees);
  await loadMore(tenantId);
  return { tenantId, kept: false };
}

export async function count(tx: Tx, table: string) {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(tx);
  return rows[0]!.n;
}

/** Accounts that can sign in (kept ones are left as they are). */
export async function addAccounts(
  db: Db,
  tenantId: number,
  accounts: { username: string; displayName: string; role: 'admin' | 'pegawai'; employeeId: number | null }[],
) {
  const passwordHash = await hashPassword(PASSWORD);
  await withTenant(db, tenantId, (tx) =>
    tx
      .insertInto('account')
      .values(
        accounts.map((account) => ({
          tenant_id: tenantId,
          username: account.username,
          display_name: account.displayName,
          role: account.role,
          scope_unit_id: null,
          employee_id: account.employeeId,
          password_hash: passwordHash,
          password_changed_at: null,
        })),
      )
      .onConflict((c) => c.doNothing())
      .execute(),
  );
}

/** The app in this process, quiet but for warnings; `jobs` given: its jobs run here. */
export async function startApp(dir: string, db: Db, jobs?: JobRunner) {
  const config = {
    ...loadConfig({ JENJANG_WEB_DIST: '/nonexistent', JENJANG_DATA_DIR: dir }),
    logLevel: 'warn',
  };
  const app = await buildApp({ config, db, jobs });
  await app.ready();
  return app;
}

/** Signs in as `username`: a call of the API as them, its JSON answer and size (3xx and up throw). */
export async function signIn(app: BenchApp, username: string) {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
  const cookie = `jenjang_session=${login.cookies.find((c) => c.name === 'jenjang_session')!.value}`;
  const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string };
  return async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await app.inject({ method, url: `/api/v1${url}`, headers, payload });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return { json: response.json(), bytes: response.rawPayload.length };
  };
}

export type BenchCall = Awaited<ReturnType<typeof signIn>>;

/** A policy in drafting, titled `title`: its id and its draft version's. */
export async function draftPolicy(call: BenchCall, title: string) {
  const policy = (
    await call('POST', '/policies', {
      title,
      area: 'kepegawaian',
      purpose: 'Uji beban.',
      principles: [],
      legalBasis: [],
      ownerUnitId: null,
      surveyIds: [],
    })
  ).json;
  const versionId = (await call('GET', `/policies/${policy.id}`)).json.versions[0].id as number;
  return { policyId: policy.id as number, versionId };
}
