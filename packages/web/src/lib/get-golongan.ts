import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GolonganList } from '../api/types';
import { apiRequest } from './api-client';

// GET /api/v1/golongan — reference data (PNS I/a–IV/e with pangkat, PPPK I–XVII), sorted by rank.

export function getGolongan(signal?: AbortSignal): Promise<GolonganList> {
  return apiRequest<GolonganList>('/golongan', { signal });
}

export const golonganQueryOptions = queryOptions({
  queryKey: ['golongan'],
  queryFn: ({ signal }) => getGolongan(signal),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useGolongan() {
  return useQuery(golonganQueryOptions);
}
