import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Golongan, golonganRank } from '@jenjang/domain/people/golongan';
import type { Role } from '@jenjang/domain/shared/access';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';
import { bootstrapDatabase, type DatabaseUrls } from '../src/db/bootstrap';
import { createDb, createPool, type Db, withTenant } from '../src/db/database';
import { withOwner } from '../src/db/owner';
import { eventBus } from '../src/events';
import { hashPassword } from '../src/features/auth/passwords';
import { JobRunner } from '../src/features/jobs/job-runner';
import { type Clock, systemClock } from '../src/platform/clock';
import { dispatchDue } from '../src/platform/events/event-dispatcher';
import { TEST_SECRET } from './global-setup';

export interface TestContext {
  app: Awaited<ReturnType<typeof buildApp>>;
  db: Db;
  urls: DatabaseUrls;
  config: Config;
  jobs: JobRunner;
  /** The app's clock: the system's, or the TestClock the test passed to move time. */
  clock: Clock;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template, and the app on top of it. */
export async function createTestContext(
  overrides: Partial<Config> = {},
  options: { clock?: Clock } = {},
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
  const jobs = new JobRunner(db, undefined, { clock });
  const app = await buildApp({ config, db, jobs, clock });
  await app.ready();
  return {
    app,
    db,
    urls,
    config,
    jobs,
    clock,
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

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A government (kota) by default; `kind: 'nasional'` makes the home of national viewers. */
export async function createTenant(
  ctx: TestContext,
  values: { name?: string; code?: string; kind?: 'provinsi' | 'kabupaten' | 'kota' | 'nasional' } = {},
) {
  const id = unique();
  return withOwner(ctx.urls, (owner) =>
    owner
      .insertInto('tenant')
      .values({
        code: values.code ?? `99.${id}`,
        slug: `t-${id}`,
        name: values.name ?? `Kota Uji ${id}`,
        kind: values.kind ?? 'kota',
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

export async function createUnit(
  ctx: TestContext,
  tenantId: number,
  name: string,
  parent?: { id: number; path: number[] },
) {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const unit = await tx
      .insertInto('unit')
      .values({ tenant_id: tenantId, parent_id: parent?.id ?? null, name, path: [], kind: 'opd' })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const unitPath = [...(parent?.path ?? []), unit.id];
    await tx.updateTable('unit').set({ path: unitPath }).where('id', '=', unit.id).execute();
    return { id: unit.id, path: unitPath };
  });
}

/** Factory with sensible defaults: a valid PNS NIP derived from the birth date. */
export async function buildEmployee(
  ctx: TestContext,
  tenantId: number,
  values: {
    name?: string;
    unitId?: number | null;
    sequence?: number;
    golongan?: string;
    birthDate?: string;
  } = {},
) {
  const birthDate = values.birthDate ?? '1985-03-12';
  const seq = String(values.sequence ?? (counter++ % 900) + 1).padStart(3, '0');
  const nip = `${birthDate.replaceAll('-', '')}2010011${seq}`;
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .insertInto('employee')
      .values({
        tenant_id: tenantId,
        nip,
        employee_type: 'PNS',
        pns_id: null,
        nip_lama: null,
        name: values.name ?? `Pegawai ${seq}`,
        front_title: null,
        back_title: null,
        birth_date: birthDate,
        sex: 'M',
        nik: null,
        legal_status: 'Aktif',
        golongan: values.golongan ?? 'III/a',
        golongan_rank: golonganRank((values.golongan ?? 'III/a') as Golongan),
        golongan_initial: null,
        tmt_cpns: '2010-01-01',
        tmt_pns: null,
        tmt_golongan: null,
        tmt_jabatan: null,
        service_years: null,
        service_months: null,
        position_id: null,
        position_kind: 'pelaksana',
        position_level: null,
        education_level: null,
        education: null,
        unit_id: values.unitId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

export const TEST_PASSWORD = 'rahasia-uji-123';
let passwordHash: Promise<string> | null = null;

export async function createAccount(
  ctx: TestContext,
  tenantId: number,
  role: Role,
  values: { username?: string; scopeUnitId?: number | null; employeeId?: number | null } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .insertInto('account')
      .values({
        tenant_id: tenantId,
        username: values.username ?? `${role}.${unique()}`,
        display_name: `Akun ${role}`,
        role,
        scope_unit_id: values.scopeUnitId ?? null,
        employee_id: values.employeeId ?? null,
        password_hash: hash,
        password_changed_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

export interface LoggedIn {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export async function login(ctx: TestContext, username: string, password = TEST_PASSWORD): Promise<LoggedIn> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'jenjang_session')!;
  const csrfToken = response.json().csrfToken as string;
  return {
    cookie: `jenjang_session=${cookie.value}`,
    csrfToken,
    headers: { cookie: `jenjang_session=${cookie.value}`, 'x-csrf-token': csrfToken },
  };
}
