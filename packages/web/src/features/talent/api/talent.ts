import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Job, TalentPlacementQuery, TalentScoresBody } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/talent… — talent mapping (PermenPANRB 3/2020): the years placed and what the reader may
// do, a year's nine-box and its people, one person's placement and why, and for the agency placing
// a year (a job) and giving component points. Every figure lives under ['talent'], so a placement
// or a change of points refreshes them all (Kinerja Saya's own box included).

const POLL_MS = 700;

/** The years placed, the settings in force and whether the reader places years or sees others. */
export function useTalentOverview() {
  return useQuery({
    queryKey: queryKeys.talent.overview,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/talent', { signal })),
  });
}

/** A placed year's nine boxes with their counts, within a unit when one is chosen. */
export function useTalentYear(year: number, unitId: number | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.talent.year(year, unitId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/talent/years/{year}', {
          params: { path: { year }, query: unitId ? { unitId } : {} },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One page of a placed year's people: by box, without a box, by unit or by name. */
export function useTalentPlacements(year: number, query: TalentPlacementQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.talent.placements(year, query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/talent/years/{year}/placements', { params: { path: { year }, query }, signal }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One person's placement with every line of both scores. */
export function useTalentPlacement(year: number, employeeId: number) {
  return useQuery({
    queryKey: queryKeys.talent.placement(year, employeeId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/talent/years/{year}/placements/{employeeId}', {
          params: { path: { year, employeeId } },
          signal,
        }),
      ),
  });
}

/** The component points a person was given for a year (the agency's). */
export function useTalentScores(year: number, employeeId: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.talent.scores(year, employeeId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/talent/years/{year}/scores/{employeeId}', {
          params: { path: { year, employeeId } },
          signal,
        }),
      ),
    enabled,
  });
}

/** Sets a person's component points; a placed year places them anew, so every figure is refreshed. */
export function useSetTalentScores() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { year: number; employeeId: number; body: TalentScoresBody }) =>
      unwrap(
        api.PUT('/api/v1/talent/years/{year}/scores/{employeeId}', {
          params: { path: { year: input.year, employeeId: input.employeeId } },
          body: input.body,
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.talent.all }),
  });
}

/** Queues the placement of a year; the job is followed with usePlacingJob. */
export function usePlaceYear() {
  return useMutation({
    mutationFn: (year: number) =>
      unwrap(api.POST('/api/v1/talent/years/{year}/placements', { params: { path: { year } } })),
  });
}

export function isJobActive(job: Job | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'running';
}

/** A placing job, polled while it is queued or running. */
export function usePlacingJob(jobId: string | null) {
  return useQuery({
    queryKey: queryKeys.jobs.detail(jobId ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id: jobId ?? '' } }, signal })),
    refetchInterval: (query) =>
      query.state.error || (query.state.data && !isJobActive(query.state.data)) ? false : POLL_MS,
    refetchIntervalInBackground: true,
    retry: false,
    enabled: jobId !== null,
  });
}
