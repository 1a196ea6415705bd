import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/competencies — the dictionary, for the choice of competency to assess (the Kompetensi
// page reads the same cache entry).

export const competencyDictionaryQueryOptions = queryOptions({
  queryKey: queryKeys.competencies.all,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/competencies', { signal })),
});

export function useCompetencyDictionary() {
  return useQuery(competencyDictionaryQueryOptions);
}
