import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { NonRespondentQuery } from '../../../api/types';
import type { Language } from '../../../i18n/languages';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/survey-waves/:id/non-respondents — one page of an identified wave's invitees who have
// not answered, within the admin's reach (q: name or NIP; unitId: a unit's subtree), with when
// each was last reminded. 409 for anonymous and public waves, which name nobody.

export function getNonRespondents(waveId: number, query: NonRespondentQuery, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/v1/survey-waves/{id}/non-respondents', { params: { path: { id: waveId }, query }, signal }),
  );
}

export function nonRespondentsQueryOptions(waveId: number, query: NonRespondentQuery) {
  return queryOptions({
    queryKey: queryKeys.surveyWaves.nonRespondentPage(waveId, query),
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
  lang: Language,
): string {
  return apiHref('/api/v1/survey-waves/{id}/non-respondents.xlsx', {
    path: { id: waveId },
    query: { ...query, lang },
  });
}
