import type { TalentPlacementQuery } from '../../../api/types';
import { optionalEnum, optionalPositiveInt, optionalString } from '../../../lib/search-params';

export const PAGE_SIZE = 25;
const TALENT_TABS = ['map', 'succession'] as const;
export type TalentTab = (typeof TALENT_TABS)[number];

export type OnSearch = (patch: TalentSearch, replace?: boolean) => void;

/**
 * Manajemen Talenta's state in the address: the tab (absent: the nine-box map); on the map the year
 * (absent: the latest placed), the box whose people are listed or those without a box, the unit
 * subtree, a name or NIP, and the page; on succession planning the key position open.
 */
export interface TalentSearch {
  tab?: TalentTab;
  position?: number;
  year?: number;
  box?: number;
  unplaced?: true;
  unit?: number;
  q?: string;
  page?: number;
}

export function validateTalentSearch(search: Record<string, unknown>): TalentSearch {
  const year = optionalPositiveInt(search.year);
  const box = optionalPositiveInt(search.box);
  const unplaced = search.unplaced === true || search.unplaced === 'true';
  const result: TalentSearch = {
    tab: optionalEnum(search.tab, TALENT_TABS),
    position: optionalPositiveInt(search.position),
    year: year && year >= 2019 && year <= 2100 ? year : undefined,
    // A box and "without a box" exclude each other: the box asked for wins.
    box: box && box <= 9 ? box : undefined,
    unplaced: unplaced && !(box && box <= 9) ? true : undefined,
    unit: optionalPositiveInt(search.unit),
    q: optionalString(search.q)?.slice(0, 100),
    page: optionalPositiveInt(search.page),
  };
  if (result.page === 1) result.page = undefined;
  if (result.tab === 'map') result.tab = undefined;
  if (result.tab !== 'succession') result.position = undefined;
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}

/**
 * The year shown: the one asked for when it is placed or may be placed; else the latest placed;
 * else the latest that may be placed; null while there is none.
 */
export function yearShown(
  asked: number | undefined,
  placed: readonly number[],
  placeable: readonly number[],
): number | null {
  if (asked !== undefined && (placed.includes(asked) || placeable.includes(asked))) return asked;
  const latest = (years: readonly number[]) => (years.length > 0 ? Math.max(...years) : null);
  return latest(placed) ?? latest(placeable);
}

/** The API's query for the address's state. */
export function placementsQuery(search: TalentSearch): TalentPlacementQuery {
  return {
    ...(search.box ? { box: search.box } : {}),
    ...(search.unplaced ? { unplaced: 'true' as const } : {}),
    ...(search.unit ? { unitId: search.unit } : {}),
    ...(search.q ? { q: search.q } : {}),
    page: search.page ?? 1,
    pageSize: PAGE_SIZE,
  };
}
