import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/chart-card';
import { sideBarsHeight } from './chart-size';
import { SideBars } from './lazy-charts';
import type { StatementMeanRow } from './result-data';
import { useResultFormat } from './use-result-format';

interface MatrixResultProps {
  title: string;
  rows: StatementMeanRow[];
  n: number;
  scale: { min: number; max: number };
}

/** A matrix of statements on one scale: each statement's mean, in the instrument's order. */
export function MatrixResult({ title, rows, n, scale }: MatrixResultProps) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  return (
    <ChartCard
      title={title}
      order={3}
      empty={n === 0}
      chartHeight={sideBarsHeight(rows.length)}
      chart={
        <SideBars
          data={rows.map((row) => ({ label: row.label, mean: row.mean }))}
          series={[{ name: 'mean', label: t('question.columns.mean'), color: 'teal.8' }]}
          valueFormatter={(value) => format.mean(value)}
          domain={[0, scale.max]}
        />
      }
      table={
        <Table striped verticalSpacing={4} fz="sm">
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('question.columns.statement')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.columns.n')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.columns.mean')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td ta="right">{format.number(row.n)}</Table.Td>
                <Table.Td ta="right">{format.mean(row.mean)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <Text size="sm">
        {t('question.respondents', { count: n, formatted: format.number(n) })}
        {' · '}
        {t('question.scale', { min: format.number(scale.min), max: format.number(scale.max) })}
      </Text>
    </ChartCard>
  );
}
