import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/competencies — the dictionary, for the competency a plan's item develops (the
// Kompetensi page and the employee's record read the same cache entry).

const dictionaryQueryOptions = queryOptions({
  queryKey: queryKeys.competencies.all,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/competencies', { signal })),
});

export function useDictionary() {
  return useQuery(dictionaryQueryOptions);
}
