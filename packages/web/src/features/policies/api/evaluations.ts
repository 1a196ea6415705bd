import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvaluationDetail, RecommendRequest } from '../../../api/types';
import type { Language } from '../../../i18n/languages';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/policies/:id/evaluations, GET …/evaluations/:evaluationId, POST …/findings,
// PUT …/recommendation — a policy's evaluations, for those who review it. The decision is a
// lifecycle step (useTransitionPolicy); …/report.xlsx and …/report.pdf are plain download links.

export function useEvaluations(policyId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.policies.evaluations(policyId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/policies/{id}/evaluations', { params: { path: { id: policyId } }, signal })),
    enabled,
  });
}

export function useEvaluation(policyId: number, evaluationId: number) {
  return useQuery({
    queryKey: queryKeys.policies.evaluation(policyId, evaluationId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/policies/{id}/evaluations/{evaluationId}', {
          params: { path: { id: policyId, evaluationId } },
          signal,
        }),
      ),
  });
}

/** A changed evaluation: replaced in the cache, the list read again. */
function useStoreEvaluation(policyId: number) {
  const queryClient = useQueryClient();
  return async (detail: EvaluationDetail) => {
    queryClient.setQueryData(queryKeys.policies.evaluation(policyId, detail.id), detail);
    await queryClient.invalidateQueries({ queryKey: queryKeys.policies.evaluations(policyId), exact: true });
  };
}

export function useAddFinding(policyId: number, evaluationId: number) {
  const store = useStoreEvaluation(policyId);
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(
        api.POST('/api/v1/policies/{id}/evaluations/{evaluationId}/findings', {
          params: { path: { id: policyId, evaluationId } },
          body: { body },
        }),
      ),
    onSuccess: store,
  });
}

export function useRecommend(policyId: number, evaluationId: number) {
  const store = useStoreEvaluation(policyId);
  return useMutation({
    mutationFn: (body: RecommendRequest) =>
      unwrap(
        api.PUT('/api/v1/policies/{id}/evaluations/{evaluationId}/recommendation', {
          params: { path: { id: policyId, evaluationId } },
          body,
        }),
      ),
    onSuccess: store,
  });
}

export const evaluationWorkbookUrl = (policyId: number, evaluationId: number) =>
  `/api/v1/policies/${policyId}/evaluations/${evaluationId}/report.xlsx`;

/** The evaluation report as a PDF, in the reader's language. */
export function evaluationPdfUrl(policyId: number, evaluationId: number, lang: Language): string {
  return apiHref('/api/v1/policies/{id}/evaluations/{evaluationId}/report.pdf', {
    path: { id: policyId, evaluationId },
    query: { lang },
  });
}
