import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditPage } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/audit — the tenant's append-only audit log, newest first.

export function getAuditLog(page: number, pageSize: number, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>('/audit', { query: { page, pageSize }, signal });
}

export function auditLogQueryOptions(page: number, pageSize: number) {
  return queryOptions({
    queryKey: ['audit', { page, pageSize }],
    queryFn: ({ signal }) => getAuditLog(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(page: number, pageSize: number) {
  return useQuery(auditLogQueryOptions(page, pageSize));
}
