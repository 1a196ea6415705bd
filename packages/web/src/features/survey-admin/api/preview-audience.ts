import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Audience } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/surveys/audience-preview — how many active employees an audience names now. A
// read, though a POST (the criteria can be long), so it is a query keyed by the audience.

export function previewAudience(audience: Audience, signal?: AbortSignal) {
  return unwrap(api.POST('/api/v1/surveys/audience-preview', { body: audience, signal }));
}

export function audiencePreviewQueryOptions(audience: Audience) {
  return queryOptions({
    queryKey: queryKeys.surveys.audiencePreview(audience),
    queryFn: ({ signal }) => previewAudience(audience, signal),
    staleTime: 30_000,
    // Keep the last count on screen while the next one is counted.
    placeholderData: keepPreviousData,
  });
}

export function useAudiencePreview(audience: Audience | null) {
  return useQuery({
    ...audiencePreviewQueryOptions(audience ?? { kind: 'list', employeeIds: [] }),
    enabled: audience !== null,
  });
}
