import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/dashboard — workforce figures of the tenant (or of the caller's unit subtree).
// Imports, corrections and unit closures invalidate ['dashboard'], and with it every home query.

export function getDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return apiRequest<Dashboard>('/dashboard', { signal });
}

export const dashboardQueryOptions = queryOptions({
  queryKey: ['dashboard'],
  queryFn: ({ signal }) => getDashboard(signal),
  staleTime: 60_000,
});

export function useDashboard() {
  return useQuery(dashboardQueryOptions);
}
