/**
 * The one source of "now" for services, repositories, jobs and schedules. Production uses the
 * system clock; tests and demo stories use a TestClock they set and advance, so a deadline, a
 * window or a schedule is tested by moving time instead of sleeping. Nothing else in the server's
 * features reads the system time (clock.architecture.test.ts holds that).
 *
 * What the clock does not decide: timestamps PostgreSQL records with `now()` (updated_at,
 * read_at…), and the public release schedule, which the database enforces against the server
 * itself (migration 0017: no caller, not even a modified server, may release off schedule).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** How far to move a TestClock. */
export type Duration = { days?: number; hours?: number; minutes?: number; seconds?: number; ms?: number };

export function durationMs(duration: Duration): number {
  return (
    (duration.days ?? 0) * 86_400_000 +
    (duration.hours ?? 0) * 3_600_000 +
    (duration.minutes ?? 0) * 60_000 +
    (duration.seconds ?? 0) * 1_000 +
    (duration.ms ?? 0)
  );
}

/** A clock that stands still until told: `set` jumps to an instant, `advance` moves it forward. */
export class TestClock implements Clock {
  private at: number;

  constructor(start: Date | string = '2026-01-05T01:00:00Z') {
    this.at = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: Date | string): void {
    this.at = new Date(at).getTime();
  }

  advance(by: Duration): Date {
    this.at += durationMs(by);
    return this.now();
  }
}
