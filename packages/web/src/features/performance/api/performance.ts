import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PerformanceCycleRequest,
  PerformanceCycleTransition,
  SkpAppraisalRequest,
  SkpDetail,
  SkpExpectationsRequest,
  SkpFeedbackRequest,
  SkpListQuery,
  SkpResultsRequest,
} from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/performance… — performance appraisal (PP 30/2019, PermenPANRB 6/2022): the reader's own
// SKP and history, one SKP with its feedback and appraisals, the government's appraisal years (the
// agency's), a year's SKP list and the predikat distribution. Every change of an SKP answers the
// whole SKP, which replaces the cached one; the lists and figures it touches are refreshed.

/** The reader's SKP, the years they may still open one in, the SKP they appraise, their history. */
export function useMyPerformance() {
  return useQuery({
    queryKey: queryKeys.performance.mine,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/performance/me', { signal })),
  });
}

export function useSkp(id: number) {
  return useQuery({
    queryKey: queryKeys.performance.skp(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/performance/skp/{id}', { params: { path: { id } }, signal })),
  });
}

const path = (id: number) => ({ params: { path: { id } } });

/** A new SKP: cached for its page, and the reader's own, the years and their lists refreshed. */
function useSkpCreation<Input>(call: (input: Input) => Promise<SkpDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (skp) => {
      client.setQueryData(queryKeys.performance.skp(skp.id), skp);
      void client.invalidateQueries({ queryKey: queryKeys.performance.mine });
      // The years' counts, and under the same key every year's SKP list.
      void client.invalidateQueries({ queryKey: queryKeys.performance.cycles });
    },
  });
}

/**
 * Opens the reader's own SKP of a year, with the direct supervisor the organisation gives as
 * appraiser (409 noAppraiser when it gives none).
 */
export function useCreateSkp() {
  return useSkpCreation((cycleId: number) =>
    unwrap(
      api.POST('/api/v1/performance/cycles/{id}/skp', {
        ...path(cycleId),
        body: { employeeId: null, appraiserEmployeeId: null },
      }),
    ),
  );
}

export interface SkpOpening {
  cycleId: number;
  employeeId: number;
  /** Null: the direct supervisor the organisation gives (409 noAppraiser when it gives none). */
  appraiserEmployeeId: number | null;
}

/** The agency opens an employee's SKP of a year, naming the appraiser or leaving it to the organisation. */
export function useOpenSkpFor() {
  return useSkpCreation(({ cycleId, ...body }: SkpOpening) =>
    unwrap(api.POST('/api/v1/performance/cycles/{id}/skp', { ...path(cycleId), body })),
  );
}

/** A new state of the SKP: cached, and the reader's page, the year's list and the figures refreshed. */
function useSkpMutation<Input>(id: number, call: (input: Input) => Promise<SkpDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (skp) => {
      client.setQueryData(queryKeys.performance.skp(id), skp);
      void client.invalidateQueries({ queryKey: queryKeys.performance.mine });
      void client.invalidateQueries({ queryKey: queryKeys.performance.cycles });
      void client.invalidateQueries({ queryKey: queryKeys.performance.distributions });
    },
  });
}

export function useSaveResults(id: number) {
  return useSkpMutation(id, (body: SkpResultsRequest) =>
    unwrap(api.PUT('/api/v1/performance/skp/{id}/results', { ...path(id), body })),
  );
}

export function useSaveExpectations(id: number) {
  return useSkpMutation(id, (body: SkpExpectationsRequest) =>
    unwrap(api.PUT('/api/v1/performance/skp/{id}/expectations', { ...path(id), body })),
  );
}

export function useProposeSkp(id: number) {
  return useSkpMutation(id, () => unwrap(api.POST('/api/v1/performance/skp/{id}/propose', path(id))));
}

export function useAgreeSkp(id: number) {
  return useSkpMutation(id, () => unwrap(api.POST('/api/v1/performance/skp/{id}/agree', path(id))));
}

/** Sends a proposed SKP back to its employee; the reason is kept as the appraiser's feedback. */
export function useReturnSkp(id: number) {
  return useSkpMutation(id, (reason: string) =>
    unwrap(api.POST('/api/v1/performance/skp/{id}/return', { ...path(id), body: { reason } })),
  );
}

export function useChangeAppraiser(id: number) {
  return useSkpMutation(id, (appraiserEmployeeId: number) =>
    unwrap(api.PUT('/api/v1/performance/skp/{id}/appraiser', { ...path(id), body: { appraiserEmployeeId } })),
  );
}

export function useGiveFeedback(id: number) {
  return useSkpMutation(id, (body: SkpFeedbackRequest) =>
    unwrap(api.POST('/api/v1/performance/skp/{id}/feedback', { ...path(id), body })),
  );
}

/** Rates a check-in period, or the year (period 0, once the year is in its appraisal stage). */
export function useAppraise(id: number) {
  return useSkpMutation(id, (body: SkpAppraisalRequest) =>
    unwrap(api.PUT('/api/v1/performance/skp/{id}/appraisals', { ...path(id), body })),
  );
}

/** The government's appraisal years, newest first; with counts by SKP state for the agency. */
export function usePerformanceCycles() {
  return useQuery({
    queryKey: queryKeys.performance.cycles,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/performance/cycles', { signal })),
  });
}

function useCycleMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.performance.cycles });
      void client.invalidateQueries({ queryKey: queryKeys.performance.mine });
    },
  });
}

export function useCreateCycle() {
  return useCycleMutation((body: PerformanceCycleRequest) =>
    unwrap(api.POST('/api/v1/performance/cycles', { body })),
  );
}

/** Moves a year on: planning → running → appraisal → closed. */
export function useTransitionCycle() {
  return useCycleMutation((input: { cycleId: number; to: PerformanceCycleTransition }) =>
    unwrap(
      api.POST('/api/v1/performance/cycles/{id}/transition', {
        ...path(input.cycleId),
        body: { to: input.to },
      }),
    ),
  );
}

/** One page of a year's SKP in the reader's reach, optionally of one unit subtree. */
export function useCycleSkps(cycleId: number, query: SkpListQuery) {
  return useQuery({
    queryKey: queryKeys.performance.skps(cycleId, query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/performance/cycles/{id}/skp', {
          params: { path: { id: cycleId }, query },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A year's annual predikat: in all, per OPD, and per appraiser with how far each stands from the others. */
export function usePredikatDistribution(year: number, unitId: number | null) {
  return useQuery({
    queryKey: queryKeys.performance.distribution(year, unitId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/performance/distribution', {
          params: { query: { year, ...(unitId === null ? {} : { unitId }) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
