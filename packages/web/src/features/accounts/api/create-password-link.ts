import { useMutation } from '@tanstack/react-query';
import type { PasswordLink } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// POST /api/v1/accounts/:id/password-link — a new one-time link to set (or reset) the password.
// It replaces any earlier link; the current password works until the link is used.

export function createPasswordLink(accountId: number): Promise<PasswordLink> {
  return apiRequest<PasswordLink>(`/accounts/${accountId}/password-link`, { method: 'POST' });
}

export function useCreatePasswordLink() {
  return useMutation({ mutationFn: createPasswordLink });
}
