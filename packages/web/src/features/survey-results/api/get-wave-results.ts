import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { BreakdownBy } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/survey-waves/:id/results?breakdown= — a wave's figures under the k rule; 404 when the
// wave is missing or belongs to another government.

export function getWaveResults(waveId: number, breakdown: BreakdownBy | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/v1/survey-waves/{id}/results', {
      params: { path: { id: waveId }, query: { breakdown } },
      signal,
    }),
  );
}

export function waveResultsQueryOptions(waveId: number, breakdown: BreakdownBy | undefined) {
  return queryOptions({
    queryKey: queryKeys.surveyWaves.resultsBy(waveId, breakdown),
    queryFn: ({ signal }) => getWaveResults(waveId, breakdown, signal),
    // Switching the breakdown keeps the page on screen while the new figures load.
    placeholderData: keepPreviousData,
  });
}

export function useWaveResults(waveId: number, breakdown: BreakdownBy | undefined) {
  return useQuery(waveResultsQueryOptions(waveId, breakdown));
}
