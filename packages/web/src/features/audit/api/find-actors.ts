import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/accounts?q= — a few accounts matching a name or username, to filter the log by who
// acted (within the reader's reach, as the server narrows it).

const LIMIT = 10;

export function findActorsQueryOptions(q: string) {
  return queryOptions({
    queryKey: queryKeys.accounts.search(q),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/accounts', { params: { query: { q, pageSize: LIMIT } }, signal })),
    staleTime: 60_000,
  });
}

/** Searches once the query has two characters. */
export function useFindActors(q: string) {
  return useQuery({ ...findActorsQueryOptions(q), enabled: q.length >= 2 });
}
