import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MySurveyList } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/my/surveys — the open waves the signed-in employee is invited to, for the home's
// card. Always fetched afresh: a survey answered a moment ago must not still look unanswered.

export function getWaitingSurveys(signal?: AbortSignal): Promise<MySurveyList> {
  return apiRequest<MySurveyList>('/my/surveys', { signal });
}

export const waitingSurveysQueryOptions = queryOptions({
  queryKey: ['dashboard', 'my-surveys'],
  queryFn: ({ signal }) => getWaitingSurveys(signal),
  staleTime: 0,
});

export function useWaitingSurveys() {
  return useQuery(waitingSurveysQueryOptions);
}
