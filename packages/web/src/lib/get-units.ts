import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

// GET /api/v1/units — the organisation as a flat list; the tree is built on the client. Closed
// units come too: records still name them, and pickers leave them out (unitOptions).

export function getUnits(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/units', { params: { query: { includeClosed: 'true' } }, signal }));
}

export const unitsQueryOptions = queryOptions({
  queryKey: queryKeys.units.all,
  queryFn: ({ signal }) => getUnits(signal),
  staleTime: 5 * 60_000,
});

export function useUnits(enabled = true) {
  return useQuery({ ...unitsQueryOptions, enabled });
}
