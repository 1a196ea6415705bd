import { useTranslation } from 'react-i18next';
import type { IkmConvention } from '../api/types';

// Every IKM report states its convention (DOMAIN.md §5): "Bobot 1/9 (PermenPANRB 14/2017)" or, as
// many governments' past reports, "Bobot 0,111, NRR tertimbang dibulatkan 2 desimal".

export function conventionKey(convention: IkmConvention) {
  const rounded = convention.roundDecimals !== null;
  if (convention.weight === 'exact') return rounded ? 'exactRounded' : 'exact';
  return rounded ? 'practice' : 'practiceUnrounded';
}

/** The convention in the reader's language. */
export function useConventionText() {
  const { t } = useTranslation('domain');
  return (convention: IkmConvention) =>
    t(`ikmConvention.${conventionKey(convention)}`, { decimals: convention.roundDecimals ?? 0 });
}
