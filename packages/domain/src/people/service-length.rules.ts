import { daysInMonth, isCalendarDate, toCalendarDate } from '../shared/calendar-date';

// Masa kerja (length of service) of a PNS runs from TMT CPNS, the day the appointment as candidate
// took effect: BKN counts *masa kerja seluruhnya* from it, and the NIP carries its year and month
// (Perka BKN 22/2007). Service recognised from before the appointment (peninjauan masa kerja) is
// not known from TMT CPNS: where SIASN's mk_tahun/mk_bulan were imported, those are the record's.

export interface ServiceLength {
  years: number;
  months: number;
}

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

/**
 * Adds whole calendar months; a day the target month lacks becomes its last day (31 January plus
 * one month is 28 or 29 February), as addYears does with 29 February.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toCalendarDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * Whole months completed from `from` to `asOf`: the most months that, added to `from`, do not pass
 * `asOf`. A month started on the 31st is complete on the last day of a shorter month. Zero when
 * `asOf` is before `from`.
 */
export function monthsCompleted(from: string, asOf: string): number {
  if (asOf < from) return 0;
  const [y1, m1] = parts(from);
  const [y2, m2] = parts(asOf);
  const months = (y2 - y1) * 12 + (m2 - m1);
  return addMonths(from, months) <= asOf ? months : months - 1;
}

/**
 * Masa kerja from TMT CPNS as of a day (the government's today, passed in): calendar-exact years
 * and months, never negative (a TMT still to come counts nothing yet). Null for a date that is
 * not a real 'YYYY-MM-DD' day.
 */
export function serviceLengthFrom(tmtCpns: string, asOf: string): ServiceLength | null {
  if (!isCalendarDate(tmtCpns) || !isCalendarDate(asOf)) return null;
  const months = monthsCompleted(tmtCpns, asOf);
  return { years: Math.floor(months / 12), months: months % 12 };
}

/**
 * The masa kerja a record shows: SIASN's mk_tahun/mk_bulan where they were imported (they may
 * include recognised earlier service), else counted from TMT CPNS as of the day given; null when
 * neither is known. `computed` says which, so a page can say how the figure was found.
 */
export function recordServiceLength(
  record: { serviceYears: number | null; serviceMonths: number | null; tmtCpns: string | null },
  asOf: string,
): (ServiceLength & { computed: boolean }) | null {
  if (record.serviceYears !== null || record.serviceMonths !== null) {
    return { years: record.serviceYears ?? 0, months: record.serviceMonths ?? 0, computed: false };
  }
  const length = record.tmtCpns === null ? null : serviceLengthFrom(record.tmtCpns, asOf);
  return length && { ...length, computed: true };
}
