import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/programs/{id}/appeals — appeals against the selection (sanggah): the applicant's own, or
// every one for the agency; filing one, and the agency's decision. A decision may give a seat, so
// the whole program's queries are refreshed after it.

export function useAppeals(programId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.programs.appeals(programId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/programs/{id}/appeals', { params: { path: { id: programId } }, signal })),
    enabled,
  });
}

export function useFileAppeal(programId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/v1/programs/{id}/appeals', { params: { path: { id: programId } }, body: { reason } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.programs.appeals(programId) }),
  });
}

export function useDecideAppeal(programId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      appealId: number;
      decision: 'upheld' | 'rejected';
      reason: string;
      batchId: number | null;
    }) =>
      unwrap(
        api.POST('/api/v1/programs/{id}/appeals/{appealId}/decision', {
          params: { path: { id: programId, appealId: input.appealId } },
          body: { decision: input.decision, reason: input.reason, batchId: input.batchId },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.programs.detail(programId) }),
  });
}
