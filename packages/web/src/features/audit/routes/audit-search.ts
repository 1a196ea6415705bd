import { optionalPositiveInt } from '../../../lib/search-params';

export interface AuditSearch {
  page?: number;
}

export function validateAuditSearch(search: Record<string, unknown>): AuditSearch {
  const page = optionalPositiveInt(search.page);
  return page && page > 1 ? { page } : {};
}
