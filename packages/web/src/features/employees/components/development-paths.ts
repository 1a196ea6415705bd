import { DEVELOPMENT_PATHS, type DevelopmentPath } from '@jenjang/domain/competency/development-paths';
import { useMemo } from 'react';
import { useFormat } from '../../../lib/use-format';

/** A development path's code and its name in the reader's language: "KL03 Pelatihan Teknis". */
export function usePathName() {
  const { language } = useFormat();
  return useMemo(() => (code: DevelopmentPath) => `${code} ${DEVELOPMENT_PATHS[code][language]}`, [language]);
}
