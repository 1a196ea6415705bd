import { ACTIONS, permissionsOf, ROLES, type Role } from '@jenjang/domain/shared/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Attempt,
  attemptsBeyondReach,
  auditActionsSince,
  type BeyondReach,
  beyondReach,
  fingerprint,
  JOB_TABLES,
  REFUSAL_AUDIT_ACTIONS,
} from '../../test/beyond-reach';
import { createAccount, type LoggedIn, login } from '../../test/factories/account.factory';
import { buildEmployee } from '../../test/factories/employee.factory';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';

/** Routes anyone may call without signing in. Adding one here is a deliberate decision. */
const PUBLIC_ROUTES = new Set([
  'GET /healthz',
  'GET /readyz',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/set-password',
  // Citizens answer public surveys without an account; anonymous answers come with a ballot token.
  'GET /api/v1/public/surveys/:code',
  'POST /api/v1/public/surveys/:code/responses',
  'POST /api/v1/anonymous-responses',
  'POST /api/v1/anonymous-consultation-input',
  // Citizens read the policies their government published, and their adopted texts as PDF.
  'GET /api/v1/public/governments/:slug/policies',
  'GET /api/v1/public/governments/:slug/policies/:id/versions/:versionId/pdf',
  // Citizens send input to a round inviting the public.
  'POST /api/v1/public/governments/:slug/policies/:id/consultation',
  // Anyone holding a certificate's code checks whether it stands (name, program, dates, JP only).
  'GET /api/v1/public/governments/:slug/certificates/:code',
  // Whether the deployment is a demo and whether a first government still has to be set up.
  'GET /api/v1/instance',
]);

interface RouteInfo {
  method: string;
  url: string;
  permission: string;
}

let ctx: TestContext;
let routes: RouteInfo[];
const sessions = new Map<Role, LoggedIn>();
let otherTenantEmployeeId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  routes = [];
  const seen = new Set<string>();
  for (const route of collectRoutes(ctx)) {
    const key = `${route.method} ${route.url}`;
    if (!seen.has(key)) {
      seen.add(key);
      routes.push(route);
    }
  }
  const tenant = await createTenant(ctx);
  // National viewers live in the national tenant, never in a government (migration 0014).
  const national = await createTenant(ctx, { kind: 'nasional' });
  for (const role of ROLES) {
    const account = await createAccount(ctx, role === 'nasional' ? national.id : tenant.id, role);
    sessions.set(role, await login(ctx, account.username));
  }
  const other = await createTenant(ctx);
  otherTenantEmployeeId = (await buildEmployee(ctx, other.id)).id;
});
afterAll(() => ctx.close());

