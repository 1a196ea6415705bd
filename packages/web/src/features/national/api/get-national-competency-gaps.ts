import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/national/competency-gaps — per government, employees by JPM and the national
// competencies below standard (never a person; groups under k hidden).

export const nationalCompetencyGapsQueryOptions = queryOptions({
  queryKey: queryKeys.national.competencyGaps,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/national/competency-gaps', { signal })),
  staleTime: 5 * 60_000,
});

export function useNationalCompetencyGaps() {
  return useQuery(nationalCompetencyGapsQueryOptions);
}
