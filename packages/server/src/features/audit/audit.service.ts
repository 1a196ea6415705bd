import { type Actor, listScope } from '@jenjang/domain/shared/access';
import { startOfDayIn, type TimeZone } from '@jenjang/domain/shared/time-zone';
import { type Db, withTenant } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import { type AuditFilters, type AuditRow, chainHead, listEntries, tenantOf } from './audit-log.repository';
import { describeSubjects, subjectKey } from './audit-subject.repository';

export interface AuditQuery {
  actor?: number | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const DAY_MS = 86_400_000;

/** The query's calendar days as instants on the government's clock; a range that ends before it begins is refused. */
export function toFilters(query: AuditQuery, zone: TimeZone): AuditFilters {
  if (query.from && query.to && query.from > query.to) {
    throw new ProblemError(400, 'audit.rangeReversed', { from: query.from, to: query.to });
  }
  const from = query.from ? startOfDayIn(query.from, zone) : undefined;
  const lastDay = query.to ? startOfDayIn(query.to, zone) : undefined;
  if (from === null || lastDay === null) throw new ProblemError(400, 'audit.invalidDate');
  return {
    actor: query.actor,
    action: query.action,
    entity: query.entity,
    entityId: query.entityId,
    from,
    until: lastDay ? new Date(lastDay.getTime() + DAY_MS) : undefined,
  };
}

/** A refusal's reason that is a server message key (import.noHeader…), in the reader's language. */
function reasonText(data: Record<string, unknown>, locale: Locale): string | null {
  const reason = data.reason;
  if (typeof reason !== 'string' || !reason.includes('.')) return null;
  const text = translate(locale, reason);
  return text === reason ? null : text;
}

/**
 * Entries as the API shows them. An entry written before names were kept (migration 0010) is
 * named by what its thing is called now, when it still exists.
 */
export async function present(tx: Parameters<typeof describeSubjects>[0], rows: AuditRow[], locale: Locale) {
  const unnamed = rows
    .filter((r) => r.subject === null)
    .map((r) => ({ entity: r.entity, entityId: r.entity_id }));
  const now = unnamed.length > 0 ? await describeSubjects(tx, unnamed) : new Map();
  return rows.map((r) => ({
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    actor:
      r.actor_account_id !== null && r.actor_name !== null && r.actor_username !== null
        ? { id: r.actor_account_id, name: r.actor_name, username: r.actor_username }
        : null,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    subject: r.subject ?? now.get(subjectKey({ entity: r.entity, entityId: r.entity_id }))?.name ?? null,
    data: r.data,
    reasonText: reasonText(r.data, locale),
    hash: r.hash,
  }));
}

/**
 * One page of the log within the reader's reach: the whole government for an auditor or an
 * unscoped admin, the history of its subtree for a unit-scoped reader. Only readers of the whole
 * chain get its head: a scoped reader's page is not the chain.
 */
export async function listAudit(
  db: Db,
  actor: Actor,
  query: AuditQuery & { page: number; pageSize: number },
  locale: Locale,
) {
  const scope = listScope(actor, 'audit.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const tenant = await tenantOf(tx, actor.tenantId);
    const filters = toFilters(query, tenant.time_zone as TimeZone);
    const { rows, total } = await listEntries(tx, scope, filters, query);
    const head = scope.kind === 'tenant' ? { tenant: tenant.code, ...(await chainHead(tx)) } : null;
    return {
      items: await present(tx, rows, locale),
      total,
      page: query.page,
      pageSize: query.pageSize,
      head,
    };
  });
}
