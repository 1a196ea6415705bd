import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '../../../api/types';
import { api, setCsrfToken, unwrap } from '../../../lib/api-client';
import { isUserQuery } from '../../../lib/query-keys';
import { setSession } from '../../../lib/session';
import { reconcileLanguageAtLogin } from '../../../lib/update-locale';

// POST /api/v1/auth/login — 200 session | 401 wrong credentials | 429 too many attempts.

export async function login(body: LoginRequest) {
  const session = await unwrap(api.POST('/api/v1/auth/login', { body }));
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
      queryClient.removeQueries({ predicate: isUserQuery });
      setSession(queryClient, session);
    },
  });
}
