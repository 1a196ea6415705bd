import type { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';

/** Talent settings in the reader's words: points, a box with its name, lists joined as people say them. */
export function useTalentSettingsWords() {
  const { t } = useTranslation('talentSettings');
  const format = useFormat();
  return useMemo(() => {
    const list = new Intl.ListFormat(format.language, { type: 'conjunction' });
    return {
      points: (value: number) => format.number(value),
      list: (items: readonly string[]) => list.format(items),
      /** 'Kotak 9' or 'Kotak 9 · Bintang' under some settings. */
      box: (number: number, settings?: TalentSettings) => {
        const label = settings?.boxLabels[String(number) as keyof TalentSettings['boxLabels']];
        return label ? t('boxes.boxNamed', { number, label }) : t('boxes.box', { number });
      },
    };
  }, [t, format]);
}
