import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateAccountRequest, PasswordLink } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { accountsQueryKey } from './get-accounts';

// POST /api/v1/accounts — creates an account without a password and answers 201 with the one-time
// link to set one; 400 (atasan without a unit, unknown employee or unit) and 409 (username taken)
// come as problems whose detail is already in the user's language.

export function createAccount(body: CreateAccountRequest): Promise<PasswordLink> {
  return apiRequest<PasswordLink>('/accounts', { method: 'POST', body });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}
