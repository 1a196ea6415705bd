import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { Me, Session } from '../api/types';
import { api, isApiError, setCsrfToken, unwrap } from './api-client';
import { isUserQuery, queryKeys } from './query-keys';

// GET /api/v1/auth/me — the signed-in user, or null when there is no (valid) session.
// Shared by every feature, so it lives in lib rather than in a feature folder.

export async function getSession(): Promise<Session | null> {
  try {
    const session = await unwrap(api.GET('/api/v1/auth/me'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: queryKeys.session.me,
  queryFn: getSession,
  staleTime: Number.POSITIVE_INFINITY,
  retry: 1,
});

export function useSession(): Session | null {
  return useQuery(sessionQueryOptions).data ?? null;
}

/** The signed-in user. Only for components rendered inside the authenticated layout. */
export function useMe(): Me {
  const session = useSession();
  if (!session) throw new Error('useMe() called outside the authenticated layout');
  return session.user;
}

export function hasPermission(me: Me | null | undefined, permission: string): boolean {
  return me?.permissions.includes(permission) ?? false;
}

export function useCan(permission: string): boolean {
  return hasPermission(useSession()?.user, permission);
}

/** Records a new session (after login) or its end (after logout or a 401). */
export function setSession(queryClient: QueryClient, session: Session | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(sessionQueryOptions.queryKey, session);
}

/** Signed out (logout, or a 401 on any request): no session, and nothing of the user's cached. */
export function endSession(queryClient: QueryClient): void {
  setSession(queryClient, null);
  queryClient.removeQueries({ predicate: isUserQuery });
}

export function readSession(queryClient: QueryClient): Session | null {
  return queryClient.getQueryData(sessionQueryOptions.queryKey) ?? null;
}
