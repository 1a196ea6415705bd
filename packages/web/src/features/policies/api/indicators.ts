import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateIndicatorRequest } from '../../../api/types';
import { api, send, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET/POST /api/v1/policies/:id/indicators, DELETE …/indicators/:indicatorId — a policy's
// indicators with their values, computed by the server from the government's own data.

export function useIndicators(policyId: number) {
  return useQuery({
    queryKey: queryKeys.policies.indicators(policyId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/policies/{id}/indicators', { params: { path: { id: policyId } }, signal })),
  });
}

export function useAddIndicator(policyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateIndicatorRequest) =>
      unwrap(api.POST('/api/v1/policies/{id}/indicators', { params: { path: { id: policyId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.policies.indicators(policyId) }),
  });
}

export function useRemoveIndicator(policyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (indicatorId: number) =>
      send(
        api.DELETE('/api/v1/policies/{id}/indicators/{indicatorId}', {
          params: { path: { id: policyId, indicatorId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.policies.indicators(policyId) }),
  });
}
