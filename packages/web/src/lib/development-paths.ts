import { PROGRAM_PATHS, type ProgramPath } from '@jenjang/domain/programs/program-paths';
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

/**
 * A development path's code and its name in the reader's language: "KL03 Pelatihan Teknis"; degree
 * study, which has no code of LAN's, by its name alone.
 */
export function usePathName() {
  const { language } = useFormat();
  return useMemo(
    () => (code: ProgramPath) =>
      code === 'PEND' ? PROGRAM_PATHS.PEND[language] : `${code} ${PROGRAM_PATHS[code][language]}`,
    [language],
  );
}
