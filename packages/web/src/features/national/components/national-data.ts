import { calendarDateIn, type TimeZone, zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import type { NationalEmployees, NationalIkm, NationalParticipation } from '../../../api/types';
import type { Language } from '../../../i18n/languages';
import { formatCalendarDate } from '../../../lib/format';

/** The height of a bar chart with this many bars (one row each), also its loading placeholder's. */
export const chartHeight = (bars: number) => Math.max(160, bars * 30 + 40);

/** One bar: a stable key, what it is, and its value. */
export interface BarDatum {
  key: string;
  label: string;
  value: number;
}

/** Governments whose total is shown, largest first: a hidden total gets no bar. */
export function employeeBars(rows: NationalEmployees['governments']): BarDatum[] {
  return rows
    .flatMap((row) =>
      row.total === null
        ? []
        : [{ key: String(row.government.id), label: row.government.name, value: row.total }],
    )
    .sort((a, b) => b.value - a.value);
}

/**
 * The newest IKM of each service of each government (items come newest first per government), best
 * first: one bar per service, the table keeps every period.
 */
export function latestIkmBars(items: NationalIkm['items']): BarDatum[] {
  const seen = new Set<string>();
  const bars: BarDatum[] = [];
  for (const item of items) {
    if (item.ikm === null) continue;
    const service = item.serviceUnit ?? item.serviceName ?? item.surveyTitle;
    const key = `${item.government.id}:${service}`;
    if (seen.has(key)) continue;
    seen.add(key);
    bars.push({ key, label: `${item.government.name} · ${service}`, value: item.ikm.ikm });
  }
  return bars.sort((a, b) => b.value - a.value);
}

/** Participation in percent of each wave whose counts are shown. */
export function participationBars(items: NationalParticipation['items']): BarDatum[] {
  return items.flatMap((item, index) =>
    item.rate === null
      ? []
      : [
          {
            key: `${item.government.id}:${index}`,
            label: `${item.government.name} · ${item.surveyTitle} (${item.wave.label})`,
            value: Math.round(item.rate * 1000) / 10,
          },
        ],
  );
}

/**
 * A wave's period on its government's clock, with the zone named: "5 Januari 2026 – 30 Juni 2026
 * (WIB)". Each government's dates follow its own zone, whoever reads them.
 */
export function wavePeriod(
  wave: { opensAt: string; closesAt: string },
  zone: TimeZone,
  language: Language,
): string {
  const from = formatCalendarDate(calendarDateIn(wave.opensAt, zone), language);
  const to = formatCalendarDate(calendarDateIn(wave.closesAt, zone), language);
  return `${from} – ${to} (${zoneAbbreviation(zone)})`;
}

/** part ÷ whole when both are shown and the whole is not zero; null otherwise. */
export function shareOf(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : part / whole;
}

/**
 * The share meeting the standard (JPM "Memenuhi Syarat") among the employees fully assessed, in
 * percent, per government whose counts are shown.
 */
export function competencyMeetsBars(
  governments: readonly {
    government: { id: number; name: string };
    employees: number | null;
    meets: number | null;
    unknown: number | null;
  }[],
): BarDatum[] {
  return governments.flatMap((row) => {
    const assessed = row.employees === null || row.unknown === null ? null : row.employees - row.unknown;
    const share = shareOf(row.meets, assessed);
    return share === null
      ? []
      : [
          {
            key: String(row.government.id),
            label: row.government.name,
            value: Math.round(share * 1000) / 10,
          },
        ];
  });
}
