import { ROLES, type Role } from '@jenjang/domain/access';
import { normalizeNip } from '@jenjang/domain/nip.rules';
import { z } from 'zod';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { withTenant } from '../db/database';
import { listTenants } from '../db/owner';
import { insertAccount } from '../features/accounts/account.repository';
import { appendAudit } from '../features/audit/audit.repository';
import { issuePasswordToken } from '../features/auth/auth.service';
import { CliError } from './cli-error';

interface Options {
  tenant: string;
  username: string;
  name: string;
  role: string;
  nip?: string;
  scopeUnit?: string;
  email?: string;
  baseUrl: string;
}

export async function createAccountCommand(options: Options): Promise<void> {
  if (!(ROLES as readonly string[]).includes(options.role)) {
    throw new CliError('unknownRole', { role: options.role, roles: ROLES.join(', ') });
  }
  if (options.email !== undefined && !z.email().safeParse(options.email).success) {
    throw new CliError('invalidEmail', { email: options.email });
  }
  const database = await openDatabase(loadConfig());
  try {
    const tenant = (await listTenants(database.urls)).find(
      (t) => t.code === options.tenant || t.slug === options.tenant,
    );
    if (!tenant) throw new CliError('unknownTenant', { tenant: options.tenant });
    const accountId = await withTenant(database.db, tenant.id, async (tx) => {
      let employeeId: number | null = null;
      if (options.nip) {
        const nip = normalizeNip(options.nip);
        if (!nip.ok) throw new CliError('invalidNip', { nip: options.nip });
        const employee = await tx
          .selectFrom('employee')
          .select('id')
          .where('nip', '=', nip.value)
          .executeTakeFirst();
        if (!employee) throw new CliError('unknownEmployee', { nip: nip.value, tenant: tenant.name });
        employeeId = employee.id;
      }
      const row = await insertAccount(tx, {
        tenantId: tenant.id,
        username: options.username,
        displayName: options.name,
        role: options.role as Role,
        employeeId,
        scopeUnitId: options.scopeUnit ? Number(options.scopeUnit) : null,
        email: options.email ?? null,
      });
      await appendAudit(tx, tenant.id, {
        actorAccountId: null,
        action: 'account.created',
        entity: 'account',
        entityId: row.id,
        data: { username: options.username, role: options.role, via: 'cli' },
      });
      return row.id;
    });
    const token = await issuePasswordToken(database.db, tenant.id, accountId, null);
    console.log(`${options.baseUrl.replace(/\/$/, '')}/set-password?token=${token}`);
  } finally {
    await database.close();
  }
}
