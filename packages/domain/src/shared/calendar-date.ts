// Calendar dates are plain 'YYYY-MM-DD' strings. A JS Date carries a time zone, and a birth date
// read in Asia/Jakarta and written in UTC silently moves to the day before.

export const DATE_ERROR_CODES = ['date.empty', 'date.format', 'date.invalid'] as const;
export type DateErrorCode = (typeof DATE_ERROR_CODES)[number];

export type ParseDateResult =
  | { ok: true; value: string }
  | { ok: false; code: DateErrorCode; params?: { value: string } };

// Month names as Indonesian (and English) files spell them; index + 1 is the month.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'pebruari', 'february', 'feb', 'peb'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'ags', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
];

function monthFromName(name: string): number | undefined {
  const index = MONTH_NAMES.findIndex((names) => names.includes(name.toLowerCase()));
  return index >= 0 ? index + 1 : undefined;
}

// Excel (1900 system) counts 1900-01-01 as serial 1 and keeps Lotus 1-2-3's fictitious 1900-02-29
// as serial 60; serial 2958465 is 9999-12-31, its last date.
const EXCEL_LEAP_BUG_SERIAL = 60;
const EXCEL_MAX_SERIAL = 2958465;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Formats parts as 'YYYY-MM-DD' without checking them; see isValidCalendarDate. */
export function toCalendarDate(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True for a canonical 'YYYY-MM-DD' string naming a real day. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function splitDate(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

export function parseCalendarDate(input: string | number | Date | null | undefined): ParseDateResult {
  if (input === null || input === undefined) return { ok: false, code: 'date.empty' };
  if (input instanceof Date) return fromUtcDate(input);
  if (typeof input === 'number') return fromExcelSerial(input, String(input));
  return fromText(input);
}

/** exceljs hands date cells over as a Date at UTC midnight, so the UTC fields hold the day. */
function fromUtcDate(date: Date): ParseDateResult {
  if (Number.isNaN(date.getTime())) {
    return { ok: false, code: 'date.invalid', params: { value: String(date) } };
  }
  return checked(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.toISOString());
}

function fromExcelSerial(serial: number, raw: string): ParseDateResult {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > EXCEL_MAX_SERIAL || day === EXCEL_LEAP_BUG_SERIAL) {
    return { ok: false, code: 'date.invalid', params: { value: raw } };
  }
  // Before the phantom leap day serials count from 1899-12-31; after it, one day is skipped.
  const epoch = day < EXCEL_LEAP_BUG_SERIAL ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return fromUtcDate(new Date(epoch + day * MS_PER_DAY));
}

function fromText(input: string): ParseDateResult {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, code: 'date.empty' };
  // A serial stored as text, as some spreadsheet-to-CSV exports write it. Five digits only
  // (1927-05-18 to 2173-10-13), so a bare year like '1985' is not read as a day in 1905.
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text), text);

  // yyyy-mm-dd, optionally followed by a time that is ignored (database and ISO exports).
  const iso =
    /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (iso) return checked(Number(iso[1]), Number(iso[3]), Number(iso[4]), text);

  const dmy = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (dmy) return checked(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]), text);

  // '12 Maret 1985', '12-Mar-1985': month names as Indonesian (and English) files write them.
  const named = /^(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4})$/i.exec(text);
  const month = named ? monthFromName(named[2] ?? '') : undefined;
  if (named && month !== undefined) return checked(Number(named[3]), month, Number(named[1]), text);

  return { ok: false, code: 'date.format', params: { value: text } };
}

function checked(year: number, month: number, day: number, raw: string): ParseDateResult {
  if (!isValidCalendarDate(year, month, day)) {
    return { ok: false, code: 'date.invalid', params: { value: raw } };
  }
  return { ok: true, value: toCalendarDate(year, month, day) };
}

/** Canonical dates sort as strings; returns -1, 0 or 1 for use in Array.sort. */
export function compareCalendarDates(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Adds whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = splitDate(date);
  const year = y + years;
  return toCalendarDate(year, m, Math.min(d, daysInMonth(year, m)));
}

/**
 * Whole years completed from a to b (an age when a is the birth date), negative when b is
 * before a. Consistent with addYears: someone born on 29 February turns one on 28 February.
 */
export function yearsBetween(a: string, b: string): number {
  if (b < a) return -yearsBetween(b, a);
  const years = splitDate(b)[0] - splitDate(a)[0];
  return addYears(a, years) <= b ? years : years - 1;
}

const DAY_MS = 86_400_000;

/** The calendar date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Adds whole months; a day the month does not have becomes its last (31 January + 1 month: 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = splitDate(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toCalendarDate(year, month, Math.min(d, daysInMonth(year, month)));
}
