import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/dashboard/attention — an admin's open waves and latest imports.

export function getAttention(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/dashboard/attention', { signal }));
}

export const attentionQueryOptions = queryOptions({
  queryKey: queryKeys.dashboard.attention,
  queryFn: ({ signal }) => getAttention(signal),
  // Imports finish and answers come in while the admin looks elsewhere.
  staleTime: 0,
});

export function useAttention() {
  return useQuery(attentionQueryOptions);
}
