import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Instance } from '../api/types';
import { getInstance } from './get-instance';
import { queryKeys } from './query-keys';

// GET /api/v1/instance — whether this deployment is a demo and whether a first government still
// has to be set up (get-instance.ts). Asked once, before any page renders (app.tsx); the setup page asks again.

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
