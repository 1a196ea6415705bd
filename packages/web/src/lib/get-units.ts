import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitList } from '../api/types';
import { apiRequest } from './api-client';

// GET /api/v1/units — the organisation as a flat list; the tree is built on the client. Closed
// units come too: records still name them, and pickers leave them out (unitOptions).

export function getUnits(signal?: AbortSignal): Promise<UnitList> {
  return apiRequest<UnitList>('/units', { query: { includeClosed: true }, signal });
}

export const unitsQueryOptions = queryOptions({
  queryKey: ['units'],
  queryFn: ({ signal }) => getUnits(signal),
  staleTime: 5 * 60_000,
});

export function useUnits(enabled = true) {
  return useQuery({ ...unitsQueryOptions, enabled });
}
