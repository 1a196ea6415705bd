import { optionalPositiveInt, optionalString } from '../../../lib/search-params';

export const PAGE_SIZE = 25;

/** The list's state in the address bar, so that links, reloads and back/forward keep it. */
export interface AccountsSearch {
  q?: string;
  page?: number;
}

export function validateAccountsSearch(search: Record<string, unknown>): AccountsSearch {
  const q = optionalString(search.q)?.slice(0, 100);
  const page = optionalPositiveInt(search.page);
  return { ...(q ? { q } : {}), ...(page && page > 1 ? { page } : {}) };
}
