import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, Session } from '../../../api/types';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { setSession } from '../../../lib/session';
import { reconcileLanguageAtLogin } from '../../../lib/update-locale';

// POST /api/v1/auth/login — 200 session | 401 wrong credentials | 429 too many attempts.

export async function login(body: LoginRequest): Promise<Session> {
  const session = await apiRequest<Session>('/auth/login', { method: 'POST', body });
  // Needed at once: saving the language chosen on the login page is the session's first write.
  setCsrfToken(session.csrfToken);
  return session;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginRequest) => reconcileLanguageAtLogin(await login(body)),
    onSuccess: (session) => {
      // Whatever a previous user of this tab had cached must not survive into this session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      setSession(queryClient, session);
    },
  });
}
