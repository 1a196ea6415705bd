import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/policies — the policies the reader may see (the Kebijakan page's list and cache).

export const homePoliciesQueryOptions = queryOptions({
  queryKey: queryKeys.policies.list,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/policies', { signal })),
});

export function useHomePolicies() {
  return useQuery(homePoliciesQueryOptions);
}
