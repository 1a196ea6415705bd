import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveyList } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/surveys — the government's surveys in use (or, with archived, the archived ones),
// each with its latest wave.

export const surveysQueryKey = ['surveys'] as const;

export function getSurveys(archived: boolean, signal?: AbortSignal): Promise<SurveyList> {
  return apiRequest<SurveyList>('/surveys', { query: archived ? { archived: 'true' } : {}, signal });
}

export function surveysQueryOptions(archived = false) {
  return queryOptions({
    queryKey: [...surveysQueryKey, 'list', { archived }],
    queryFn: ({ signal }) => getSurveys(archived, signal),
  });
}

export function useSurveys(archived = false) {
  return useQuery(surveysQueryOptions(archived));
}
