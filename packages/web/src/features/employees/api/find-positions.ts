import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PositionPage } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/positions?q= — positions matching what the admin types, for the correction form.

export function findPositions(q: string, signal?: AbortSignal): Promise<PositionPage> {
  return apiRequest<PositionPage>('/positions', { query: { q: q || undefined, pageSize: 50 }, signal });
}

export function useFindPositions(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['positions', 'find', q],
    queryFn: ({ signal }) => findPositions(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
