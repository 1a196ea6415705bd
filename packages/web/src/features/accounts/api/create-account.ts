import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateAccountRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/accounts — creates an account without a password and answers 201 with the one-time
// link to set one; 400 (atasan without a unit, unknown employee or unit) and 409 (username taken)
// come as problems whose detail is already in the user's language.

export function createAccount(body: CreateAccountRequest) {
  return unwrap(api.POST('/api/v1/accounts', { body }));
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
  });
}
