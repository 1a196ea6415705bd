import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditListQuery } from '../../../api/types';
import type { Language } from '../../../i18n/languages';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/audit — the log within the reader's reach, newest first, filtered by who (actor),
// what (action or group, kind and id of object) and when (days on the government's clock), with
// the chain's head for readers of the whole government. GET /api/v1/audit/export.xlsx — the same
// filtered list as a workbook.

export function getAuditLog(query: AuditListQuery, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/audit', { params: { query }, signal }));
}

export function auditLogQueryOptions(query: AuditListQuery) {
  return queryOptions({
    queryKey: queryKeys.audit.list(query),
    queryFn: ({ signal }) => getAuditLog(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(query: AuditListQuery) {
  return useQuery(auditLogQueryOptions(query));
}

/** The export's address: a plain download, in the page's language. */
export function auditExportUrl(filters: Omit<AuditListQuery, 'page' | 'pageSize'>, lang: Language): string {
  return apiHref('/api/v1/audit/export.xlsx', { query: { ...filters, lang } });
}
