import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MySurveyList } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/my/surveys — the open waves the signed-in employee is invited to, answered or not.

export const mySurveysQueryKey = ['survey-take', 'my-surveys'] as const;

export function getMySurveys(signal?: AbortSignal): Promise<MySurveyList> {
  return apiRequest<MySurveyList>('/my/surveys', { signal });
}

export const mySurveysQueryOptions = queryOptions({
  queryKey: mySurveysQueryKey,
  queryFn: ({ signal }) => getMySurveys(signal),
});

export function useMySurveys() {
  return useQuery(mySurveysQueryOptions);
}
