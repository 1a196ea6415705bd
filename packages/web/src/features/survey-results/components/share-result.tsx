import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/chart-card';
import { sideBarsHeight } from './chart-size';
import { FigureTable } from './figure-table';
import { SideBars } from './lazy-charts';
import type { ShareRow } from './result-data';
import { useResultFormat } from './use-result-format';

interface ShareResultProps {
  title: string;
  rows: ShareRow[];
  n: number;
  /** Likert: the mean and its scale. */
  mean?: { value: number | null; min: number; max: number };
  /** Multiple choice: shares are of respondents, so they may add up beyond 100%. */
  multiple?: boolean;
  /** What the figures leave out and why (a profile question's hidden options). */
  note?: string | undefined;
}

/** A Likert or choice question: bars of each answer's share, a table of counts and percents. */
export function ShareResult({ title, rows, n, mean, multiple = false, note }: ShareResultProps) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const isLikert = mean !== undefined;
  return (
    <ChartCard
      title={title}
      order={3}
      empty={n === 0}
      chartHeight={sideBarsHeight(rows.length)}
      chart={
        <SideBars
          data={rows.map((row) => ({ label: row.label, percent: row.percent ?? 0 }))}
          series={[{ name: 'percent', label: t('question.columns.percent'), color: 'indigo.7' }]}
          valueFormatter={(value) => format.share(value)}
          domain={[0, 100]}
        />
      }
      table={
        <FigureTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            {
              key: 'answer',
              header: isLikert ? t('question.columns.answer') : t('question.columns.option'),
              cell: (row) => row.label,
            },
            {
              key: 'count',
              header: t('question.columns.count'),
              numeric: true,
              cell: (row) => format.number(row.count),
            },
            {
              key: 'percent',
              header: t('question.columns.percent'),
              numeric: true,
              cell: (row) => format.share(row.percent),
            },
          ]}
        />
      }
    >
      <Text size="sm">
        {t('question.respondents', { count: n, formatted: format.number(n) })}
        {mean && mean.value !== null && (
          <>
            {' · '}
            <Text span fw={700} size="sm">
              {t('question.mean', {
                mean: format.mean(mean.value),
                min: format.number(mean.min),
                max: format.number(mean.max),
              })}
            </Text>
          </>
        )}
      </Text>
      {multiple && (
        <Text size="sm" c="dimmed">
          {t('question.multipleNote')}
        </Text>
      )}
      {note && (
        <Text size="sm" c="dimmed" data-testid="hidden-options">
          {note}
        </Text>
      )}
    </ChartCard>
  );
}
