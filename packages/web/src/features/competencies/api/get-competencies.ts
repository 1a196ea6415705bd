import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/competencies — the dictionary: the nine national competencies (PermenPANRB 38/2017,
// in the reader's language) first, then the government's technical ones.

export const competenciesQueryOptions = queryOptions({
  queryKey: queryKeys.competencies.all,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/competencies', { signal })),
});

export function useCompetencies() {
  return useQuery(competenciesQueryOptions);
}
