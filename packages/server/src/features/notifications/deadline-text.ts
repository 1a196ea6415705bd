import { type TimeZone, zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import { type Locale, translate } from '../../i18n/translate';

/**
 * A deadline as a person reads it, on the government's clock and in the reader's language, with
 * the zone named: '12 Maret 2026 pukul 08.00 WIT', '12 March 2026 at 08:00 WIT'. Never the UTC
 * date: 08:00 WIT on the 12th is 23:00 UTC on the 11th.
 */
export function deadlineText(instant: Date | string, zone: TimeZone, locale: Locale): string {
  const time = new Date(instant);
  const tag = locale === 'en' ? 'en-GB' : 'id';
  const date = new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(time);
  const clock = new Intl.DateTimeFormat(tag, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(time);
  return translate(locale, 'survey.mail.deadline', { date, time: clock, zone: zoneAbbreviation(zone) });
}
