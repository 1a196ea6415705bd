import type { TimeZone } from '@jenjang/domain/shared/time-zone';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseUrls } from './bootstrap';
import type { Tx } from './database';
import type { Database, TenantTable } from './schema';

/**
 * A short-lived connection as the table owner, for what spans tenants by design:
 * creating tenants and listing them (the tenant table's RLS is not forced for its owner).
 */
export async function withOwner<T>(
  urls: DatabaseUrls,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const owner = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: urls.ownerUrl, max: 2 }) }),
  });
  try {
    return await work(owner);
  } finally {
    await owner.destroy();
  }
}

export function listTenants(urls: DatabaseUrls) {
  return withOwner(urls, (db) => db.selectFrom('tenant').selectAll().orderBy('id').execute());
}

/** One transaction as the owner: a government and its first accounts are created together or not at all. */
export function withOwnerTransaction<T>(urls: DatabaseUrls, work: (tx: Tx) => Promise<T>): Promise<T> {
  return withOwner(urls, (db) => db.transaction().execute(work));
}

/** The tenants that already use this code or this slug. */
export function tenantsWithCodeOrSlug(tx: Tx, code: string, slug: string) {
  return tx
    .selectFrom('tenant')
    .select(['id', 'code', 'slug', 'name', 'kind', 'demo'])
    .where((eb) => eb.or([eb('code', '=', code), eb('slug', '=', slug)]))
    .execute();
}

export interface NewTenant {
  code: string;
  slug: string;
  name: string;
  kind: TenantTable['kind'];
  timeZone: TimeZone;
  demo?: boolean;
}

/**
 * Inserts a tenant and makes it the transaction's tenant, so the rows that follow (its accounts,
 * its audit chain) pass row-level security. (The national competency dictionary comes with it:
 * a trigger of migration 0041.)
 */
export async function insertTenant(tx: Tx, values: NewTenant) {
  const tenant = await tx
    .insertInto('tenant')
    .values({
      code: values.code,
      slug: values.slug,
      name: values.name,
      kind: values.kind,
      time_zone: values.timeZone,
      demo: values.demo ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await sql`select set_config('jenjang.tenant_id', ${String(tenant.id)}, true)`.execute(tx);
  return tenant;
}

/** The home of national viewers: one per deployment, holding nothing but nasional accounts. */
export const NATIONAL_TENANT = { code: 'nasional', slug: 'nasional', name: 'Nasional' } as const;

/** The national tenant, created on first use (`demo` only when the demo loader creates it). */
export async function ensureNationalTenant(tx: Tx, options: { demo?: boolean } = {}) {
  const found = await tx
    .selectFrom('tenant')
    .selectAll()
    .where('kind', '=', 'nasional')
    .where('slug', '=', NATIONAL_TENANT.slug)
    .executeTakeFirst();
  if (found) {
    await sql`select set_config('jenjang.tenant_id', ${String(found.id)}, true)`.execute(tx);
    return { tenant: found, created: false };
  }
  const tenant = await insertTenant(tx, {
    ...NATIONAL_TENANT,
    kind: 'nasional',
    timeZone: 'Asia/Jakarta',
    demo: options.demo ?? false,
  });
  return { tenant, created: true };
}
