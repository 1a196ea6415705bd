import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WaveForm } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/survey-waves/:id/form — the questions of a wave the employee is invited to, with
// whether it is open and whether they have answered; 404 for anyone not invited.

export const waveFormQueryKey = (waveId: number) => ['survey-take', 'wave-form', waveId] as const;

export function getWaveForm(waveId: number, signal?: AbortSignal): Promise<WaveForm> {
  return apiRequest<WaveForm>(`/survey-waves/${waveId}/form`, { signal });
}

export function waveFormQueryOptions(waveId: number) {
  return queryOptions({
    queryKey: waveFormQueryKey(waveId),
    queryFn: ({ signal }) => getWaveForm(waveId, signal),
    // Half-answered forms must not be swapped under the respondent's thumb.
    refetchOnWindowFocus: false,
  });
}

export function useWaveForm(waveId: number) {
  return useQuery(waveFormQueryOptions(waveId));
}
