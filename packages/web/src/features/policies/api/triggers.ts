import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateTriggerRequest, TriggerList } from '../../../api/types';
import { api, send, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET/POST /api/v1/policies/:id/triggers, DELETE …/triggers/:triggerId, POST …/triggers/check,
// POST …/proposals/:proposalId/accept|dismiss — triggers on a policy's indicators and the revision
// proposals they open, for those who review the policy.

export function useTriggers(policyId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.policies.triggers(policyId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/policies/{id}/triggers', { params: { path: { id: policyId } }, signal })),
    enabled,
  });
}

/** A changed list: stored as the server answered it. */
function useStore(policyId: number) {
  const queryClient = useQueryClient();
  return (list: TriggerList) => queryClient.setQueryData(queryKeys.policies.triggers(policyId), list);
}

export function useAddTrigger(policyId: number) {
  const store = useStore(policyId);
  return useMutation({
    mutationFn: (body: CreateTriggerRequest) =>
      unwrap(api.POST('/api/v1/policies/{id}/triggers', { params: { path: { id: policyId } }, body })),
    onSuccess: store,
  });
}

export function useRemoveTrigger(policyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (triggerId: number) =>
      send(
        api.DELETE('/api/v1/policies/{id}/triggers/{triggerId}', {
          params: { path: { id: policyId, triggerId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.policies.triggers(policyId) }),
  });
}

export function useCheckTriggers(policyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/policies/{id}/triggers/check', { params: { path: { id: policyId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.policies.triggers(policyId) }),
  });
}

export function useDismissProposal(policyId: number) {
  const store = useStore(policyId);
  return useMutation({
    mutationFn: ({ proposalId, reason }: { proposalId: number; reason: string }) =>
      unwrap(
        api.POST('/api/v1/policies/{id}/proposals/{proposalId}/dismiss', {
          params: { path: { id: policyId, proposalId } },
          body: { reason },
        }),
      ),
    onSuccess: store,
  });
}

/** Accepting may start the policy's evaluation: its page and evaluations are read again. */
export function useAcceptProposal(policyId: number) {
  const store = useStore(policyId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proposalId: number) =>
      unwrap(
        api.POST('/api/v1/policies/{id}/proposals/{proposalId}/accept', {
          params: { path: { id: policyId, proposalId } },
        }),
      ),
    onSuccess: async (list) => {
      store(list);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.policies.detail(policyId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.policies.evaluations(policyId) }),
      ]);
    },
  });
}
