import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveyTemplateList } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/survey-templates — the questionnaires shipped with Jenjang, to copy and edit.

export function getSurveyTemplates(signal?: AbortSignal): Promise<SurveyTemplateList> {
  return apiRequest<SurveyTemplateList>('/survey-templates', { signal });
}

export const surveyTemplatesQueryOptions = queryOptions({
  queryKey: ['survey-templates'],
  queryFn: ({ signal }) => getSurveyTemplates(signal),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useSurveyTemplates() {
  return useQuery(surveyTemplatesQueryOptions);
}
