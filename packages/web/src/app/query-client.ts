import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client';

/**
 * Server state cache. A 401 on any request means the session ended (expired, signed out in
 * another tab): `onUnauthorized` sends the user to the login page.
 */
export function createQueryClient(onUnauthorized: (client: QueryClient) => void): QueryClient {
  const handle = (error: unknown) => {
    if (isApiError(error, 401)) onUnauthorized(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not change on retry; network and server errors might.
        retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
