import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InstrumentList } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/instruments — the government's own questionnaires (copies of templates and its own).

export const instrumentsQueryKey = ['instruments'] as const;

export function getInstruments(signal?: AbortSignal): Promise<InstrumentList> {
  return apiRequest<InstrumentList>('/instruments', { signal });
}

export const instrumentsQueryOptions = queryOptions({
  queryKey: [...instrumentsQueryKey, 'list'],
  queryFn: ({ signal }) => getInstruments(signal),
});

export function useInstruments() {
  return useQuery(instrumentsQueryOptions);
}
