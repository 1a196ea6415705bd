import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Language } from '../../../i18n/languages';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/jp-attainment — the year's JP attainment of a unit subtree (or the government), by
// unit below it; GET …/behind — who is behind, furthest first; …/behind.xlsx — the same as a workbook.

export const BEHIND_PAGE_SIZE = 10;

export function useJpAttainment(year: number, unitId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.jpAttainment.overview(year, unitId ?? null),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/jp-attainment', { params: { query: { year, unitId } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useJpBehind(year: number, unitId: number | undefined, page: number) {
  return useQuery({
    queryKey: queryKeys.jpAttainment.behind(year, unitId ?? null, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/jp-attainment/behind', {
          params: { query: { year, unitId, page, pageSize: BEHIND_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The workbook's address: a plain download, in the page's language. */
export function jpBehindWorkbookHref(year: number, unitId: number | undefined, lang: Language): string {
  return apiHref('/api/v1/jp-attainment/behind.xlsx', { query: { year, unitId, lang } });
}
