import {
  instantOfWallClock,
  type TimeZone,
  wallClockIn,
  zoneAbbreviation,
  zoneOffset,
} from '@jenjang/domain/shared/time-zone';

// The time of a wave's window as the admin types it: a wall-clock time in the government's zone
// (WIB, WITA or WIT, none with daylight saving), whatever zone the browser is set to. The API takes
// ISO 8601 with the zone's offset. Semesters and "six months later" are counted on the same clock.

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The value of a datetime-local input ('2026-01-05T08:00') showing `instant` on the zone's clock. */
export function toZoneLocal(instant: Date | string, zone: TimeZone): string {
  return wallClockIn(instant, zone);
}

/** The instant of a wall-clock time in the zone as ISO with its offset, or null for no valid time. */
export function fromZoneLocal(local: string, zone: TimeZone): string | null {
  const match = LOCAL.exec(local.trim());
  if (!match || !instantOfWallClock(local, zone)) return null;
  const [year, month, day, hour, minute, second = '00'] = match.slice(1);
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${zoneOffset(zone)}`;
}

export type WindowProblem = 'opensInvalid' | 'closesInvalid' | 'closesBeforeOpens';

/** What is wrong with a typed window, if anything (the server checks the same). */
export function windowProblem(opensAt: string, closesAt: string, zone: TimeZone): WindowProblem | null {
  const opens = fromZoneLocal(opensAt, zone);
  const closes = fromZoneLocal(closesAt, zone);
  if (!opens) return 'opensInvalid';
  if (!closes) return 'closesInvalid';
  return Date.parse(closes) > Date.parse(opens) ? null : 'closesBeforeOpens';
}

/** A window to start from: from the next full hour for two weeks. */
export function defaultWindow(now: Date, zone: TimeZone, days = 14): { opensAt: string; closesAt: string } {
  const opens = Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS;
  return {
    opensAt: toZoneLocal(new Date(opens), zone),
    closesAt: toZoneLocal(new Date(opens + days * DAY_MS), zone),
  };
}

/** The half-year an instant falls in on the zone's calendar, for labels like "Semester I 2026". */
export function semesterOf(instant: Date, zone: TimeZone): { semester: 1 | 2; year: number } {
  const [year, month] = wallClockIn(instant, zone).split('-').map(Number) as [number, number];
  return { semester: month <= 6 ? 1 : 2, year };
}

/** The half-year after the one given, for the next wave of a survey repeated every six months. */
export function nextSemester({ semester, year }: { semester: 1 | 2; year: number }) {
  return semester === 1 ? { semester: 2 as const, year } : { semester: 1 as const, year: year + 1 };
}

/** An instant on the zone's clock, named: '15 Jan 2026, 08.30 WIT'. */
export function formatWaveTime(instant: string, language: 'id' | 'en', zone: TimeZone): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const text = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).format(time);
  return `${text} ${zoneAbbreviation(zone)}`;
}

/** The same wall-clock time `months` later on the zone's calendar; the 31st falls back to the month's last day. */
function addMonths(instant: Date, months: number, zone: TimeZone): Date {
  const [date = '', clock = '00:00'] = wallClockIn(instant, zone).split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}-${pad(Math.min(day, lastDay))}T${clock}`;
  return instantOfWallClock(local, zone) ?? instant;
}

/**
 * A window for the next wave of a survey repeated every six months: six months after the latest
 * wave opened, as long as it lasted; from the next full hour when that date has already passed.
 */
export function nextWaveWindow(
  latest: { opensAt: string; closesAt: string } | null,
  now: Date,
  zone: TimeZone,
): { opensAt: string; closesAt: string } {
  if (!latest) return defaultWindow(now, zone);
  const lastOpens = new Date(latest.opensAt);
  const duration = Math.max(HOUR_MS, Date.parse(latest.closesAt) - lastOpens.getTime());
  const opens = addMonths(lastOpens, 6, zone);
  if (opens.getTime() <= now.getTime()) {
    return defaultWindow(now, zone, Math.max(1, Math.round(duration / DAY_MS)));
  }
  return {
    opensAt: toZoneLocal(opens, zone),
    closesAt: toZoneLocal(new Date(opens.getTime() + duration), zone),
  };
}
