import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PerformanceBand,
  PotentialBand,
  SuccessorReadiness,
  TalentReason,
  TalentRecommendation,
  TalentScoreLine,
} from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { signedPoints, type TalentLineWords, talentLineMessage } from './talent-line';

/**
 * Talent mapping in the reader's words: a score line's sentence, reasons, recommendations, bands and
 * boxes. Predikat, JPM categories and education levels keep the names the performance, competency
 * and promotion pages give them (their namespaces load with the pages that show talent).
 */
export function useTalentWords() {
  const { t } = useTranslation('talent');
  const { t: tPerformance } = useTranslation('performance');
  const { t: tCompetencies } = useTranslation('competencies');
  const { t: tPromotion } = useTranslation('promotion');
  const format = useFormat();
  return useMemo(() => {
    const words: TalentLineWords = {
      predikat: (value) => tPerformance(`predikat.${value}`),
      jpm: (value) => tCompetencies(`jpm.labels.${value}`),
      education: (value) => tPromotion(`education.${value}`),
      number: (value) => format.number(value),
    };
    return {
      line: (line: Pick<TalentScoreLine, 'code' | 'params'>) => {
        const message = talentLineMessage(line, words);
        return t(message.key, message.params);
      },
      points: (points: number) => signedPoints(points, format.number),
      number: (value: number) => format.number(value),
      reason: (code: TalentReason) => t(code),
      recommendation: (value: TalentRecommendation) => t(`recommendation.${value}`),
      performanceBand: (band: PerformanceBand) => t(`band.performance.${band}`),
      potentialBand: (band: PotentialBand) => t(`band.potential.${band}`),
      /** How soon a successor would be ready: 'Siap sekarang', 'Siap 1–2 tahun', … */
      readiness: (value: SuccessorReadiness) => t(`readiness.${value}`),
      /** 'Kotak 9' or, when the government named it, 'Kotak 9 · Bintang'. */
      box: (box: number, label: string | null) =>
        label ? t('box.numberLabel', { box, label }) : t('box.number', { box }),
    };
  }, [t, tPerformance, tCompetencies, tPromotion, format]);
}

export type TalentWords = ReturnType<typeof useTalentWords>;
