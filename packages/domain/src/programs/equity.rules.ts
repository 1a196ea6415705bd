// Whether a program's selection treats groups of staff alike (issue "Development programs": fair,
// transparent selection). Per group (by sex, golongan, OPD, age band, PNS/PPPK): the application
// rate (applicants of the staff the program was open to) and the selection rate (selected of the
// applicants). A group selected at under four fifths of the best-treated group's rate is flagged:
// the "four-fifths rule" of adverse-impact analysis (US Uniform Guidelines on Employee Selection
// Procedures, 1978, §4D), the 80% the issue names. It is a screening signal, not proof: groups with
// few applicants are shown but not judged, since one person more or less swings their rate.

import { yearsBetween } from '../shared/calendar-date';

export const EQUITY_DIMENSIONS = ['sex', 'golongan', 'opd', 'ageBand', 'employeeType'] as const;
export type EquityDimension = (typeof EQUITY_DIMENSIONS)[number];

/** A group is flagged when its selection rate is below this share of the best group's. */
export const FOUR_FIFTHS = 0.8;

/** Fewer applicants than this: the group's rate is shown, not judged (and not the best either). */
export const MIN_APPLICANTS_TO_JUDGE = 5;

export interface EquityGroup {
  group: string;
  /** Staff of the group the program was open to (active employees in its units and types). */
  population: number;
  applicants: number;
  selected: number;
}

export interface EquityRow extends EquityGroup {
  applicationRate: number | null;
  selectionRate: number | null;
  /** The selection rate divided by the best judged group's; null when not judged. */
  ratioToBest: number | null;
  judged: boolean;
  flagged: boolean;
}

export function equityRows(groups: readonly EquityGroup[]): EquityRow[] {
  const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  const judged = (g: EquityGroup) => g.applicants >= MIN_APPLICANTS_TO_JUDGE;
  const best = Math.max(0, ...groups.filter(judged).map((g) => g.selected / g.applicants));
  return groups.map((g) => {
    const selectionRate = rate(g.selected, g.applicants);
    const isJudged = judged(g) && best > 0;
    const ratioToBest = isJudged && selectionRate !== null ? selectionRate / best : null;
    return {
      ...g,
      applicationRate: rate(g.applicants, g.population),
      selectionRate,
      ratioToBest,
      judged: isJudged,
      flagged: ratioToBest !== null && ratioToBest < FOUR_FIFTHS,
    };
  });
}

/** The lowest ratio to the best group among judged groups: 1 when all are alike; null when none is judged. */
export function selectionParity(rows: readonly EquityRow[]): number | null {
  const ratios = rows.map((r) => r.ratioToBest).filter((r): r is number => r !== null);
  return ratios.length < 2 ? null : Math.min(...ratios);
}

export const AGE_BANDS = ['under30', '30to39', '40to49', '50plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(birthDate: string, today: string): AgeBand {
  const age = yearsBetween(birthDate, today);
  if (age < 30) return 'under30';
  if (age < 40) return '30to39';
  if (age < 50) return '40to49';
  return '50plus';
}
