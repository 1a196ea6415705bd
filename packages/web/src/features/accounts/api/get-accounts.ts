import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountListQuery } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/accounts — one page of the accounts within the caller's reach, by username; q matches
// the username or the display name; role, status, unit (subtree) and password state narrow it.

export function getAccounts(query: AccountListQuery, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/accounts', { params: { query }, signal }));
}

export function accountsQueryOptions(query: AccountListQuery) {
  return queryOptions({
    queryKey: queryKeys.accounts.list(query),
    queryFn: ({ signal }) => getAccounts(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccounts(query: AccountListQuery) {
  return useQuery(accountsQueryOptions(query));
}
