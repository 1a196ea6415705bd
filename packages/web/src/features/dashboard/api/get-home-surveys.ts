import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/dashboard/surveys — the IKM per service unit and the newest results the reader may
// see (the server applies the results' reach and the k rule), with the deployment's k.

export function getHomeSurveys(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/dashboard/surveys', { signal }));
}

export const homeSurveysQueryOptions = queryOptions({
  queryKey: queryKeys.dashboard.surveys,
  queryFn: ({ signal }) => getHomeSurveys(signal),
});

export function useHomeSurveys() {
  return useQuery(homeSurveysQueryOptions);
}
