import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PositionListQuery } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/positions?q=&kind=&page=&pageSize= — positions with their number of holders.

export function getPositions(query: PositionListQuery, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/positions', { params: { query }, signal }));
}

export function positionsQueryOptions(query: PositionListQuery) {
  return queryOptions({
    queryKey: queryKeys.positions.list(query),
    queryFn: ({ signal }) => getPositions(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePositions(query: PositionListQuery, enabled = true) {
  return useQuery({ ...positionsQueryOptions(query), enabled });
}
