import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveyDetail } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/surveys/:id — one survey with its audience or service and all its waves, newest
// first; 404 when missing or another government's.

export function getSurvey(id: number, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/surveys/{id}', { params: { path: { id } }, signal }));
}

export function surveyQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.surveys.detail(id),
    queryFn: ({ signal }) => getSurvey(id, signal),
  });
}

export function useSurvey(id: number) {
  return useQuery(surveyQueryOptions(id));
}

/**
 * Wave changes answer with the whole survey: it replaces the cached detail, and the list (whose
 * rows show the latest wave) is refetched when next shown.
 */
export function storeSurvey(queryClient: QueryClient, survey: SurveyDetail): void {
  queryClient.setQueryData(surveyQueryOptions(survey.id).queryKey, survey);
  void queryClient.invalidateQueries({ queryKey: queryKeys.surveys.lists });
}
