import { useTranslation } from 'react-i18next';
import type { FigureColumn } from './figure-table';
import { MEAN_DECIMALS } from './result-format';
import { NO_FIGURE, useResultFormat } from './use-result-format';

interface NeedFigures {
  meanAbility: number | null;
  meanNeed: number | null;
  gap: number | null;
}

/** The mean ability, the mean need and the gap between them (in bold): the columns of every needs table. */
export function useNeedColumns<Row extends NeedFigures>(): FigureColumn<Row>[] {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  return [
    {
      key: 'ability',
      header: t('question.abilityNeed.ability'),
      numeric: true,
      cell: (row) => format.mean(row.meanAbility),
    },
    {
      key: 'need',
      header: t('question.abilityNeed.need'),
      numeric: true,
      cell: (row) => format.mean(row.meanNeed),
    },
    {
      key: 'gap',
      header: t('question.abilityNeed.gap'),
      numeric: true,
      strong: true,
      cell: (row) => (row.gap === null ? NO_FIGURE : format.change(row.gap, MEAN_DECIMALS)),
    },
  ];
}
