import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

// GET /api/v1/employees?q= — a few employees matching a name or a NIP prefix: an account's owner,
// a program's mentors and mentees. Shared by the features that pick one person.

const LIMIT = 10;

export function findEmployees(q: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/employees', { params: { query: { q, pageSize: LIMIT } }, signal }));
}

export function findEmployeesQueryOptions(q: string) {
  return queryOptions({
    queryKey: queryKeys.employees.search(q),
    queryFn: ({ signal }) => findEmployees(q, signal),
    staleTime: 60_000,
  });
}

/** Searches once the query has two characters; shorter ones match too much to be useful. */
export function useFindEmployees(q: string) {
  return useQuery({ ...findEmployeesQueryOptions(q), enabled: q.length >= 2 });
}
