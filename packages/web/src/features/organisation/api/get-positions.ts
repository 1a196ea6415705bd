import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PositionKind, PositionPage } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/positions?q=&kind=&page=&pageSize= — positions with their number of holders.

export interface PositionQuery {
  q?: string | undefined;
  kind?: PositionKind | undefined;
  page: number;
  pageSize: number;
}

export const positionsQueryKey = ['positions'] as const;

export function getPositions(query: PositionQuery, signal?: AbortSignal): Promise<PositionPage> {
  return apiRequest<PositionPage>('/positions', { query: { ...query }, signal });
}

export function positionsQueryOptions(query: PositionQuery) {
  return queryOptions({
    queryKey: [...positionsQueryKey, query],
    queryFn: ({ signal }) => getPositions(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePositions(query: PositionQuery, enabled = true) {
  return useQuery({ ...positionsQueryOptions(query), enabled });
}
