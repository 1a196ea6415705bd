import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddProvisionRequest,
  PolicyVersionText,
  RemoveProvisionRequest,
  UpdateProvisionRequest,
} from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { isUnder, queryKeys } from '../../../lib/query-keys';

// A version's text (GET /policies/:id/versions/:versionId), two versions compared
// (GET /policies/:id/compare), a provision through its versions (GET …/provisions/:id/history),
// and the draft's edits (POST/PATCH/DELETE /policies/:id/draft/provisions), each answering with
// the draft's whole text.

export function versionTextQuery(id: number, versionId: number) {
  return queryOptions({
    queryKey: queryKeys.policies.text(id, versionId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/policies/{id}/versions/{versionId}', {
          params: { path: { id, versionId } },
          signal,
        }),
      ),
  });
}

export function useVersionText(id: number, versionId: number) {
  return useQuery(versionTextQuery(id, versionId));
}

export function useComparison(id: number, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: queryKeys.policies.compare(id, from, to),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/policies/{id}/compare', { params: { path: { id }, query: { from, to } }, signal }),
      ),
  });
}

export function useProvisionHistory(id: number, provisionId: number | null) {
  return useQuery({
    queryKey: queryKeys.policies.history(id, provisionId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/policies/{id}/provisions/{provisionId}/history', {
          params: { path: { id, provisionId: provisionId ?? 0 } },
          signal,
        }),
      ),
    enabled: provisionId !== null,
  });
}

export function useEvidenceSources(id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.policies.evidenceSources(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/policies/{id}/evidence-sources', { params: { path: { id } }, signal })),
    enabled,
    staleTime: 60_000,
  });
}

/** The draft's new text replaces the cached one; the policy (its counts) and comparisons are read again. */
function useStoreText(id: number) {
  const queryClient = useQueryClient();
  return async (text: PolicyVersionText) => {
    queryClient.setQueryData(versionTextQuery(id, text.version.id).queryKey, text);
    await queryClient.invalidateQueries({
      predicate: (query) =>
        isUnder(query, queryKeys.policies.all) && !isUnder(query, queryKeys.policies.texts),
    });
  };
}

export type ProvisionEdit =
  | { kind: 'add'; body: AddProvisionRequest }
  | { kind: 'update'; provisionId: number; body: UpdateProvisionRequest }
  | { kind: 'remove'; provisionId: number; body: RemoveProvisionRequest };

export function useEditProvision(id: number) {
  const store = useStoreText(id);
  return useMutation({
    mutationFn: (edit: ProvisionEdit) => {
      const url = '/api/v1/policies/{id}/draft/provisions/{provisionId}' as const;
      switch (edit.kind) {
        case 'add':
          return unwrap(
            api.POST('/api/v1/policies/{id}/draft/provisions', { params: { path: { id } }, body: edit.body }),
          );
        case 'update':
          return unwrap(
            api.PATCH(url, { params: { path: { id, provisionId: edit.provisionId } }, body: edit.body }),
          );
        case 'remove':
          return unwrap(
            api.DELETE(url, { params: { path: { id, provisionId: edit.provisionId } }, body: edit.body }),
          );
      }
    },
    onSuccess: store,
  });
}
