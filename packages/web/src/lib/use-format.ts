import { DEFAULT_TIME_ZONE, type TimeZone } from '@jenjang/domain/shared/time-zone';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n/languages';
import { formatCalendarDate, formatNumber, formatPercent, formatTimestamp } from './format';
import { useSession } from './session';

/**
 * Formatters bound to the current UI language and the signed-in user's government's time zone
 * (`timeZone` overrides it, e.g. on a public page that names its government's zone).
 */
export function useFormat(timeZone?: TimeZone) {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'id';
  const session = useSession();
  const zone = timeZone ?? session?.user.tenant.timeZone ?? DEFAULT_TIME_ZONE;
  return useMemo(
    () => ({
      language,
      timeZone: zone,
      date: (value: string | null | undefined) => formatCalendarDate(value, language),
      timestamp: (value: string | null | undefined) => formatTimestamp(value, language, zone),
      number: (value: number) => formatNumber(value, language),
      percent: (fraction: number) => formatPercent(fraction, language),
    }),
    [language, zone],
  );
}
