import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { GapQuery } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/competency-gaps — a unit subtree's (or the government's) gaps by competency, by unit
// below it, by position kind and by JPM label; GET …/needs — who is furthest below (404 when the
// reader may not read those people); GET …/stated-needs — measured beside a needs survey wave.

export const NEEDS_PAGE_SIZE = 10;

export function gapAnalysisQueryOptions(query: GapQuery) {
  return queryOptions({
    queryKey: queryKeys.competencyGaps.analysis(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/competency-gaps', { params: { query }, signal })),
  });
}

export function useGapAnalysis(query: GapQuery) {
  return useQuery({ ...gapAnalysisQueryOptions(query), placeholderData: keepPreviousData });
}

export function useLargestNeeds(query: Omit<GapQuery, 'asOf' | 'compareTo'>, page: number) {
  return useQuery({
    queryKey: queryKeys.competencyGaps.needs({ ...query, page }),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/competency-gaps/needs', {
          params: { query: { ...query, page, pageSize: NEEDS_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useStatedNeeds(waveId: number | undefined, unitId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.competencyGaps.stated(waveId ?? 0, unitId ?? null),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/competency-gaps/stated-needs', {
          params: { query: { waveId: waveId ?? 0, unitId } },
          signal,
        }),
      ),
    enabled: waveId !== undefined,
    retry: false,
  });
}

/**
 * The waves a comparison may use: of the government's needs surveys (GET /api/v1/surveys, the
 * surveys' own cache), each survey's waves that opened (GET /api/v1/surveys/:id).
 */
export function useNeedsWaves() {
  const list = useQuery({
    queryKey: queryKeys.surveys.list(false),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/surveys', { params: { query: { archived: 'false' } }, signal })),
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
    isPending: list.isPending || details.some((d) => d.isPending),
    isError: list.isError,
    error: list.error,
    groups: groups.filter((g) => g.items.length > 0),
  };
}
