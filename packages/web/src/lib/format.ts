import { DEFAULT_TIME_ZONE, type TimeZone, zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import type { Language } from '../i18n/languages';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a 'YYYY-MM-DD' calendar date ('12 Maret 1985'). The parts are read from the string and
 * formatted in UTC, so no local time zone can move the day.
 */
export function formatCalendarDate(value: string | null | undefined, language: Language): string | null {
  if (!value) return null;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc);
}

/**
 * Formats an instant (ISO timestamp) with date and time on the government's clock (WIB, WITA or
 * WIT, named), whatever zone the browser is set to: '16 Jan 2024, 00.30.00 WIB'.
 */
export function formatTimestamp(
  value: string | null | undefined,
  language: Language,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const text = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone,
  }).format(time);
  return `${text} ${zoneAbbreviation(timeZone)}`;
}

/**
 * When a wave opens or closes, as people say it, on the government's clock with its zone named:
 * '12 Maret 2026 pukul 08.00 WIT', 'March 12, 2026 at 8:00 AM WIT'. Never the browser's zone: a
 * respondent on a phone or laptop set to another zone still reads the government's time.
 */
export function formatDeadline(value: string, language: Language, zone: TimeZone): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return `${deadlineFormat(language, zone).format(time)} ${zoneAbbreviation(zone)}`;
}

const deadlineFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and zone, kept: making one loads the language's calendar data and the
 * zone's rules, ≈ 45 ms of a laptop's CPU the first time, four times that on a phone.
 */
function deadlineFormat(language: Language, zone: TimeZone): Intl.DateTimeFormat {
  const key = `${language} ${zone}`;
  let format = deadlineFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
    deadlineFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

export function formatPercent(fraction: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** How long ago (or until) an instant, in the largest whole unit: '3 jam yang lalu', 'yesterday'. */
export function formatRelativeTime(value: string, now: Date, language: Language): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const seconds = Math.round((time - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'minute');
}
