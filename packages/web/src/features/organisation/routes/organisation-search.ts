import { POSITION_KINDS } from '@jenjang/domain/people/position';
import type { PositionKind } from '../../../api/types';
import { optionalEnum, optionalPositiveInt, optionalString } from '../../../lib/search-params';

export const ORGANISATION_TABS = ['units', 'positions'] as const;
export type OrganisationTab = (typeof ORGANISATION_TABS)[number];

/** The page's state in the address: the tab, and the position list's search, filter and page. */
export interface OrganisationSearch {
  tab?: OrganisationTab;
  q?: string;
  kind?: PositionKind;
  page?: number;
}

export function validateOrganisationSearch(search: Record<string, unknown>): OrganisationSearch {
  const result: OrganisationSearch = {
    tab: optionalEnum(search.tab, ORGANISATION_TABS),
    q: optionalString(search.q)?.slice(0, 100),
    kind: optionalEnum(search.kind, POSITION_KINDS),
    page: optionalPositiveInt(search.page),
  };
  if (result.tab === 'units') result.tab = undefined;
  if (result.page === 1) result.page = undefined;
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}
