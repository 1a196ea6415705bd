import { optionalPositiveInt } from '../../../lib/search-params';

/**
 * Penilaian Kinerja's state in the address: the appraisal year shown (absent: the newest year
 * open), the unit subtree its SKP list and distribution are narrowed to, the list's page.
 */
export interface PerformanceAdminSearch {
  year?: number;
  unit?: number;
  page?: number;
}

export function validatePerformanceAdminSearch(search: Record<string, unknown>): PerformanceAdminSearch {
  const year = optionalPositiveInt(search.year);
  const page = optionalPositiveInt(search.page);
  const result: PerformanceAdminSearch = {
    year: year !== undefined && year >= 2019 && year <= 2100 ? year : undefined,
    unit: optionalPositiveInt(search.unit),
    page: page !== undefined && page > 1 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}

/**
 * The year shown: the one asked for; else the newest appraisal year opened here; else this year.
 * A year without one still has its predikat distribution, from the records imported from SIASN.
 */
export function yearShown(
  asked: number | undefined,
  cycleYears: readonly number[],
  thisYear: number,
): number {
  if (asked !== undefined) return asked;
  return cycleYears.length > 0 ? Math.max(...cycleYears) : thisYear;
}

/** The years offered: this one and the four before it, every appraisal year, and the one shown; newest first. */
export function yearsOffered(cycleYears: readonly number[], thisYear: number, shown: number): number[] {
  const years = new Set([...cycleYears, shown]);
  for (let back = 0; back <= 4; back++) years.add(thisYear - back);
  return [...years].sort((a, b) => b - a);
}
