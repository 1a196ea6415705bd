import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountListQuery, AccountPage } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/accounts — one page of the accounts within the caller's reach, by username; q matches
// the username or the display name; role, status, unit (subtree) and password state narrow it.

export const accountsQueryKey = ['accounts', 'list'] as const;

export function getAccounts(query: AccountListQuery, signal?: AbortSignal): Promise<AccountPage> {
  return apiRequest<AccountPage>('/accounts', { query: { ...query }, signal });
}

export function accountsQueryOptions(query: AccountListQuery) {
  return queryOptions({
    queryKey: [...accountsQueryKey, query],
    queryFn: ({ signal }) => getAccounts(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccounts(query: AccountListQuery) {
  return useQuery(accountsQueryOptions(query));
}
