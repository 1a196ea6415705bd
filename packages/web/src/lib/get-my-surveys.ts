import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

// GET /api/v1/my/surveys — the open waves the signed-in employee is invited to, answered or not,
// for the home's card and the survey list. Always fetched afresh: a survey answered a moment ago
// must not still look unanswered.

export function getMySurveys(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/my/surveys', { signal }));
}

export const mySurveysQueryOptions = queryOptions({
  queryKey: queryKeys.mySurveys.all,
  queryFn: ({ signal }) => getMySurveys(signal),
  staleTime: 0,
});

export function useMySurveys() {
  return useQuery(mySurveysQueryOptions);
}
