import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountSummary, UpdateAccountRequest } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { accountsQueryKey } from './get-accounts';

// PATCH /api/v1/accounts/:id — change name, e-mail, role and unit, or the linked employee.
// POST /api/v1/accounts/:id/disable and /enable — a disabled account cannot sign in and its
// sessions end at once. All answer the account as it now is; 403 (beyond the caller's reach),
// 409 (the employee already has an account, the last admin of the whole government) come as
// problems whose detail is already in the user's language.

export function updateAccount(id: number, body: UpdateAccountRequest): Promise<AccountSummary> {
  return apiRequest<AccountSummary>(`/accounts/${id}`, { method: 'PATCH', body });
}

export function setAccountStatus(id: number, status: 'active' | 'disabled'): Promise<AccountSummary> {
  return apiRequest<AccountSummary>(`/accounts/${id}/${status === 'active' ? 'enable' : 'disable'}`, {
    method: 'POST',
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateAccountRequest }) => updateAccount(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}

export function useSetAccountStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: number; status: 'active' | 'disabled' }) =>
      setAccountStatus(id, status),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}
