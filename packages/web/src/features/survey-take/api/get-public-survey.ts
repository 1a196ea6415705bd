import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/public/surveys/:code — a public survey's current wave, without a session; 404 for an
// unknown code or a survey with no wave to answer.

export function getPublicSurvey(code: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/public/surveys/{code}', { params: { path: { code } }, signal }));
}

export function publicSurveyQueryOptions(code: string) {
  return queryOptions({
    queryKey: queryKeys.publicSurvey(code),
    queryFn: ({ signal }) => getPublicSurvey(code, signal),
    refetchOnWindowFocus: false,
    // An unknown code stays unknown; other failures (a weak signal at the counter) are retried.
    retry: (failures, error) => !isApiError(error, 404) && failures < 2,
  });
}

export function usePublicSurvey(code: string) {
  return useQuery(publicSurveyQueryOptions(code));
}
