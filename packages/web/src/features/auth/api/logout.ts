import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { apiRequest } from '../../../lib/api-client';
import { setSession } from '../../../lib/session';

// POST /api/v1/auth/logout — 204.

export function logout(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even if the server could not be reached: the user asked to leave.
    onSettled: () => {
      setSession(queryClient, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      void router.navigate({ to: '/login' });
    },
  });
}
