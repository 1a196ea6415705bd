import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { Job } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/jobs/:id — polled while the job is queued or running.

const POLL_MS = 700;

export function getJob(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id } }, signal }));
}

export function isJobActive(job: Job | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'running';
}

export function jobQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.jobs.detail(id),
    queryFn: ({ signal }) => getJob(id, signal),
    refetchInterval: (query) =>
      query.state.error || (query.state.data && !isJobActive(query.state.data)) ? false : POLL_MS,
    refetchIntervalInBackground: true,
  });
}

export function useJob(id: string) {
  return useQuery(jobQueryOptions(id));
}

/** After an import succeeded: the lists, figures and counts of what it may have changed are stale. */
export function invalidateImported(queryClient: QueryClient): void {
  for (const queryKey of [
    queryKeys.employees.all,
    queryKeys.units.all,
    queryKeys.positions.all,
    queryKeys.dashboard.all,
  ]) {
    void queryClient.invalidateQueries({ queryKey });
  }
}