function collectRoutes(context: TestContext): RouteInfo[] {
  return (context.app as unknown as { registeredRoutes: RouteInfo[] }).registeredRoutes.filter(
    (r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs'),
  );
}

/** Fills path parameters with values that exist nowhere in this tenant. */
function concrete(url: string): string {
  const id =
    url.includes('/jobs/') || url.includes('/imports/')
      ? '00000000-0000-4000-8000-000000000000'
      : '999999999';
  return url
    .replace(/:id\b/g, id)
    .replace(/:\w+Id\b/g, '999999999')
    .replace(/:kind\b/g, 'ijazah')
    .replace(/:term\b/g, '1')
    .replace(/:slug\b/g, 'no-such-government');
}

describe('every registered route', () => {
  it('declares a permission (checked at start-up) and at least the known routes exist', () => {
    const keys = routes.map((r) => `${r.method} ${r.url}`);
    expect(keys).toContain('GET /api/v1/employees');
    expect(keys).toContain('POST /api/v1/auth/login');
    for (const route of routes) expect(route.permission, `${route.method} ${route.url}`).toBeTruthy();
  });

  it('answers 401 to anonymous callers except the listed public routes', async () => {
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      if (route.permission === 'public') {
        expect(PUBLIC_ROUTES.has(key) || route.url === '/*', `${key} is public but not listed`).toBe(true);
        continue;
      }
      const response = await ctx.app.inject({ method: route.method as 'GET', url: concrete(route.url) });
      expect(response.statusCode, key).toBe(401);
    }
  });

  it('answers 403 to a role that lacks the permission', async () => {
    let checked = 0;
    for (const route of routes) {
      if (!(ACTIONS as readonly string[]).includes(route.permission)) continue;
      for (const role of ROLES) {
        if ((permissionsOf(role) as string[]).includes(route.permission)) continue;
        const response = await ctx.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: sessions.get(role)!.headers,
        });
        expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("answers 404 for another tenant's resource", async () => {
    const admin = sessions.get('admin')!;
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/employees/${otherTenantEmployeeId}`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(404);
    for (const route of routes.filter((r) => r.method === 'GET' && r.url.includes(':id'))) {
      const url = route.url.includes('/employees/')
        ? route.url.replace(':id', String(otherTenantEmployeeId))
        : concrete(route.url);
      const other = await ctx.app.inject({ method: 'GET', url, headers: admin.headers });
      expect(other.statusCode, `${route.method} ${route.url}`).toBe(404);
    }
  });
});

describe('an OPD-scoped admin on what lies beyond its OPD', () => {
  let beyond: BeyondReach;
  beforeAll(async () => {
    beyond = await beyondReach(ctx);
  });

  /** Tries one attempt; returns what went wrong, or nothing when it was refused and changed nothing. */
  async function tryAttempt(method: string, attempt: Attempt): Promise<string[]> {
    const before = await fingerprint(ctx, beyond.tenantId);
    const response = await ctx.app.inject({
      method: method as 'POST',
      url: attempt.url,
      headers: { ...beyond.scopedAdmin.headers, ...attempt.headers },
      ...(attempt.payload ? { payload: attempt.payload } : {}),
    });
    const problems: string[] = [];
    const refused = attempt.accepted ? [202] : (attempt.refusedWith ?? [403, 404]);
    if (!refused.includes(response.statusCode)) {
      problems.push(`answered ${response.statusCode}: ${response.body.slice(0, 160)}`);
    }
    if (attempt.accepted) await ctx.jobs.idle();
    const after = await fingerprint(ctx, beyond.tenantId);
    for (const [table, sum] of Object.entries(after.sums)) {
      if (attempt.accepted && JOB_TABLES.has(table)) continue;
      if (before.sums[table] !== sum) problems.push(`changed ${table}`);
    }
    const written = await auditActionsSince(ctx, beyond.tenantId, before.auditSeq);
    const audited = written.filter((action) => !REFUSAL_AUDIT_ACTIONS.has(action));
    if (audited.length > 0) problems.push(`audited ${audited.join(', ')}`);
    return problems;
  }

  it('is refused every mutation route, and nothing changes', async () => {
    const attempts = attemptsBeyondReach(beyond);
    const failures: string[] = [];
    let tried = 0;
    for (const route of routes) {
      if (route.method === 'GET' || !(ACTIONS as readonly string[]).includes(route.permission)) continue;
      const key = `${route.method} ${route.url}`;
      const cases = attempts[key];
      if (!cases) failures.push(`${key}: say in test/beyond-reach.ts how an OPD admin would try it`);
      for (const attempt of cases ?? []) {
        for (const problem of await tryAttempt(route.method, attempt))
          failures.push(`${key} ${attempt.url}: ${problem}`);
        tried++;
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(10);
  });

  it('reads no account, audit entry or job beyond its OPD', async () => {
    const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: beyond.scopedAdmin.headers });
    const accounts = (await get('/api/v1/accounts?pageSize=200')).json();
    expect(accounts.items.map((a: { id: number }) => a.id)).not.toContain(beyond.otherOpdAccountId);
    expect(accounts.items.map((a: { id: number }) => a.id)).not.toContain(beyond.tenantAdminAccountId);
    const audit = (await get('/api/v1/audit?pageSize=200')).json();
    expect(audit.head).toBeNull();
    expect(audit.items.every((e: { subject: string | null }) => !e.subject?.includes('Dinas Uji'))).toBe(
      true,
    );
    expect((await get(`/api/v1/jobs/${beyond.foreignJobId}`)).statusCode).toBe(404);
  });
});
