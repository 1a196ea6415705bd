// The impact view: for a revision, each indicator's value before it took effect and after, with
// the measurements' dates. "Before" is the last value measured entirely before the revision's first
// day; "after" the first value whose measuring began on or after that day — and before the next
// revision's, which would be that one's impact. A wave open across the day is neither: it measured
// both texts. Instants are compared, so the days are the government's (startOfDayIn).

export interface MeasuredPoint {
  /** When the value stands for: a wave's close. */
  at: string;
  /** When its measuring began; absent in reports frozen before it was recorded (then `at`). */
  since?: string;
  label: string;
  value: number | null;
  provisional: boolean;
}

export type ImpactTrend = 'better' | 'worse' | 'same';

export interface RevisionImpact<P extends MeasuredPoint> {
  before: P | null;
  after: P | null;
  /** After minus before; null unless both are there. */
  change: number | null;
  /** In the indicator's direction; null unless both are there. */
  trend: ImpactTrend | null;
}

const time = (iso: string) => new Date(iso).getTime();

/**
 * The values around a revision that took effect at `start` (the first instant of its day), the
 * next revision at `nextStart` (null when none followed). Points oldest first, as sources give them.
 */
export function revisionImpact<P extends MeasuredPoint>(
  points: readonly P[],
  start: Date,
  nextStart: Date | null,
  direction: 'up' | 'down',
): RevisionImpact<P> {
  const measured = points.filter((point) => point.value !== null);
  const before = measured.filter((point) => time(point.at) < start.getTime()).at(-1) ?? null;
  const after =
    measured.find((point) => {
      const began = time(point.since ?? point.at);
      return began >= start.getTime() && (nextStart === null || began < nextStart.getTime());
    }) ?? null;
  if (before === null || after === null) return { before, after, change: null, trend: null };
  const change = (after.value as number) - (before.value as number);
  const improved = direction === 'up' ? change > 0 : change < 0;
  const trend: ImpactTrend = change === 0 ? 'same' : improved ? 'better' : 'worse';
  return { before, after, change, trend };
}
