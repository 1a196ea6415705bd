import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Instance } from '../api/types';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

// GET /api/v1/instance — whether this deployment is a demo and whether a first government still
// has to be set up. Asked once, before any page renders (app.tsx); the setup page asks again.

export function getInstance(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/instance', { signal }));
}

export const instanceQueryOptions = queryOptions({
  // A session key: signing out, which drops every other query, keeps it.
  queryKey: queryKeys.session.instance,
  queryFn: ({ signal }) => getInstance(signal),
  staleTime: Number.POSITIVE_INFINITY,
  retry: 1,
});

export function useInstance(): Instance | null {
  return useQuery(instanceQueryOptions).data ?? null;
}
