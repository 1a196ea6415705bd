import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

// GET /api/v1/golongan — reference data (PNS I/a–IV/e with pangkat, PPPK I–XVII), sorted by rank.

export function getGolongan(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/golongan', { signal }));
}

export const golonganQueryOptions = queryOptions({
  queryKey: queryKeys.golongan.all,
  queryFn: ({ signal }) => getGolongan(signal),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useGolongan() {
  return useQuery(golonganQueryOptions);
}
