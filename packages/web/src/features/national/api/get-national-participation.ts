import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NationalParticipation } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/national/participation — invited and answering per employee-survey wave.

export const nationalParticipationQueryOptions = queryOptions({
  queryKey: ['national', 'participation'],
  queryFn: ({ signal }) => apiRequest<NationalParticipation>('/national/participation', { signal }),
  staleTime: 5 * 60_000,
});

export function useNationalParticipation() {
  return useQuery(nationalParticipationQueryOptions);
}
