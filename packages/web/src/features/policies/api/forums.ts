import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateForumRequest, ForumAgendaRequest, ForumOutcome } from '../../../api/types';
import { api, send, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// The Forum Diskusi ASN (GET /forums, GET /forums/:id) and what is done in it: the admins' agenda,
// steps, minutes, outcomes and moderation; the staff's proposals, replies and votes.

export function useForums() {
  return useQuery({
    queryKey: queryKeys.policies.forums,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/forums', { signal })),
  });
}

export function useForum(id: number) {
  return useQuery({
    queryKey: queryKeys.policies.forum(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/forums/{id}', { params: { path: { id } }, signal })),
  });
}

/** The forum proposals a change of a provision may cite (for drafters). */
export function useForumProposalChoices(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.policies.forumProposals,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/forum-proposals', { signal })),
    enabled,
  });
}

export function useCreateForum() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateForumRequest) => unwrap(api.POST('/api/v1/forums', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.policies.forums }),
  });
}

export type ForumAct =
  | { kind: 'details'; body: CreateForumRequest }
  | { kind: 'agenda'; body: ForumAgendaRequest }
  | { kind: 'step'; step: 'open' | 'close' }
  | { kind: 'minutes'; minutes: string }
  | { kind: 'propose'; title: string; body: string }
  | { kind: 'reply'; proposalId: number; body: string }
  | { kind: 'vote'; proposalId: number; stance: 'agree' | 'disagree' }
  | { kind: 'unvote'; proposalId: number }
  | { kind: 'outcome'; proposalId: number; outcome: ForumOutcome; reason: string; policyId: number | null }
  | { kind: 'hideProposal'; proposalId: number; reason: string }
  | { kind: 'hideReply'; replyId: number; reason: string };

function perform(id: number, act: ForumAct): Promise<unknown> {
  const path = { id };
  switch (act.kind) {
    case 'details':
      return send(api.PUT('/api/v1/forums/{id}', { params: { path }, body: act.body }));
    case 'agenda':
      return send(api.PUT('/api/v1/forums/{id}/agenda', { params: { path }, body: act.body }));
    case 'step':
      return send(api.POST('/api/v1/forums/{id}/steps', { params: { path }, body: { step: act.step } }));
    case 'minutes':
      return send(
        api.PUT('/api/v1/forums/{id}/minutes', { params: { path }, body: { minutes: act.minutes } }),
      );
    case 'propose':
      return unwrap(
        api.POST('/api/v1/forums/{id}/proposals', {
          params: { path },
          body: { title: act.title, body: act.body },
        }),
      );
    case 'reply':
      return unwrap(
        api.POST('/api/v1/forums/{id}/proposals/{proposalId}/replies', {
          params: { path: { id, proposalId: act.proposalId } },
          body: { body: act.body },
        }),
      );
    case 'vote':
      return send(
        api.PUT('/api/v1/forums/{id}/proposals/{proposalId}/vote', {
          params: { path: { id, proposalId: act.proposalId } },
          body: { stance: act.stance },
        }),
      );
    case 'unvote':
      return send(
        api.DELETE('/api/v1/forums/{id}/proposals/{proposalId}/vote', {
          params: { path: { id, proposalId: act.proposalId } },
        }),
      );
    case 'outcome':
      return send(
        api.PUT('/api/v1/forums/{id}/proposals/{proposalId}/outcome', {
          params: { path: { id, proposalId: act.proposalId } },
          body: { outcome: act.outcome, reason: act.reason, policyId: act.policyId },
        }),
      );
    case 'hideProposal':
      return send(
        api.POST('/api/v1/forums/{id}/proposals/{proposalId}/hide', {
          params: { path: { id, proposalId: act.proposalId } },
          body: { reason: act.reason },
        }),
      );
    case 'hideReply':
      return send(
        api.POST('/api/v1/forums/{id}/replies/{replyId}/hide', {
          params: { path: { id, replyId: act.replyId } },
          body: { reason: act.reason },
        }),
      );
  }
}

export function useForumAct(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (act: ForumAct) => perform(id, act),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.policies.forums }),
  });
}
