import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Job } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/jobs/:id — polled while the job is queued or running.

const POLL_MS = 700;

export function getJob(id: string, signal?: AbortSignal): Promise<Job> {
  return apiRequest<Job>(`/jobs/${encodeURIComponent(id)}`, { signal });
}

export function isJobActive(job: Job | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'running';
}

export function jobQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['jobs', id],
    queryFn: ({ signal }) => getJob(id, signal),
    refetchInterval: (query) =>
      query.state.error || (query.state.data && !isJobActive(query.state.data)) ? false : POLL_MS,
    refetchIntervalInBackground: true,
  });
}

export function useJob(id: string) {
  return useQuery(jobQueryOptions(id));
}
