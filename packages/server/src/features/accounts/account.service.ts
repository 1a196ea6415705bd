import { type Actor, listScope, type Role } from '@jenjang/domain/access';
import { type Db, withTenant } from '../../db/database';
import { notFound, ProblemError } from '../../http/problem';
import { appendAudit } from '../audit/audit.repository';
import { issuePasswordToken } from '../auth/auth.service';
import * as repo from './account.repository';

const LINK_HOURS = 72;

export async function listAccounts(
  db: Db,
  actor: Actor,
  query: { q?: string | undefined; page: number; pageSize: number },
) {
  const scope = listScope(actor, 'account.read');
  if (scope.kind === 'none') return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const filters = scope.kind === 'owner' ? { q: query.q, accountId: scope.accountId } : { q: query.q };
  return withTenant(db, actor.tenantId, async (tx) => {
    const { rows, total } = await repo.listAccounts(tx, filters, query);
    return {
      items: rows.map((r) => ({
        id: r.id,
        username: r.username,
        displayName: r.display_name,
        role: r.role as Role,
        status: r.status,
        employeeId: r.employee_id,
        scopeUnit:
          r.scope_unit_id && r.scope_unit_name ? { id: r.scope_unit_id, name: r.scope_unit_name } : null,
        hasPassword: r.password_hash !== null,
        email: r.email,
        createdAt: new Date(r.created_at).toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  employeeId: number | null;
  scopeUnitId: number | null;
  email: string | null;
}

/** Creates an account without a password and returns a one-time link to set one. */
export async function createAccount(db: Db, actor: Actor, input: NewAccount, baseUrl: string) {
  if (input.role === 'atasan' && input.scopeUnitId === null) {
    throw new ProblemError(400, 'account.scopeRequired');
  }
  const accountId = await withTenant(db, actor.tenantId, async (tx) => {
    if (input.employeeId !== null && !(await repo.employeeExists(tx, input.employeeId))) {
      throw new ProblemError(400, 'account.unknownEmployee');
    }
    if (input.scopeUnitId !== null && !(await repo.unitExists(tx, input.scopeUnitId))) {
      throw new ProblemError(400, 'account.unknownUnit');
    }
    const row = await repo
      .insertAccount(tx, { tenantId: actor.tenantId, ...input })
      .catch((error: { code?: string }) => {
        // The global unique index on lower(username) also covers names used in other governments.
        if (error.code === '23505')
          throw new ProblemError(409, 'account.usernameTaken', { username: input.username });
        throw error;
      });
    await appendAudit(tx, actor.tenantId, {
      actorAccountId: actor.accountId,
      action: 'account.created',
      entity: 'account',
      entityId: row.id,
      data: { username: input.username, role: input.role, scopeUnitId: input.scopeUnitId },
    });
    return row.id;
  });
  return passwordLink(db, actor, accountId, baseUrl);
}

export async function passwordLink(db: Db, actor: Actor, accountId: number, baseUrl: string) {
  const exists = await withTenant(db, actor.tenantId, (tx) => repo.accountExists(tx, accountId));
  if (!exists) throw notFound();
  const token = await issuePasswordToken(db, actor.tenantId, accountId, actor.accountId, LINK_HOURS);
  return { accountId, url: `${baseUrl}/set-password?token=${token}`, expiresInHours: LINK_HOURS };
}
