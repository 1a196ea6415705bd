import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatePolicyRequest,
  PolicyDetail,
  PolicyTransitionRequest,
  UpdatePolicyRequest,
} from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { isUnder, queryKeys } from '../../../lib/query-keys';

// GET/POST /api/v1/policies, GET/PATCH /api/v1/policies/:id, POST /api/v1/policies/:id/transitions.
// A reader sees the policies with an adopted text; reviewers (admins, leaders, auditors) all of
// them. Every change answers with the whole policy, which replaces the cached one.

export { policiesQuery, usePolicies } from '../../../lib/get-policies';

export function policyQuery(id: number) {
  return queryOptions({
    queryKey: queryKeys.policies.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/policies/{id}', { params: { path: { id } }, signal })),
  });
}

export function usePolicy(id: number) {
  return useQuery(policyQuery(id));
}

/** A changed policy: its detail replaced; its list, texts and comparisons read again. */
function useStorePolicy() {
  const queryClient = useQueryClient();
  return async (policy: PolicyDetail) => {
    queryClient.setQueryData(policyQuery(policy.id).queryKey, policy);
    await queryClient.invalidateQueries({
      predicate: (query) =>
        isUnder(query, queryKeys.policies.all) && !isUnder(query, queryKeys.policies.details),
    });
  };
}

export function useCreatePolicy() {
  const store = useStorePolicy();
  return useMutation({
    mutationFn: (body: CreatePolicyRequest) => unwrap(api.POST('/api/v1/policies', { body })),
    onSuccess: store,
  });
}

export function useUpdatePolicy(id: number) {
  const store = useStorePolicy();
  return useMutation({
    mutationFn: (body: UpdatePolicyRequest) =>
      unwrap(api.PATCH('/api/v1/policies/{id}', { params: { path: { id } }, body })),
    onSuccess: store,
  });
}

export function useTransitionPolicy(id: number) {
  const store = useStorePolicy();
  return useMutation({
    mutationFn: (body: PolicyTransitionRequest) =>
      unwrap(api.POST('/api/v1/policies/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: store,
  });
}

/** The government's surveys a policy may be judged by (GET /api/v1/surveys, the surveys' own cache). */
export function useSurveyChoices(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.surveys.list(false),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/surveys', { params: { query: { archived: 'false' } }, signal })),
    enabled,
  });
}
