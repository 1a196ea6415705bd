import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/chart-card';
import { sideBarsHeight } from './chart-size';
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
}

/** A Likert or choice question: bars of each answer's share, a table of counts and percents. */
export function ShareResult({ title, rows, n, mean, multiple = false }: ShareResultProps) {
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
        <Table striped verticalSpacing={4} fz="sm">
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">
                {isLikert ? t('question.columns.answer') : t('question.columns.option')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.columns.count')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.columns.percent')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td ta="right">{format.number(row.count)}</Table.Td>
                <Table.Td ta="right">{format.share(row.percent)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
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
    </ChartCard>
  );
}
