import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TrainerRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// A batch's trainers (narasumber), kept by the agency; the partners and trainer accounts it names
// them from (/api/v1/partners); a trainer's own batches (/api/v1/teaching).

export function useTrainers(id: number, batchId: number) {
  return useQuery({
    queryKey: queryKeys.programs.trainers(id, batchId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/programs/{id}/batches/{batchId}/trainers', {
          params: { path: { id, batchId } },
          signal,
        }),
      ),
  });
}

function useTrainersSaved(id: number, batchId: number) {
  const queryClient = useQueryClient();
  return (data: { items: unknown[] }) => {
    queryClient.setQueryData(queryKeys.programs.trainers(id, batchId), data);
    void queryClient.invalidateQueries({ queryKey: queryKeys.teaching.all });
  };
}

export function useAddTrainer(id: number, batchId: number) {
  const saved = useTrainersSaved(id, batchId);
  return useMutation({
    mutationFn: (body: TrainerRequest) =>
      unwrap(
        api.POST('/api/v1/programs/{id}/batches/{batchId}/trainers', {
          params: { path: { id, batchId } },
          body,
        }),
      ),
    onSuccess: saved,
  });
}

export function useRemoveTrainer(id: number, batchId: number) {
  const saved = useTrainersSaved(id, batchId);
  return useMutation({
    mutationFn: (trainerId: number) =>
      unwrap(
        api.DELETE('/api/v1/programs/{id}/batches/{batchId}/trainers/{trainerId}', {
          params: { path: { id, batchId, trainerId } },
        }),
      ),
    onSuccess: saved,
  });
}

/** The trainer accounts (role mitra) the agency may name, with their partners. */
export function useTrainerAccounts(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.partners.accounts,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/partners/accounts', { signal })),
    enabled,
  });
}

/** The government's partners, for naming the one that provides a program. */
export function usePartnerOptions(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.partners.options,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/partners', { params: { query: { page: 1, pageSize: 200 } }, signal })),
    enabled,
  });
}

/** The batches the signed-in account teaches. */
export function useTeaching() {
  return useQuery({
    queryKey: queryKeys.teaching.all,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/teaching', { signal })),
  });
}
