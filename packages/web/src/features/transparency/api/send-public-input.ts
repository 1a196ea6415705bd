import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/public/governments/:slug/policies/:id/consultation: a citizen's comment on a
// provision of the draft, or a general proposal, without an account (docs/privacy.md).

export interface PublicInput {
  provisionId: number | null;
  quote: string | null;
  kind: 'comment' | 'proposal';
  body: string;
  /** The honeypot: left empty by people. */
  website: string;
}

export function useSendPublicInput(slug: string, policyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublicInput) =>
      unwrap(
        api.POST('/api/v1/public/governments/{slug}/policies/{id}/consultation', {
          params: { path: { slug, id: policyId } },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.publicPolicies.of(slug) }),
  });
}
