import type { Role } from '@jenjang/domain/shared/access';
import { withTenant } from '../../src/db/database';
import { hashPassword } from '../../src/features/auth/passwords';
import type { TestContext } from '../harness';
import { unique } from './unique';

export const TEST_PASSWORD = 'rahasia-uji-123';
let passwordHash: Promise<string> | null = null;

/** An account that can sign in with TEST_PASSWORD; apiAs (test/api-as.ts) also signs it in. */
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

/** Signs in through the API as a browser does: the session cookie and the CSRF token it answers. */
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
