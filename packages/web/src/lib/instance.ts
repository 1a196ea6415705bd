import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Instance } from '../api/types';
import { apiRequest } from './api-client';

// GET /api/v1/instance — whether this deployment is a demo and whether a first government still
// has to be set up. Asked once, before any page renders (app.tsx); the setup page asks again.

export function getInstance(signal?: AbortSignal): Promise<Instance> {
  return apiRequest<Instance>('/instance', { signal });
}

export const instanceQueryOptions = queryOptions({
  // Under 'auth' so that signing out, which drops every other query, keeps it.
  queryKey: ['auth', 'instance'],
  queryFn: ({ signal }) => getInstance(signal),
  staleTime: Number.POSITIVE_INFINITY,
  retry: 1,
});

export function useInstance(): Instance | null {
  return useQuery(instanceQueryOptions).data ?? null;
}
