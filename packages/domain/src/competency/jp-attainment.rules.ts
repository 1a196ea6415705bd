// The yearly competency-development hours (jam pelajaran, JP) of each employee against their
// target: PP 11/2017 jo. PP 17/2020 art. 203(4) gives every PNS at least 20 JP a year; PP 49/2018
// art. 40 gives a PPPK at most 24 JP per contract year (DOMAIN.md §3). The targets are the
// government's configuration, with these as defaults.

export type EmployeeStatus = 'PNS' | 'PPPK';

/** A status's yearly JP: the target to reach and, where the regulation sets one, a ceiling. */
export interface JpTarget {
  target: number;
  /** JP beyond it are more than the regulation provides for (PPPK); null: no ceiling. */
  ceiling: number | null;
}

export const DEFAULT_JP_TARGETS: Record<EmployeeStatus, JpTarget> = {
  /** PP 17/2020 art. 203(4): at least 20 JP a year. */
  PNS: { target: 20, ceiling: null },
  /** PP 49/2018 art. 40: at most 24 JP per contract year; the target is the government's to set. */
  PPPK: { target: 24, ceiling: 24 },
};

/** One JP is 45 minutes (DOMAIN.md §3, from a secondary source: configurable). */
export const DEFAULT_MINUTES_PER_JP = 45;

/** The JP a learning activity of this many minutes is worth. */
export function jpOfMinutes(minutes: number, minutesPerJp: number = DEFAULT_MINUTES_PER_JP): number {
  if (!(minutes >= 0) || !(minutesPerJp > 0)) throw new RangeError('minutes ≥ 0 and minutes per JP > 0');
  return minutes / minutesPerJp;
}

export const JP_STATUSES = ['met', 'onTrack', 'behind', 'aboveCeiling'] as const;
export type JpStatus = (typeof JP_STATUSES)[number];

export interface JpAttainment {
  earned: number;
  target: number;
  /** earned ÷ target, at most 1. */
  share: number;
  /** What the year's elapsed share of the target asks by `asOf`. */
  expectedByNow: number;
  status: JpStatus;
}

/**
 * How far an employee is with the year's JP on a day of it. Met once the target is reached (above
 * the ceiling where there is one); during the year "on track" while the JP earned keep pace with
 * the share of the year gone by, else behind — so a planner's list of who is behind is not every
 * employee in January. After the year, behind means the target was missed.
 */
export function jpAttainment(earned: number, target: JpTarget, year: number, asOf: string): JpAttainment {
  const elapsed = yearElapsed(year, asOf);
  const expectedByNow = target.target * elapsed;
  const status: JpStatus =
    target.ceiling !== null && earned > target.ceiling
      ? 'aboveCeiling'
      : earned >= target.target
        ? 'met'
        : elapsed < 1 && earned >= expectedByNow
          ? 'onTrack'
          : 'behind';
  return {
    earned,
    target: target.target,
    share: target.target > 0 ? Math.min(1, earned / target.target) : 1,
    expectedByNow,
    status,
  };
}

/** The share of the calendar year gone by at the end of `asOf` ('YYYY-MM-DD'): 0 before it, 1 after. */
export function yearElapsed(year: number, asOf: string): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const day = Date.parse(`${asOf}T00:00:00Z`) + 86_400_000;
  return Math.min(1, Math.max(0, (day - start) / (end - start)));
}

/**
 * The JP below which an employee is behind on `asOf` (jpAttainment's 'behind' exactly when earned
 * is below it): the pace of the year gone by while the year runs, the target once it is over. For
 * lists that select the employees behind in the database.
 */
export function behindBelow(target: JpTarget, year: number, asOf: string): number {
  const elapsed = yearElapsed(year, asOf);
  return elapsed < 1 ? target.target * elapsed : target.target;
}
