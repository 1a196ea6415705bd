import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DashboardAttention } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/dashboard/attention — an admin's open waves and latest imports.

export function getAttention(signal?: AbortSignal): Promise<DashboardAttention> {
  return apiRequest<DashboardAttention>('/dashboard/attention', { signal });
}

export const attentionQueryOptions = queryOptions({
  queryKey: ['dashboard', 'attention'],
  queryFn: ({ signal }) => getAttention(signal),
  // Imports finish and answers come in while the admin looks elsewhere.
  staleTime: 0,
});

export function useAttention() {
  return useQuery(attentionQueryOptions);
}
