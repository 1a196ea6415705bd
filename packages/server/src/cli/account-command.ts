import { normalizeNip } from '@jenjang/domain/people/nip.rules';
import { ROLES, type Role } from '@jenjang/domain/shared/access';
import { forbiddenCharacter } from '@jenjang/domain/shared/text.rules';
import { z } from 'zod';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { withTenant } from '../db/database';
import { ensureNationalTenant, listTenants, withOwnerTransaction } from '../db/owner';
import { publish } from '../events';
import { accountOfEmployee, findEmployeeByNip, insertAccount } from '../features/accounts/account.repository';
import { issuePasswordToken } from '../features/auth/auth.service';
import { systemClock } from '../platform/clock';
import { CliError } from './cli-error';
import { cliSetPasswordLink, linkNotice } from './set-password-link';

interface Options {
  /** Code or slug; national accounts (role nasional) go to the national tenant without one. */
  tenant?: string;
  username: string;
  name: string;
  role: string;
  nip?: string;
  scopeUnit?: string;
  email?: string;
  baseUrl?: string;
}

export async function createAccountCommand(options: Options): Promise<void> {
  if (!(ROLES as readonly string[]).includes(options.role)) {
    throw new CliError('unknownRole', { role: options.role, roles: ROLES.join(', ') });
  }
  if (options.email !== undefined && !z.email().safeParse(options.email).success) {
    throw new CliError('invalidEmail', { email: options.email });
  }
  const character = forbiddenCharacter(options.name.trim());
  if (character) throw new CliError('forbiddenCharacter', { option: '--name', character });
  const national = options.role === 'nasional';
  if (national && (options.nip || options.scopeUnit)) throw new CliError('nasionalNoUnit');
  if (!national && !options.tenant) throw new CliError('tenantRequired', { role: options.role });
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const tenant = options.tenant
      ? (await listTenants(database.urls)).find((t) => t.code === options.tenant || t.slug === options.tenant)
      : (await withOwnerTransaction(database.urls, (tx) => ensureNationalTenant(tx))).tenant;
    if (!tenant) throw new CliError('unknownTenant', { tenant: options.tenant });
    // National viewers read across governments: they live in the national tenant and nowhere else.
    if (national && tenant.kind !== 'nasional')
      throw new CliError('nasionalInGovernment', { tenant: tenant.name });
    if (!national && tenant.kind === 'nasional') {
      throw new CliError('governmentRoleInNational', { tenant: tenant.name });
    }
    const accountId = await withTenant(database.db, tenant.id, async (tx) => {
      let employeeId: number | null = null;
      if (options.nip) {
        const nip = normalizeNip(options.nip);
        if (!nip.ok) throw new CliError('invalidNip', { nip: options.nip });
        const employee = await findEmployeeByNip(tx, nip.value);
        if (!employee) throw new CliError('unknownEmployee', { nip: nip.value, tenant: tenant.name });
        // One account per employee (migration 0010): say whose it is rather than fail on the index.
        const taken = await accountOfEmployee(tx, employee.id, null);
        if (taken) throw new CliError('employeeTaken', { nip: nip.value, username: taken.username });
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
      }).catch((error: { code?: string; constraint?: string }) => {
        if (error.code === '23505' && error.constraint === 'account_username') {
          throw new CliError('usernameTaken', { username: options.username });
        }
        throw error;
      });
      await publish(tx, tenant.id, {
        type: 'account.created',
        actorAccountId: null,
        payload: { accountId: row.id, username: options.username, role: options.role as Role, via: 'cli' },
      });
      return row.id;
    });
    const token = await issuePasswordToken(database.db, tenant.id, accountId, null, systemClock.now());
    const link = await cliSetPasswordLink(config, token, options.baseUrl);
    // The link alone on standard output, for scripts; what to know about it on standard error.
    console.log(link.url);
    const notice = linkNotice(link);
    if (notice) console.error(notice);
  } finally {
    await database.close();
  }
}
