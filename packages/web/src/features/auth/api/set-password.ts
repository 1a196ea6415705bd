import { useMutation } from '@tanstack/react-query';
import type { SetPasswordRequest } from '../../../api/types';
import { api, send } from '../../../lib/api-client';

// POST /api/v1/auth/set-password — public; redeems the one-time token from /set-password?token=…

export function setPassword(body: SetPasswordRequest): Promise<void> {
  return send(api.POST('/api/v1/auth/set-password', { body }));
}

export function useSetPassword() {
  return useMutation({ mutationFn: setPassword });
}
