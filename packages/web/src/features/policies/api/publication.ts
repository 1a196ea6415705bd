import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../i18n/languages';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { isUnder, queryKeys } from '../../../lib/query-keys';
import { policyQuery } from './policies';

// POST /api/v1/policies/:id/publication: publish a policy on the government's transparency page, or
// withdraw it (admins). GET /api/v1/policies/:id/versions/:versionId/pdf: a version as PDF.

export function useSetPublication(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (isPublic: boolean) =>
      unwrap(
        api.POST('/api/v1/policies/{id}/publication', {
          params: { path: { id } },
          body: { public: isPublic },
        }),
      ),
    onSuccess: async (policy) => {
      queryClient.setQueryData(policyQuery(policy.id).queryKey, policy);
      await queryClient.invalidateQueries({
        predicate: (query) => isUnder(query, queryKeys.publicPolicies.all),
      });
    },
  });
}

/** The address of a version's PDF, in the reader's language. */
export function versionPdfUrl(policyId: number, versionId: number, lang: Language): string {
  return apiHref('/api/v1/policies/{id}/versions/{versionId}/pdf', {
    path: { id: policyId, versionId },
    query: { lang },
  });
}
