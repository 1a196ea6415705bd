import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DashboardSurveys } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/dashboard/surveys — the IKM per service unit and the newest results the reader may
// see (the server applies the results' reach and the k rule), with the deployment's k.

export function getHomeSurveys(signal?: AbortSignal): Promise<DashboardSurveys> {
  return apiRequest<DashboardSurveys>('/dashboard/surveys', { signal });
}

export const homeSurveysQueryOptions = queryOptions({
  queryKey: ['dashboard', 'surveys'],
  queryFn: ({ signal }) => getHomeSurveys(signal),
});

export function useHomeSurveys() {
  return useQuery(homeSurveysQueryOptions);
}
