// When a program's participant has completed it (issue "Development programs": attendance,
// completion, JP). The rule is each program's own, published with its terms: the share of the
// batch's session days attended and, when the program tests, the final score to pass. No regulation
// sets them; the JP a completion earns count towards the year's target (PP 17/2020 art. 203(4),
// DOMAIN.md §3).

import { toCalendarDate } from '../shared/calendar-date';

/** A batch's session days: every day from its first to its last, as YYYY-MM-DD. */
export function sessionDays(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  const [y, m, d] = startsOn.split('-').map(Number) as [number, number, number];
  const cursor = new Date(Date.UTC(y, m - 1, d));
  for (let day = startsOn; day <= endsOn; ) {
    days.push(day);
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    day = toCalendarDate(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, cursor.getUTCDate());
    if (days.length > 3660) throw new RangeError('a batch lasts at most ten years');
  }
  return days;
}

export interface CompletionRule {
  /** Percent of session days to attend (0–100). */
  minAttendancePercent: number;
  /** Final score (0–100) to pass; null: the program does not test. */
  passingScore: number | null;
}

export type CompletionFailure = 'attendance' | 'score' | 'both';

export type Completion = { completed: true } | { completed: false; failure: CompletionFailure };

/**
 * Completed when the days attended reach the rule's share of the session days (a share, compared
 * exactly: 4 of 5 days is 80%) and, where the program tests, the final score reaches the pass mark;
 * a missing score fails a testing program.
 */
export function completionOf(
  rule: CompletionRule,
  attended: { days: number; of: number },
  finalScore: number | null,
): Completion {
  const attendanceMet = attended.of === 0 || attended.days * 100 >= rule.minAttendancePercent * attended.of;
  const scoreMet = rule.passingScore === null || (finalScore !== null && finalScore >= rule.passingScore);
  if (attendanceMet && scoreMet) return { completed: true };
  return {
    completed: false,
    failure: !attendanceMet && !scoreMet ? 'both' : attendanceMet ? 'score' : 'attendance',
  };
}
