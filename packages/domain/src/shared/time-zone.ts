// Indonesia's three time zones (Keppres 41/1987): WIB UTC+7, WITA UTC+8, WIT UTC+9, none with
// daylight saving. Each government keeps the zone of its region; survey windows, reminders, the
// day an answer counts for and every date shown to its people follow it, whatever zone the server
// or the browser runs in. Fixed offsets keep these functions pure and exact.

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
export const DEFAULT_TIME_ZONE: TimeZone = 'Asia/Jakarta';

const ZONES: Record<TimeZone, { abbreviation: 'WIB' | 'WITA' | 'WIT'; offsetMinutes: number }> = {
  'Asia/Jakarta': { abbreviation: 'WIB', offsetMinutes: 7 * 60 },
  'Asia/Makassar': { abbreviation: 'WITA', offsetMinutes: 8 * 60 },
  'Asia/Jayapura': { abbreviation: 'WIT', offsetMinutes: 9 * 60 },
};

export function isTimeZone(value: unknown): value is TimeZone {
  return typeof value === 'string' && (TIME_ZONES as readonly string[]).includes(value);
}

/** 'WIB', 'WITA' or 'WIT': what people in Indonesia call the zone. */
export const zoneAbbreviation = (zone: TimeZone) => ZONES[zone].abbreviation;

/** '+07:00', for ISO 8601 strings. */
export function zoneOffset(zone: TimeZone): string {
  const minutes = ZONES[zone].offsetMinutes;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `+${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

const offsetMs = (zone: TimeZone) => ZONES[zone].offsetMinutes * 60_000;

/** The calendar day ('YYYY-MM-DD') an instant falls on in the zone. */
export function calendarDateIn(instant: Date | string | number, zone: TimeZone): string {
  return new Date(new Date(instant).getTime() + offsetMs(zone)).toISOString().slice(0, 10);
}

/** The wall-clock time ('YYYY-MM-DDTHH:mm') an instant shows in the zone. */
export function wallClockIn(instant: Date | string | number, zone: TimeZone): string {
  return new Date(new Date(instant).getTime() + offsetMs(zone)).toISOString().slice(0, 16);
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The instant of a wall-clock time ('2026-01-05T08:00', or a bare date for its midnight) in the
 * zone, or null when no such time was ever on a calendar (31 February, 24:00).
 */
export function instantOfWallClock(local: string, zone: TimeZone): Date | null {
  const match = WALL_CLOCK.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const real =
    utc.getUTCFullYear() === year &&
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day &&
    utc.getUTCHours() === hour &&
    utc.getUTCMinutes() === minute;
  return real ? new Date(utc.getTime() - offsetMs(zone)) : null;
}

/** The instant a calendar day begins in the zone. */
export function startOfDayIn(date: string, zone: TimeZone): Date | null {
  return instantOfWallClock(date, zone);
}
