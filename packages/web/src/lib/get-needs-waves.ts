import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

/**
 * The needs-survey waves that opened, grouped by survey for a select: of the government's needs
 * surveys (GET /api/v1/surveys, the surveys' own cache), each survey's waves (GET /api/v1/surveys/:id).
 * The gap analysis sets measured gaps beside one; a plan's proposal weighs one in. Only asked for
 * when `enabled` (readers with survey.read).
 */
export function useNeedsWaves(enabled = true) {
  const list = useQuery({
    queryKey: queryKeys.surveys.list(false),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/surveys', { params: { query: { archived: 'false' } }, signal })),
    enabled,
  });
  const needsSurveys = (list.data?.items ?? []).filter((s) => s.kind === 'needs' && s.waveCount > 0);
  const details = useQueries({
    queries: needsSurveys.map((survey) => ({
      queryKey: queryKeys.surveys.detail(survey.id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/v1/surveys/{id}', { params: { path: { id: survey.id } }, signal })),
    })),
  });
  const groups = details.flatMap((detail) =>
    detail.data
      ? [
          {
            group: detail.data.title,
            items: detail.data.waves
              .filter((w) => w.status === 'open' || w.status === 'closed')
              .map((w) => ({ value: String(w.id), label: `${detail.data.title} · ${w.label}` })),
          },
        ]
      : [],
  );
  return {
    isPending: enabled && (list.isPending || details.some((d) => d.isPending)),
    isError: list.isError,
    error: list.error,
    groups: groups.filter((g) => g.items.length > 0),
  };
}
