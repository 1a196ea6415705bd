import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditListQuery, AuditPage } from '../../../api/types';
import { apiRequest, apiUrl } from '../../../lib/api-client';

// GET /api/v1/audit — the log within the reader's reach, newest first, filtered by who (actor),
// what (action or group, kind and id of object) and when (days on the government's clock), with
// the chain's head for readers of the whole government. GET /api/v1/audit/export.xlsx — the same
// filtered list as a workbook.

export function getAuditLog(query: AuditListQuery, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>('/audit', { query: { ...query }, signal });
}

export function auditLogQueryOptions(query: AuditListQuery) {
  return queryOptions({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => getAuditLog(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(query: AuditListQuery) {
  return useQuery(auditLogQueryOptions(query));
}

/** The export's address: a plain download, in the page's language. */
export function auditExportUrl(filters: Omit<AuditListQuery, 'page' | 'pageSize'>, language: string): string {
  return apiUrl('/audit/export.xlsx', { ...filters, lang: language });
}
