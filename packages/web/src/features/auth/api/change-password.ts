import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '../../../api/types';
import { api, send } from '../../../lib/api-client';

// POST /api/v1/auth/password — 204 | 400 problem (wrong current password, weak new one).

export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return send(api.POST('/api/v1/auth/password', { body }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
