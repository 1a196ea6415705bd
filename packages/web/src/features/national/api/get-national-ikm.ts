import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/national/ikm — the IKM of every published SKM wave of every government.

export const nationalIkmQueryOptions = queryOptions({
  queryKey: queryKeys.national.ikm,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/national/ikm', { signal })),
  staleTime: 5 * 60_000,
});

export function useNationalIkm() {
  return useQuery(nationalIkmQueryOptions);
}
