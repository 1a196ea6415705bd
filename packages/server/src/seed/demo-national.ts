import type { OpenDatabase } from '../db/connect';
import { ensureNationalTenant, withOwnerTransaction } from '../db/owner';
import { publish } from '../events';
import { findAccountId, insertAccount } from '../features/accounts/account.repository';
import { updatePassword } from '../features/auth/auth.repository';
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
    if ((await findAccountId(tx, DEMO_NATIONAL_USERNAME)) !== null) return demoAccount;
    const account = await insertAccount(tx, {
      tenantId: tenant.id,
      username: DEMO_NATIONAL_USERNAME,
      displayName: 'Pengamat Nasional',
      role: 'nasional',
      scopeUnitId: null,
      employeeId: null,
      email: null,
    });
    await updatePassword(tx, account.id, passwordHash);
    await publish(tx, tenant.id, {
      type: 'demo.loaded',
      actorAccountId: null,
      payload: { tenantId: tenant.id, account: account.id },
    });
    return demoAccount;
  });
}
