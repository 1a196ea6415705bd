import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VisibleResults } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/survey-results — the newest waves whose results the signed-in reader may see (the
// whole wave, or its unit's slice of a closed wave), each with its count and IKM: for home pages.

export const visibleResultsQueryKey = ['survey-results', 'visible'] as const;

export function getVisibleResults(signal?: AbortSignal): Promise<VisibleResults> {
  return apiRequest<VisibleResults>('/survey-results', { signal });
}

export function visibleResultsQueryOptions() {
  return queryOptions({
    queryKey: visibleResultsQueryKey,
    queryFn: ({ signal }) => getVisibleResults(signal),
  });
}

export function useVisibleResults(options: { enabled?: boolean } = {}) {
  return useQuery({ ...visibleResultsQueryOptions(), enabled: options.enabled ?? true });
}
