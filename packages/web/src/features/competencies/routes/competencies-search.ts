import { optionalEnum, optionalPositiveInt } from '../../../lib/search-params';

/** The page's tabs, in order; the first is the default and stays out of the address. */
export const COMPETENCY_TABS = ['dictionary', 'standards', 'gaps', 'jp'] as const;
export type CompetencyTab = (typeof COMPETENCY_TABS)[number];

/** The tabs of workforce figures, for readers of aggregates (aggregate.read) only. */
export const AGGREGATE_TABS: ReadonlySet<CompetencyTab> = new Set(['gaps', 'jp']);

/** The tabs a reader sees: the figures' tabs only with aggregate.read. */
export function visibleTabs(permissions: readonly string[]): CompetencyTab[] {
  return COMPETENCY_TABS.filter((tab) => !AGGREGATE_TABS.has(tab) || permissions.includes('aggregate.read'));
}

/** The page's state in the address: the tab, and the position whose standard is open. */
export interface CompetenciesSearch {
  tab?: CompetencyTab;
  position?: number;
}

/** What each tab's panel gets: the address state, and a way to change it (the tab is kept). */
export interface TabPanelProps {
  search: CompetenciesSearch;
  onSearch: (next: Omit<CompetenciesSearch, 'tab'>) => void;
}

export function validateCompetenciesSearch(search: Record<string, unknown>): CompetenciesSearch {
  const result: CompetenciesSearch = {
    tab: optionalEnum(search.tab, COMPETENCY_TABS),
    position: optionalPositiveInt(search.position),
  };
  if (result.tab === COMPETENCY_TABS[0]) result.tab = undefined;
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}
