import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateAccountRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// PATCH /api/v1/accounts/:id — change name, e-mail, role and unit, or the linked employee.
// POST /api/v1/accounts/:id/disable and /enable — a disabled account cannot sign in and its
// sessions end at once. All answer the account as it now is; 403 (beyond the caller's reach),
// 409 (the employee already has an account, the last admin of the whole government) come as
// problems whose detail is already in the user's language.

export function updateAccount(id: number, body: UpdateAccountRequest) {
  return unwrap(api.PATCH('/api/v1/accounts/{id}', { params: { path: { id } }, body }));
}

export function setAccountStatus(id: number, status: 'active' | 'disabled') {
  const init = { params: { path: { id } } };
  return unwrap(
    status === 'active'
      ? api.POST('/api/v1/accounts/{id}/enable', init)
      : api.POST('/api/v1/accounts/{id}/disable', init),
  );
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateAccountRequest }) => updateAccount(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
  });
}

export function useSetAccountStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: number; status: 'active' | 'disabled' }) =>
      setAccountStatus(id, status),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
  });
}
