import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/dashboard — workforce figures of the tenant (or of the caller's unit subtree).
// Imports, corrections and unit closures invalidate queryKeys.dashboard.all, and with it every
// home figure.

export function getDashboard(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/dashboard', { signal }));
}

export const dashboardQueryOptions = queryOptions({
  queryKey: queryKeys.dashboard.workforce,
  queryFn: ({ signal }) => getDashboard(signal),
  staleTime: 60_000,
});

export function useDashboard() {
  return useQuery(dashboardQueryOptions);
}
