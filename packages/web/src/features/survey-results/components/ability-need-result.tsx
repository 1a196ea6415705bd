import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/chart-card';
import { sideBarsHeight } from './chart-size';
import { FigureTable } from './figure-table';
import { SideBars } from './lazy-charts';
import { useNeedColumns } from './need-columns';
import { RespondentsOnScale } from './respondents-on-scale';
import type { NeedRow } from './result-data';
import { useResultFormat } from './use-result-format';

interface AbilityNeedResultProps {
  title: string;
  /** Ranked: the biggest gap between need and ability first. */
  rows: NeedRow[];
  n: number;
  scale: { min: number; max: number };
}

/** LAN's needs survey: each statement's mean ability and need, ranked by the gap between them. */
export function AbilityNeedResult({ title, rows, n, scale }: AbilityNeedResultProps) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const needColumns = useNeedColumns<NeedRow>();
  return (
    <ChartCard
      title={title}
      order={3}
      empty={n === 0}
      chartHeight={sideBarsHeight(rows.length, 2)}
      tableMinWidth={560}
      chart={
        <SideBars
          data={rows.map((row) => ({ label: row.label, ability: row.meanAbility, need: row.meanNeed }))}
          series={[
            { name: 'ability', label: t('question.abilityNeed.ability'), color: 'indigo.7' },
            { name: 'need', label: t('question.abilityNeed.need'), color: 'orange.8' },
          ]}
          valueFormatter={(value) => format.mean(value)}
          domain={[0, scale.max]}
        />
      }
      table={
        <FigureTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            {
              key: 'rank',
              header: t('question.abilityNeed.rank'),
              cell: (_, index) => format.number(index + 1),
            },
            {
              key: 'statement',
              header: t('question.columns.statement'),
              cell: (row) => (
                <>
                  {row.label}
                  {row.competency && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({row.competency})
                    </Text>
                  )}
                </>
              ),
            },
            { key: 'n', header: t('question.columns.n'), numeric: true, cell: (row) => format.number(row.n) },
            ...needColumns,
          ]}
        />
      }
    >
      <RespondentsOnScale n={n} scale={scale} />
      <Text size="sm" c="dimmed">
        {t('question.abilityNeed.intro')}
      </Text>
    </ChartCard>
  );
}
