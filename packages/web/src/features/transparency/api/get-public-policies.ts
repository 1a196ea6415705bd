import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n/languages';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/public/governments/:slug/policies: the policies a government published, for anyone.
// The PDF of each (pdfUrl) is served without a session too.

export function publicPoliciesQuery(slug: string) {
  return queryOptions({
    queryKey: queryKeys.publicPolicies.of(slug),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/public/governments/{slug}/policies', { params: { path: { slug } }, signal })),
  });
}

export function usePublicPolicies(slug: string) {
  return useQuery(publicPoliciesQuery(slug));
}

/** The PDF of a published version in the reader's language. */
export function publicPdfHref(slug: string, policyId: number, versionId: number, lang: Language): string {
  return apiHref('/api/v1/public/governments/{slug}/policies/{id}/versions/{versionId}/pdf', {
    path: { slug, id: policyId, versionId },
    query: { lang },
  });
}
