import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveyList } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/surveys — every survey of the government, each with its latest wave.

export const surveysQueryKey = ['surveys'] as const;

export function getSurveys(signal?: AbortSignal): Promise<SurveyList> {
  return apiRequest<SurveyList>('/surveys', { signal });
}

export const surveysQueryOptions = queryOptions({
  queryKey: [...surveysQueryKey, 'list'],
  queryFn: ({ signal }) => getSurveys(signal),
});

export function useSurveys() {
  return useQuery(surveysQueryOptions);
}
