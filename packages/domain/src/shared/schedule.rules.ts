import { instantOfWallClock, type TimeZone, wallClockIn } from './time-zone';

/** How a recurring task repeats: every `count` days or calendar months, at the same wall-clock time. */
export interface Repeat {
  unit: 'day' | 'month';
  count: number;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The wall-clock time `repeat` after `local` ('YYYY-MM-DDTHH:mm'). A month later than the 31st
 * is the last day of a shorter month (31 August + 6 months = 28 or 29 February), as a
 * six-monthly evaluation falls at the end of its month rather than spilling into the next.
 */
export function addRepeat(local: string, repeat: Repeat): string {
  const match = LOCAL.exec(local);
  if (!match) throw new Error(`not a wall-clock time: ${local}`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date =
    repeat.unit === 'day'
      ? new Date(Date.UTC(year, month - 1, day + repeat.count, hour, minute))
      : (() => {
          const monthIndex = month - 1 + repeat.count;
          const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
          return new Date(Date.UTC(year, monthIndex, Math.min(day, lastDay), hour, minute));
        })();
  return date.toISOString().slice(0, 16);
}

/**
 * The next occurrence after `now` of a task last due at `local`, on the government's clock: missed
 * occurrences (no server ran) are skipped, not made up for one by one. Null for a one-off task.
 */
export function nextOccurrence(
  local: string,
  repeat: Repeat | null,
  now: Date,
  zone: TimeZone,
): { local: string; at: Date } | null {
  if (!repeat) return null;
  let next = addRepeat(local, repeat);
  let at = instantOfWallClock(next, zone)!;
  while (at.getTime() <= now.getTime()) {
    next = addRepeat(next, repeat);
    at = instantOfWallClock(next, zone)!;
  }
  return { local: next, at };
}

/** The wall-clock time ('YYYY-MM-DDTHH:mm') of an instant on the government's clock. */
export const localOf = (instant: Date, zone: TimeZone) => wallClockIn(instant, zone);
