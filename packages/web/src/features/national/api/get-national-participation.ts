import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/national/participation — invited and answering per employee-survey wave.

export const nationalParticipationQueryOptions = queryOptions({
  queryKey: queryKeys.national.participation,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/national/participation', { signal })),
  staleTime: 5 * 60_000,
});

export function useNationalParticipation() {
  return useQuery(nationalParticipationQueryOptions);
}
