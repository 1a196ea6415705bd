import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/survey-waves/:id/form — the questions of a wave the employee is invited to, with
// whether it is open and whether they have answered; 404 for anyone not invited.

export function getWaveForm(waveId: number, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/survey-waves/{id}/form', { params: { path: { id: waveId } }, signal }));
}

export function waveFormQueryOptions(waveId: number) {
  return queryOptions({
    queryKey: queryKeys.surveyWaves.form(waveId),
    queryFn: ({ signal }) => getWaveForm(waveId, signal),
    // Half-answered forms must not be swapped under the respondent's thumb.
    refetchOnWindowFocus: false,
  });
}

export function useWaveForm(waveId: number) {
  return useQuery(waveFormQueryOptions(waveId));
}
