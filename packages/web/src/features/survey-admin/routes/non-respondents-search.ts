import { optionalPositiveInt, optionalString } from '../../../lib/search-params';

export const PAGE_SIZE = 25;

/** The list's state in the address bar, so that links, reloads and back/forward keep it. */
export interface NonRespondentsSearch {
  q?: string;
  unitId?: number;
  page?: number;
}

export function validateNonRespondentsSearch(search: Record<string, unknown>): NonRespondentsSearch {
  const result: NonRespondentsSearch = {
    q: optionalString(search.q)?.slice(0, 100),
    unitId: optionalPositiveInt(search.unitId),
    page: optionalPositiveInt(search.page),
  };
  if (result.page === 1) result.page = undefined;
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}

/** The API's query for the address's state. */
export function nonRespondentsQuery(search: NonRespondentsSearch) {
  return { q: search.q, unitId: search.unitId, page: search.page ?? 1, pageSize: PAGE_SIZE };
}
