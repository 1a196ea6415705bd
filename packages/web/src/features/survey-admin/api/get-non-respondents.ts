import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { NonRespondentList, NonRespondentQuery } from '../../../api/types';
import { apiRequest, apiUrl } from '../../../lib/api-client';

// GET /api/v1/survey-waves/:id/non-respondents — one page of an identified wave's invitees who have
// not answered, within the admin's reach (q: name or NIP; unitId: a unit's subtree), with when
// each was last reminded. 409 for anonymous and public waves, which name nobody.

export const nonRespondentsQueryKey = ['surveys', 'non-respondents'] as const;

export function getNonRespondents(
  waveId: number,
  query: NonRespondentQuery,
  signal?: AbortSignal,
): Promise<NonRespondentList> {
  return apiRequest<NonRespondentList>(`/survey-waves/${waveId}/non-respondents`, {
    query: { ...query },
    signal,
  });
}

export function nonRespondentsQueryOptions(waveId: number, query: NonRespondentQuery) {
  return queryOptions({
    queryKey: [...nonRespondentsQueryKey, waveId, query],
    queryFn: ({ signal }) => getNonRespondents(waveId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useNonRespondents(waveId: number, query: NonRespondentQuery) {
  return useQuery(nonRespondentsQueryOptions(waveId, query));
}

/** The same list (every page, same filters) as XLSX, labelled in `lang`. */
export function nonRespondentsXlsxUrl(
  waveId: number,
  query: Pick<NonRespondentQuery, 'q' | 'unitId'>,
  lang: 'id' | 'en',
): string {
  return apiUrl(`/survey-waves/${waveId}/non-respondents.xlsx`, { ...query, lang });
}
