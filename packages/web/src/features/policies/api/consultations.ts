import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateCommentRequest, RespondToCommentRequest } from '../../../api/types';
import { api, send, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// A policy's consultation rounds (GET /policies/:id/consultations) and what is done in them:
// comments and proposals, supports, and the drafters' responses and moderation.

export function useConsultations(policyId: number) {
  return useQuery({
    queryKey: queryKeys.policies.consultations(policyId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/policies/{id}/consultations', { params: { path: { id: policyId } }, signal })),
  });
}

export type ConsultationAct =
  | { kind: 'comment'; roundId: number; body: CreateCommentRequest }
  | { kind: 'anonymous'; roundId: number; body: CreateCommentRequest }
  | { kind: 'support'; commentId: number }
  | { kind: 'respond'; commentId: number; body: RespondToCommentRequest }
  | { kind: 'hide'; commentId: number; reason: string };

export function useConsultationAct(policyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (act: ConsultationAct) => {
      const id = policyId;
      switch (act.kind) {
        case 'comment':
          await unwrap(
            api.POST('/api/v1/policies/{id}/consultations/{roundId}/comments', {
              params: { path: { id, roundId: act.roundId } },
              body: act.body,
            }),
          );
          return;
        case 'anonymous': {
          // Two steps (docs/privacy.md): a ballot with the session, then the input with its token
          // alone; the server ignores the session on the second. The token lives only in memory.
          const { token } = await unwrap(
            api.POST('/api/v1/policies/{id}/consultations/{roundId}/ballot', {
              params: { path: { id, roundId: act.roundId } },
            }),
          );
          await unwrap(api.POST('/api/v1/anonymous-consultation-input', { body: { ...act.body, token } }));
          return;
        }
        case 'support':
          return send(
            api.POST('/api/v1/policies/{id}/comments/{commentId}/support', {
              params: { path: { id, commentId: act.commentId } },
            }),
          );
        case 'respond':
          return send(
            api.POST('/api/v1/policies/{id}/comments/{commentId}/response', {
              params: { path: { id, commentId: act.commentId } },
              body: act.body,
            }),
          );
        case 'hide':
          return send(
            api.POST('/api/v1/policies/{id}/comments/{commentId}/hide', {
              params: { path: { id, commentId: act.commentId } },
              body: { reason: act.reason },
            }),
          );
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.policies.consultations(policyId) }),
  });
}
