import { useQuery } from '@tanstack/react-query';
import type { SurveySummary } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/surveys — the government's surveys in use, for the evaluation plan's result survey:
// only a public-service satisfaction survey (SKM) measures a service's IKM. The list shares its
// cache with the surveys' own list (same request); the server still refuses a survey without a
// service unit, which the list does not name.

/** A public SKM survey: a service's satisfaction, whose IKM before and after a training is level 4. */
export const isServiceSurvey = (survey: SurveySummary) => survey.mode === 'public' && survey.kind === 'skm';

export function useServiceSurveys(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.surveys.list(false),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/surveys', { params: { query: {} }, signal })),
    select: (list) => list.items.filter(isServiceSurvey),
    enabled,
  });
}
