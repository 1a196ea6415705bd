import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/surveys — the government's surveys in use (or, with archived, the archived ones),
// each with its latest wave.

export function getSurveys(archived: boolean, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/v1/surveys', { params: { query: archived ? { archived: 'true' } : {} }, signal }),
  );
}

export function surveysQueryOptions(archived = false) {
  return queryOptions({
    queryKey: queryKeys.surveys.list(archived),
    queryFn: ({ signal }) => getSurveys(archived, signal),
  });
}

export function useSurveys(archived = false) {
  return useQuery(surveysQueryOptions(archived));
}
