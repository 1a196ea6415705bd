import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
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
