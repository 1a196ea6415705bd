import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MentoringExclusionRequest,
  MentoringGoalState,
  MentoringOverview,
  MentoringPairDetail,
  MentoringPairsRequest,
  MentoringReflectionRequest,
  MentoringSchemeRequest,
  MentoringSessionRequest,
  MentorRequest,
} from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/programs/{id}/mentoring… — a coaching or mentoring program's scheme, its mentors, mentees
// and conflicts of interest, the optimal pairs proposed and the pairs made (the agency's); and
// /api/v1/mentoring… — the reader's own pairs, and one pair's goals, sessions and reflections.
// Every change answers the whole overview or the whole pair, which replaces the cached one; the
// other views it touches are refreshed.

/** The program's mentoring: everything for the agency, the pairs in reach for anyone else. */
export function useMentoring(programId: number) {
  return useQuery({
    queryKey: queryKeys.mentoring.program(programId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/programs/{id}/mentoring', { params: { path: { id: programId } }, signal })),
  });
}

/**
 * A new overview: cached, and the views of pairs and the reader's own list refreshed. A proposal on
 * screen is computed again for the changed people and rules; once pairs are made it is dropped.
 */
function overviewSaved(
  client: QueryClient,
  programId: number,
  overview: MentoringOverview,
  proposal: 'recompute' | 'drop',
) {
  client.setQueryData(queryKeys.mentoring.program(programId), overview);
  const proposalKey = queryKeys.mentoring.proposal(programId);
  if (proposal === 'drop') client.removeQueries({ queryKey: proposalKey });
  else void client.resetQueries({ queryKey: proposalKey });
  void client.invalidateQueries({ queryKey: queryKeys.mentoring.pairs });
  void client.invalidateQueries({ queryKey: queryKeys.mentoring.mine });
}

function useOverviewMutation<Input>(
  programId: number,
  call: (input: Input) => Promise<MentoringOverview>,
  proposal: 'recompute' | 'drop' = 'recompute',
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (overview) => overviewSaved(client, programId, overview, proposal),
  });
}

const path = (id: number) => ({ params: { path: { id } } });

export function useSaveMentoringScheme(programId: number) {
  return useOverviewMutation(programId, (body: MentoringSchemeRequest) =>
    unwrap(api.PUT('/api/v1/programs/{id}/mentoring', { ...path(programId), body })),
  );
}

export function useEndMentoring(programId: number) {
  return useOverviewMutation(programId, () =>
    unwrap(api.POST('/api/v1/programs/{id}/mentoring/end', path(programId))),
  );
}

/** Adds a mentor, or changes the capacity of one already named. */
export function useAddMentor(programId: number) {
  return useOverviewMutation(programId, (body: MentorRequest) =>
    unwrap(api.POST('/api/v1/programs/{id}/mentoring/mentors', { ...path(programId), body })),
  );
}

export function useRemoveMentor(programId: number) {
  return useOverviewMutation(programId, (employeeId: number) =>
    unwrap(
      api.DELETE('/api/v1/programs/{id}/mentoring/mentors/{employeeId}', {
        params: { path: { id: programId, employeeId } },
      }),
    ),
  );
}

export function useAddMentees(programId: number) {
  return useOverviewMutation(programId, (employeeIds: number[]) =>
    unwrap(
      api.POST('/api/v1/programs/{id}/mentoring/mentees', { ...path(programId), body: { employeeIds } }),
    ),
  );
}

export function useRemoveMentee(programId: number) {
  return useOverviewMutation(programId, (employeeId: number) =>
    unwrap(
      api.DELETE('/api/v1/programs/{id}/mentoring/mentees/{employeeId}', {
        params: { path: { id: programId, employeeId } },
      }),
    ),
  );
}

export function useAddExclusion(programId: number) {
  return useOverviewMutation(programId, (body: MentoringExclusionRequest) =>
    unwrap(api.POST('/api/v1/programs/{id}/mentoring/exclusions', { ...path(programId), body })),
  );
}

export function useRemoveExclusion(programId: number) {
  return useOverviewMutation(programId, (input: { mentorId: number; menteeId: number }) =>
    unwrap(
      api.DELETE('/api/v1/programs/{id}/mentoring/exclusions/{mentorId}/{menteeId}', {
        params: { path: { id: programId, ...input } },
      }),
    ),
  );
}

