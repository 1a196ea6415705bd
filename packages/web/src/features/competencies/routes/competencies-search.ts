import { POSITION_KINDS, type PositionKind } from '@jenjang/domain/people/position';
import { optionalEnum, optionalPositiveInt, optionalString } from '../../../lib/search-params';

/** The page's tabs, in order; the first is the default and stays out of the address. */
export const COMPETENCY_TABS = ['dictionary', 'standards', 'gaps', 'jp'] as const;
export type CompetencyTab = (typeof COMPETENCY_TABS)[number];

/** The tabs of workforce figures, for readers of aggregates (aggregate.read) only. */
export const AGGREGATE_TABS: ReadonlySet<CompetencyTab> = new Set(['gaps', 'jp']);

/** The tabs a reader sees: the figures' tabs only with aggregate.read. */
export function visibleTabs(permissions: readonly string[]): CompetencyTab[] {
  return COMPETENCY_TABS.filter((tab) => !AGGREGATE_TABS.has(tab) || permissions.includes('aggregate.read'));
}

/**
 * The page's state in the address: the tab; the position whose standard is open; the figures'
 * filters (the unit subtree, shared by both figures tabs; the gaps' position kind and comparison
 * day; the JP's year).
 */
export interface CompetenciesSearch {
  tab?: CompetencyTab;
  position?: number;
  unit?: number;
  kind?: PositionKind;
  compare?: string;
  year?: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What each tab's panel gets: the address state, and a way to change part of it (what `next` names;
 * undefined takes a value out; the rest, the tab with it, is kept).
 */
export interface TabPanelProps {
  search: CompetenciesSearch;
  onSearch: (next: Omit<CompetenciesSearch, 'tab'>) => void;
}

export function validateCompetenciesSearch(search: Record<string, unknown>): CompetenciesSearch {
  const result: CompetenciesSearch = {
    tab: optionalEnum(search.tab, COMPETENCY_TABS),
    position: optionalPositiveInt(search.position),
    unit: optionalPositiveInt(search.unit),
    kind: optionalEnum(search.kind, POSITION_KINDS),
    compare: [optionalString(search.compare)].find((day) => day !== undefined && DAY.test(day)),
    year: [optionalPositiveInt(search.year)].find(
      (year) => year !== undefined && year >= 2000 && year <= 2100,
    ),
  };
  if (result.tab === COMPETENCY_TABS[0]) result.tab = undefined;
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}
