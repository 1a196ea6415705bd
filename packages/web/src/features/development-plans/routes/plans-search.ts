import { optionalPositiveInt } from '../../../lib/search-params';

export interface PlansSearch {
  /** The year shown; absent: the newest year with a plan, else this year (plans-page.tsx). */
  year?: number;
}

export function validatePlansSearch(search: Record<string, unknown>): PlansSearch {
  const year = optionalPositiveInt(search.year);
  return year !== undefined && year >= 2000 && year <= 2100 ? { year } : {};
}

/**
 * The year a planner most likely wants: the one asked for; else the newest with a plan (in the
 * last months of a year that is usually next year's, being drafted); else this year.
 */
export function yearShown(asked: number | undefined, planYears: readonly number[], thisYear: number): number {
  if (asked !== undefined) return asked;
  return planYears.length > 0 ? Math.max(...planYears) : thisYear;
}

/** The years offered: two back and two ahead of this one, and any other year with a plan, newest first. */
export function yearsOffered(planYears: readonly number[], thisYear: number, shown: number): number[] {
  const years = new Set([
    thisYear + 2,
    thisYear + 1,
    thisYear,
    thisYear - 1,
    thisYear - 2,
    shown,
    ...planYears,
  ]);
  return [...years].sort((a, b) => b - a);
}
