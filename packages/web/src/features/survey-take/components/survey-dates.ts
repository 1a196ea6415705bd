import type { Language } from '../../../i18n/languages';

/** When a wave closes, as people say it: '12 Maret 2026 pukul 17.00', 'March 12, 2026 at 5:00 PM'. */
export function formatDeadline(value: string, language: Language): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(time);
}
