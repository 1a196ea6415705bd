import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountPage } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/accounts?q= — a few accounts matching a name or username, to filter the log by who
// acted (within the reader's reach, as the server narrows it).

const LIMIT = 10;

export function findActorsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['audit', 'actor-search', q],
    queryFn: ({ signal }) => apiRequest<AccountPage>('/accounts', { query: { q, pageSize: LIMIT }, signal }),
    staleTime: 60_000,
  });
}

/** Searches once the query has two characters. */
export function useFindActors(q: string) {
  return useQuery({ ...findActorsQueryOptions(q), enabled: q.length >= 2 });
}