/**
 * The optimal pairs for the mentees not yet paired: computed on the server when asked for (the
 * button), never in the background, and dropped once pairs are made or the scheme changes.
 */
export function useMentoringProposal(programId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.mentoring.proposal(programId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/programs/{id}/mentoring/proposal', { ...path(programId), signal })),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** Forgets the proposal on screen (closed without saving), so the next one is computed afresh. */
export function useForgetProposal(programId: number) {
  const client = useQueryClient();
  return () => client.removeQueries({ queryKey: queryKeys.mentoring.proposal(programId) });
}

/** Makes pairs, all or none: the proposal's kept pairs, or one set by hand. */
export function useCreatePairs(programId: number) {
  return useOverviewMutation(
    programId,
    (body: MentoringPairsRequest) =>
      unwrap(api.POST('/api/v1/programs/{id}/mentoring/pairs', { ...path(programId), body })),
    'drop',
  );
}

/** Ends a pair (kept with its sessions), or removes one that never met; answers the program's overview. */
export function useEndPair(programId: number) {
  return useOverviewMutation(programId, (pairId: number) =>
    unwrap(api.POST('/api/v1/mentoring/pairs/{pairId}/end', { params: { path: { pairId } } })),
  );
}

/** The reader's own pairs, as mentor or mentee. */
export function useMyMentoring() {
  return useQuery({
    queryKey: queryKeys.mentoring.mine,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/mentoring', { signal })),
  });
}

export function useMentoringPair(pairId: number) {
  return useQuery({
    queryKey: queryKeys.mentoring.pair(pairId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/mentoring/pairs/{pairId}', { params: { path: { pairId } }, signal })),
  });
}

/**
 * A new state of the pair: cached, and what counts its sessions and goals refreshed (the program's
 * overview, the reader's list, the mentee's JP of the year once a session is confirmed).
 */
function usePairMutation<Input>(pairId: number, call: (input: Input) => Promise<MentoringPairDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (pair) => {
      client.setQueryData(queryKeys.mentoring.pair(pairId), pair);
      void client.invalidateQueries({ queryKey: queryKeys.mentoring.program(pair.programId) });
      void client.invalidateQueries({ queryKey: queryKeys.mentoring.mine });
      void client.invalidateQueries({ queryKey: queryKeys.employeeDevelopment.of(pair.mentee.id) });
    },
  });
}

const pairPath = (pairId: number) => ({ params: { path: { pairId } } });

export function useAddGoal(pairId: number) {
  return usePairMutation(pairId, (text: string) =>
    unwrap(api.POST('/api/v1/mentoring/pairs/{pairId}/goals', { ...pairPath(pairId), body: { text } })),
  );
}

export function useSetGoalState(pairId: number) {
  return usePairMutation(pairId, (input: { goalId: number; state: MentoringGoalState }) =>
    unwrap(
      api.PUT('/api/v1/mentoring/pairs/{pairId}/goals/{itemId}', {
        params: { path: { pairId, itemId: input.goalId } },
        body: { state: input.state },
      }),
    ),
  );
}

export function useLogSession(pairId: number) {
  return usePairMutation(pairId, (body: MentoringSessionRequest) =>
    unwrap(api.POST('/api/v1/mentoring/pairs/{pairId}/sessions', { ...pairPath(pairId), body })),
  );
}

export function useConfirmSession(pairId: number) {
  return usePairMutation(pairId, (sessionId: number) =>
    unwrap(
      api.POST('/api/v1/mentoring/pairs/{pairId}/sessions/{itemId}/confirm', {
        params: { path: { pairId, itemId: sessionId } },
      }),
    ),
  );
}

export function useDeleteSession(pairId: number) {
  return usePairMutation(pairId, (sessionId: number) =>
    unwrap(
      api.DELETE('/api/v1/mentoring/pairs/{pairId}/sessions/{itemId}', {
        params: { path: { pairId, itemId: sessionId } },
      }),
    ),
  );
}

export function useWriteReflection(pairId: number) {
  return usePairMutation(pairId, (body: MentoringReflectionRequest) =>
    unwrap(api.PUT('/api/v1/mentoring/pairs/{pairId}/reflection', { ...pairPath(pairId), body })),
  );
}
