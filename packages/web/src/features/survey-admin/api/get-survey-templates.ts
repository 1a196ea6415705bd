import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/survey-templates — the questionnaires shipped with Jenjang, to copy and edit.

export function getSurveyTemplates(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/survey-templates', { signal }));
}

export const surveyTemplatesQueryOptions = queryOptions({
  queryKey: queryKeys.surveyTemplates.all,
  queryFn: ({ signal }) => getSurveyTemplates(signal),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useSurveyTemplates() {
  return useQuery(surveyTemplatesQueryOptions);
}
