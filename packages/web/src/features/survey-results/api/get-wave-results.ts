import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { BreakdownBy, WaveResults } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/survey-waves/:id/results?breakdown= — a wave's figures under the k rule; 404 when the
// wave is missing or belongs to another government.

export const waveResultsQueryKey = (waveId: number) => ['survey-results', waveId] as const;

export function getWaveResults(
  waveId: number,
  breakdown: BreakdownBy | undefined,
  signal?: AbortSignal,
): Promise<WaveResults> {
  return apiRequest<WaveResults>(`/survey-waves/${waveId}/results`, { query: { breakdown }, signal });
}

export function waveResultsQueryOptions(waveId: number, breakdown: BreakdownBy | undefined) {
  return queryOptions({
    queryKey: [...waveResultsQueryKey(waveId), { breakdown: breakdown ?? null }],
    queryFn: ({ signal }) => getWaveResults(waveId, breakdown, signal),
    // Switching the breakdown keeps the page on screen while the new figures load.
    placeholderData: keepPreviousData,
  });
}

export function useWaveResults(waveId: number, breakdown: BreakdownBy | undefined) {
  return useQuery(waveResultsQueryOptions(waveId, breakdown));
}
