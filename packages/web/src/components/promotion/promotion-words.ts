import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromotionCheck } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { type CheckWords, checkMessage } from './check-message';

/** '1 April' / 'April 1': the day a period month's promotions take effect. */
export function periodDayName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 1),
  );
}

/** 'Januari', 'January'. */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 1),
  );
}

/** Kenaikan pangkat in the reader's words: a check's sentence, dates, and lists joined as people say them. */
export function usePromotionWords() {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  return useMemo(() => {
    const words: CheckWords = {
      date: (value) => format.date(value) ?? value,
      predikat: (value) => t(`predikat.${value}`),
      education: (value) => t(`education.${value}`),
      positionLevel: (value) => t(`positionLevel.${value}`),
      unknown: t('unknown'),
    };
    const list = new Intl.ListFormat(format.language, { type: 'conjunction' });
    return {
      check: (check: PromotionCheck) => {
        const message = checkMessage(check, words);
        return t(message.key, message.params);
      },
      date: (value: string) => format.date(value) ?? value,
      list: (items: readonly string[]) => list.format(items),
    };
  }, [t, format]);
}
