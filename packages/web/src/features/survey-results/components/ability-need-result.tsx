import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/chart-card';
import { sideBarsHeight } from './chart-size';
import { SideBars } from './lazy-charts';
import type { NeedRow } from './result-data';
import { MEAN_DECIMALS } from './result-format';
import { NO_FIGURE, useResultFormat } from './use-result-format';

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
        <Table striped verticalSpacing={4} fz="sm">
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('question.abilityNeed.rank')}</Table.Th>
              <Table.Th scope="col">{t('question.columns.statement')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.columns.n')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.abilityNeed.ability')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.abilityNeed.need')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('question.abilityNeed.gap')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={row.key}>
                <Table.Td>{format.number(index + 1)}</Table.Td>
                <Table.Td>
                  {row.label}
                  {row.competency && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({row.competency})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{format.number(row.n)}</Table.Td>
                <Table.Td ta="right">{format.mean(row.meanAbility)}</Table.Td>
                <Table.Td ta="right">{format.mean(row.meanNeed)}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {row.gap === null ? NO_FIGURE : format.change(row.gap, MEAN_DECIMALS)}
                </Table.Td>
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
      <Text size="sm" c="dimmed">
        {t('question.abilityNeed.intro')}
      </Text>
    </ChartCard>
  );
}
