import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/instruments — the government's own questionnaires (copies of templates and its own).

export function getInstruments(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/instruments', { signal }));
}

export const instrumentsQueryOptions = queryOptions({
  queryKey: queryKeys.instruments.list,
  queryFn: ({ signal }) => getInstruments(signal),
});

export function useInstruments() {
  return useQuery(instrumentsQueryOptions);
}
