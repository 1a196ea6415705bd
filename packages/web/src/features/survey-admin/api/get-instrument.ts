import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { InstrumentDetail } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/instruments/:id — the latest version's definition, whether a wave froze it, and the
// list of versions; 404 when missing or another government's.

export function getInstrument(id: number, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/instruments/{id}', { params: { path: { id } }, signal }));
}

export function instrumentQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.instruments.detail(id),
    queryFn: ({ signal }) => getInstrument(id, signal),
  });
}

export function useInstrument(id: number) {
  return useQuery(instrumentQueryOptions(id));
}

export function storeInstrument(queryClient: QueryClient, instrument: InstrumentDetail): void {
  queryClient.setQueryData(instrumentQueryOptions(instrument.id).queryKey, instrument);
  void queryClient.invalidateQueries({ queryKey: queryKeys.instruments.list });
}
