import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { api, send } from '../../../lib/api-client';
import { endSession } from '../../../lib/session';

// POST /api/v1/auth/logout — 204.

export function logout(): Promise<void> {
  return send(api.POST('/api/v1/auth/logout'));
}

export function useLogout() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even if the server could not be reached: the user asked to leave.
    onSettled: () => {
      endSession(queryClient);
      void router.navigate({ to: '/login' });
    },
  });
}
