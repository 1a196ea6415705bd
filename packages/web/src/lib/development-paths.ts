import { DEVELOPMENT_PATHS, type DevelopmentPath } from '@jenjang/domain/competency/development-paths';
import { useMemo } from 'react';
import { useFormat } from './use-format';

const rupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  maximumFractionDigits: 0,
});

/** Rupiah as Indonesian budgets write it (Rp 1.250.000), whatever the interface language. */
export function formatRupiah(value: number): string {
  return rupiah.format(value);
}

/** A development path's code and its name in the reader's language: "KL03 Pelatihan Teknis". */
export function usePathName() {
  const { language } = useFormat();
  return useMemo(() => (code: DevelopmentPath) => `${code} ${DEVELOPMENT_PATHS[code][language]}`, [language]);
}
