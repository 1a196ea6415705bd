import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PolicyVersionText } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/policies/:id/versions/:versionId/acknowledgement — the signed-in employee states
// having read an adopted version; GET …/acknowledgements — how far it reached, per OPD (reviewers).

export function useAcknowledge(policyId: number, versionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/policies/{id}/versions/{versionId}/acknowledgement', {
          params: { path: { id: policyId, versionId } },
        }),
      ),
    onSuccess: (acknowledgement) => {
      queryClient.setQueryData<PolicyVersionText>(queryKeys.policies.text(policyId, versionId), (text) =>
        text ? { ...text, acknowledgement } : text,
      );
      void queryClient.invalidateQueries({
        queryKey: queryKeys.policies.acknowledgements(policyId, versionId),
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.policies.indicators(policyId) });
    },
  });
}

export function useAcknowledgementSummary(policyId: number, versionId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.policies.acknowledgements(policyId, versionId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/policies/{id}/versions/{versionId}/acknowledgements', {
          params: { path: { id: policyId, versionId } },
          signal,
        }),
      ),
    enabled,
  });
}
