import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvaluationPlanRequest, LearningTestRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/programs/{id}/evaluation, …/evaluation-plan and …/batches/{batchId}/tests — the program's
// evaluation (Kirkpatrick levels 1–4) per batch, trainer and curriculum version, its plan (the
// behaviour follow-up's months, the result survey), and the learning test's scores on the roster.

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

/** Sets the evaluation plan (the agency); the evaluation it answers replaces the cached one. */
export function useSaveEvaluationPlan(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationPlanRequest) =>
      unwrap(api.PUT('/api/v1/programs/{id}/evaluation-plan', { params: { path: { id } }, body })),
    onSuccess: (evaluation) => queryClient.setQueryData(queryKeys.programs.evaluation(id), evaluation),
  });
}
