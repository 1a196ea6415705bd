import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LearningTestRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/programs/{id}/evaluation and …/batches/{batchId}/tests — participants' feedback: the
// reaction and learning results per batch, trainer and curriculum version, and the learning test's
// scores entered on the roster.

export function useProgramEvaluation(id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.programs.evaluation(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/programs/{id}/evaluation', { params: { path: { id } }, signal })),
    enabled,
    retry: false,
  });
}

/** Records a participant's pre- and post-test; the roster it answers replaces the cached one. */
export function useRecordLearningTest(id: number, batchId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LearningTestRequest) =>
      unwrap(
        api.PUT('/api/v1/programs/{id}/batches/{batchId}/tests', {
          params: { path: { id, batchId } },
          body,
        }),
      ),
    onSuccess: (roster) => {
      queryClient.setQueryData(queryKeys.programs.roster(id, batchId), roster);
      void queryClient.invalidateQueries({ queryKey: queryKeys.programs.evaluation(id) });
    },
  });
}
