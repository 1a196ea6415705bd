import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PositionListQuery } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/positions?q= — positions matching what the user types, for the position pickers.

export function findPositionsQueryOptions(q: string) {
  const query: PositionListQuery = { q, pageSize: 50 };
  return queryOptions({
    queryKey: queryKeys.positions.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/positions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useFindPositions(q: string) {
  return useQuery(findPositionsQueryOptions(q));
}
