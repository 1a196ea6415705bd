import { optionalPositiveInt, optionalString } from '../../../lib/search-params';

export const PAGE_SIZE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-zA-Z]+(\.[a-zA-Z]+)*$/;
const ENTITY = /^[a-z_]+$/;

/** The log's filters in the address bar, so an inspector can bookmark and share a view. */
export interface AuditSearch {
  page?: number;
  /** The acting account's id. */
  actor?: number;
  /** An action ('account.disabled') or a group of them ('account'). */
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

const matching = (value: unknown, pattern: RegExp, max: number) => {
  const text = optionalString(value);
  return text !== undefined && text.length <= max && pattern.test(text) ? text : undefined;
};

export function validateAuditSearch(search: Record<string, unknown>): AuditSearch {
  const result: AuditSearch = {
    page: optionalPositiveInt(search.page),
    actor: optionalPositiveInt(search.actor),
    action: matching(search.action, ACTION, 64),
    entity: matching(search.entity, ENTITY, 40),
    entityId: optionalString(search.entityId)?.slice(0, 64),
    from: matching(search.from, DATE, 10),
    to: matching(search.to, DATE, 10),
  };
  if (result.page === 1) result.page = undefined;
  // An object's id means nothing without its kind.
  if (result.entity === undefined) result.entityId = undefined;
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}

/** The filters as the API's query (the export takes the same, without paging). */
export function auditFilters(search: AuditSearch) {
  return {
    actor: search.actor,
    action: search.action,
    entity: search.entity,
    entityId: search.entityId,
    from: search.from,
    to: search.to,
  };
}
