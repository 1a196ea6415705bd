import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NationalIkm } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/national/ikm — the IKM of every published SKM wave of every government.

export const nationalIkmQueryOptions = queryOptions({
  queryKey: ['national', 'ikm'],
  queryFn: ({ signal }) => apiRequest<NationalIkm>('/national/ikm', { signal }),
  staleTime: 5 * 60_000,
});

export function useNationalIkm() {
  return useQuery(nationalIkmQueryOptions);
}
