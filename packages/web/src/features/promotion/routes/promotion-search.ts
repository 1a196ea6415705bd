import { PROMOTION_RULE_KEYS } from '@jenjang/domain/talent/promotion.rules';
import type { EligibilityQuery, EligibilityShow, PromotionRuleKey } from '../../../api/types';
import { optionalEnum, optionalPositiveInt, optionalString } from '../../../lib/search-params';

export const PAGE_SIZE = 25;
const PROMOTION_TABS = ['list', 'sanctions'] as const;
export type PromotionTab = (typeof PROMOTION_TABS)[number];
// The contract's ELIGIBILITY_FILTERS, without the contract's zod in the router's chunk.
export const SHOW_OPTIONS = [
  'eligible',
  'notEligible',
  'proposed',
  'all',
] as const satisfies readonly EligibilityShow[];
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])-01$/;

/**
 * Kenaikan Pangkat's state in the address: the tab, the period (absent: the next one), what the
 * list shows (absent: those eligible), the rule failed, the search, the unit subtree and the page.
 */
export interface PromotionSearch {
  tab?: PromotionTab;
  period?: string;
  show?: EligibilityShow;
  failing?: PromotionRuleKey;
  q?: string;
  unit?: number;
  page?: number;
}

export function validatePromotionSearch(search: Record<string, unknown>): PromotionSearch {
  const period = optionalString(search.period);
  const result: PromotionSearch = {
    tab: optionalEnum(search.tab, PROMOTION_TABS),
    period: period && PERIOD.test(period) ? period : undefined,
    show: optionalEnum(search.show, SHOW_OPTIONS),
    failing: optionalEnum(search.failing, PROMOTION_RULE_KEYS),
    q: optionalString(search.q)?.slice(0, 100),
    unit: optionalPositiveInt(search.unit),
    page: optionalPositiveInt(search.page),
  };
  if (result.tab === 'list') result.tab = undefined;
  if (result.show === 'eligible') result.show = undefined;
  if (result.page === 1) result.page = undefined;
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}

/** What the list shows; those eligible unless the address says otherwise. */
export const showOf = (search: PromotionSearch): EligibilityShow => search.show ?? 'eligible';

/** A failed rule narrows only a list that holds people who fail rules: all of them, or those not eligible. */
export const failingApplies = (show: EligibilityShow) => show === 'all' || show === 'notEligible';

/**
 * The period shown: the one asked for; else the next period (the first on or after today); else
 * the latest offered; null while there is none.
 */
export function periodShown(
  asked: string | undefined,
  periods: readonly { date: string }[],
  today: string,
): string | null {
  if (asked) return asked;
  const next = periods.find((p) => p.date >= today);
  return next?.date ?? periods.at(-1)?.date ?? null;
}

/** The API's query for the address's state and the period shown. */
export function eligibilityQuery(search: PromotionSearch, period: string): EligibilityQuery {
  const show = showOf(search);
  return {
    period,
    show,
    ...(search.failing && failingApplies(show) ? { failing: search.failing } : {}),
    ...(search.q ? { q: search.q } : {}),
    ...(search.unit ? { unitId: search.unit } : {}),
    page: search.page ?? 1,
    pageSize: PAGE_SIZE,
  };
}
