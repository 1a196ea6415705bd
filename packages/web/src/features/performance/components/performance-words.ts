import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceAppraisal } from '../../../api/types';
import { monthName, periodName } from './performance-values';

/** A period's words in the reader's language: 'Triwulan III', 'Bulan Januari', 'Tahunan'. */
export function usePeriodLabel() {
  const { t, i18n } = useTranslation('performance');
  const language = i18n.language;
  return useMemo(
    () => (period: PerformanceAppraisal['period'], fromMonth: number, toMonth: number) => {
      const name = periodName(period, fromMonth, toMonth);
      switch (name.kind) {
        case 'annual':
          return t('period.annual');
        case 'monthly':
          return t('period.monthly', { month: monthName(name.month, language) });
        case 'months':
          return t('period.months', {
            from: monthName(name.from, language),
            to: monthName(name.to, language),
          });
        default:
          return t(`period.${name.kind}`, { roman: name.roman });
      }
    },
    [t, language],
  );
}
