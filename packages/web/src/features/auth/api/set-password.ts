import { useMutation } from '@tanstack/react-query';
import type { SetPasswordRequest } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// POST /api/v1/auth/set-password — public; redeems the one-time token from /set-password?token=…

export function setPassword(body: SetPasswordRequest): Promise<void> {
  return apiRequest<void>('/auth/set-password', { method: 'POST', body });
}

export function useSetPassword() {
  return useMutation({ mutationFn: setPassword });
}
