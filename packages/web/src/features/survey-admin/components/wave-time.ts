// The time of a wave's window as the admin types it: a wall-clock time in Jakarta (WIB, UTC+7,
// no daylight saving), whatever zone the browser is set to. The API takes ISO 8601 with the offset.

export const SURVEY_TIME_ZONE = 'Asia/Jakarta';
const OFFSET = '+07:00';
const OFFSET_MS = 7 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The value of a datetime-local input ('2026-01-05T08:00') showing `instant` on a Jakarta clock. */
export function toJakartaLocal(instant: Date | string): string {
  const time = new Date(instant).getTime();
  return new Date(time + OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant of a Jakarta wall-clock time as ISO with its offset, or null for no valid time. */
export function fromJakartaLocal(local: string): string | null {
  const match = LOCAL.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second = '00'] = match.slice(1).map((part) => part ?? '00');
  const utc = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)),
  );
  // Date.UTC rolls 31 February over into March; such a date was never on a calendar.
  const sameDay =
    utc.getUTCFullYear() === Number(year) &&
    utc.getUTCMonth() === Number(month) - 1 &&
    utc.getUTCDate() === Number(day) &&
    utc.getUTCHours() === Number(hour);
  if (!sameDay) return null;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${OFFSET}`;
}

export type WindowProblem = 'opensInvalid' | 'closesInvalid' | 'closesBeforeOpens';

/** What is wrong with a typed window, if anything (the server checks the same). */
export function windowProblem(opensAt: string, closesAt: string): WindowProblem | null {
  const opens = fromJakartaLocal(opensAt);
  const closes = fromJakartaLocal(closesAt);
  if (!opens) return 'opensInvalid';
  if (!closes) return 'closesInvalid';
  return Date.parse(closes) > Date.parse(opens) ? null : 'closesBeforeOpens';
}

/** A window to start from: from the next full hour for two weeks. */
export function defaultWindow(now: Date, days = 14): { opensAt: string; closesAt: string } {
  const opens = Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS;
  return {
    opensAt: toJakartaLocal(new Date(opens)),
    closesAt: toJakartaLocal(new Date(opens + days * DAY_MS)),
  };
}

/** The half-year an instant falls in on a Jakarta calendar, for labels like "Semester I 2026". */
export function semesterOf(instant: Date): { semester: 1 | 2; year: number } {
  const local = new Date(instant.getTime() + OFFSET_MS);
  return { semester: local.getUTCMonth() < 6 ? 1 : 2, year: local.getUTCFullYear() };
}

/** The half-year after the one given, for the next wave of a survey repeated every six months. */
export function nextSemester({ semester, year }: { semester: 1 | 2; year: number }) {
  return semester === 1 ? { semester: 2 as const, year } : { semester: 1 as const, year: year + 1 };
}

/** An instant on a Jakarta clock, with the zone: '15 Jan 2026, 08.30 WIB'. */
export function formatWaveTime(instant: string, language: 'id' | 'en'): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: SURVEY_TIME_ZONE,
    timeZoneName: 'short',
  }).format(time);
}

/** The same instant `months` later on a Jakarta calendar; the 31st falls back to the month's last day. */
function addMonths(instant: Date, months: number): Date {
  const local = new Date(instant.getTime() + OFFSET_MS);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay));
  return new Date(local.getTime() - OFFSET_MS);
}

/**
 * A window for the next wave of a survey repeated every six months: six months after the latest
 * wave opened, as long as it lasted; from the next full hour when that date has already passed.
 */
export function nextWaveWindow(
  latest: { opensAt: string; closesAt: string } | null,
  now: Date,
): { opensAt: string; closesAt: string } {
  if (!latest) return defaultWindow(now);
  const lastOpens = new Date(latest.opensAt);
  const duration = Math.max(HOUR_MS, Date.parse(latest.closesAt) - lastOpens.getTime());
  const opens = addMonths(lastOpens, 6);
  if (opens.getTime() <= now.getTime()) return defaultWindow(now, Math.max(1, Math.round(duration / DAY_MS)));
  return { opensAt: toJakartaLocal(opens), closesAt: toJakartaLocal(new Date(opens.getTime() + duration)) };
}
