import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

// GET /api/v1/policies — the policies the reader may see: one cache entry for the Kebijakan page,
// the home page's card and the choice of the policy a plan's item or an IDP activity carries out.

export const policiesQuery = queryOptions({
  queryKey: queryKeys.policies.list,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/policies', { signal })),
});

export function usePolicies(enabled = true) {
  return useQuery({ ...policiesQuery, enabled });
}
