import { type TimeZone, zoneAbbreviation } from '@jenjang/domain/time-zone';
import type { Language } from '../../../i18n/languages';

/**
 * When a wave opens or closes, as people say it, on the government's clock with its zone named:
 * '12 Maret 2026 pukul 08.00 WIT', 'March 12, 2026 at 8:00 AM WIT'. Never the browser's zone: a
 * respondent on a laptop set to another zone still reads the government's time.
 */
export function formatDeadline(value: string, language: Language, zone: TimeZone): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const text = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: zone,
  }).format(time);
  return `${text} ${zoneAbbreviation(zone)}`;
}
