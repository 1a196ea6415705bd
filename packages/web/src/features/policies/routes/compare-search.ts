import { optionalPositiveInt } from '../../../lib/search-params';

/** Which two versions are compared, in the address: by default the newest and the one before it. */
export interface CompareSearch {
  from?: number;
  to?: number;
}

export function validateCompareSearch(search: Record<string, unknown>): CompareSearch {
  const result: CompareSearch = {
    from: optionalPositiveInt(search.from),
    to: optionalPositiveInt(search.to),
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}
