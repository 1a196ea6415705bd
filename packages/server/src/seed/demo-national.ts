import type { OpenDatabase } from '../db/connect';
import { ensureNationalTenant, withOwnerTransaction } from '../db/owner';
import { publish } from '../events';
import type { DemoAccount } from './demo-data';

/** The demo's one national viewer, for every demo government together. */
export const DEMO_NATIONAL_USERNAME = 'nasional';

/**
 * The national viewer of the demo, in the national tenant (created if missing). A national tenant
 * an operator set up for real (not demo) gets no account with the published demo password.
 */
export async function ensureDemoNationalAccount(
  database: Pick<OpenDatabase, 'urls'>,
  passwordHash: string,
): Promise<DemoAccount | null> {
  return withOwnerTransaction(database.urls, async (tx) => {
    const { tenant } = await ensureNationalTenant(tx, { demo: true });
    if (!tenant.demo) return null;
    const demoAccount = {
      username: DEMO_NATIONAL_USERNAME,
      role: 'nasional',
      tenantName: tenant.name,
    } as const;
    const existing = await tx
      .selectFrom('account')
      .select('id')
      .where('username', '=', DEMO_NATIONAL_USERNAME)
      .executeTakeFirst();
    if (existing) return demoAccount;
    const account = await tx
      .insertInto('account')
      .values({
        tenant_id: tenant.id,
        username: DEMO_NATIONAL_USERNAME,
        display_name: 'Pengamat Nasional',
        role: 'nasional',
        scope_unit_id: null,
        employee_id: null,
        password_hash: passwordHash,
        password_changed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await publish(tx, tenant.id, {
      type: 'demo.loaded',
      actorAccountId: null,
      payload: { tenantId: tenant.id, account: account.id },
    });
    return demoAccount;
  });
}
