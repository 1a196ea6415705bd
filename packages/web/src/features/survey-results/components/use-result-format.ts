import { useMemo } from 'react';
import { useFormat } from '../../../lib/use-format';
import {
  formatChange,
  formatDecimal,
  formatIkm,
  formatMean,
  formatNrr,
  formatShare,
  formatWindow,
} from './result-format';

/** Stands for a figure nobody's answers give (a mean of no ratings). */
export const NO_FIGURE = '–';

/** The app's formatters plus the results page's own, bound to the current UI language. */
export function useResultFormat() {
  const format = useFormat();
  return useMemo(() => {
    const { language } = format;
    return {
      ...format,
      decimal: (value: number, decimals: number) => formatDecimal(value, decimals, language),
      ikm: (value: number) => formatIkm(value, language),
      nrr: (value: number) => formatNrr(value, language),
      mean: (value: number | null) => formatMean(value, language) ?? NO_FIGURE,
      share: (percent: number | null) => formatShare(percent, language) ?? NO_FIGURE,
      change: (value: number, decimals: number) => formatChange(value, decimals, language),
      window: (opensAt: string, closesAt: string) => formatWindow(opensAt, closesAt, language),
    };
  }, [format]);
}

export type ResultFormat = ReturnType<typeof useResultFormat>;
