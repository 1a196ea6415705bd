import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

// POST /api/v1/accounts/:id/password-link — a new one-time link to set (or reset) the password.
// It replaces any earlier link; the current password works until the link is used.

export function createPasswordLink(accountId: number) {
  return unwrap(api.POST('/api/v1/accounts/{id}/password-link', { params: { path: { id: accountId } } }));
}

export function useCreatePasswordLink() {
  return useMutation({ mutationFn: createPasswordLink });
}
