import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WaveForm } from '../../../api/types';
import { apiRequest, isApiError } from '../../../lib/api-client';

// GET /api/v1/public/surveys/:code — a public survey's current wave, without a session; 404 for an
// unknown code or a survey with no wave to answer.

export const publicSurveyQueryKey = (code: string) => ['survey-take', 'public', code] as const;

export function getPublicSurvey(code: string, signal?: AbortSignal): Promise<WaveForm> {
  return apiRequest<WaveForm>(`/public/surveys/${encodeURIComponent(code)}`, { signal });
}

export function publicSurveyQueryOptions(code: string) {
  return queryOptions({
    queryKey: publicSurveyQueryKey(code),
    queryFn: ({ signal }) => getPublicSurvey(code, signal),
    refetchOnWindowFocus: false,
    // An unknown code stays unknown; other failures (a weak signal at the counter) are retried.
    retry: (failures, error) => !isApiError(error, 404) && failures < 2,
  });
}

export function usePublicSurvey(code: string) {
  return useQuery(publicSurveyQueryOptions(code));
}
