import { Table, Text } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalParticipation } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { useFormat } from '../../../lib/use-format';
import { CountCell } from './count-cell';
import { chartHeight, participationBars, wavePeriod } from './national-data';

const NationalBarChart = lazy(() =>
  import('./national-charts').then((module) => ({ default: module.NationalBarChart })),
);

/** How many of those invited to each employee-survey wave answered, per government. */
export function ParticipationCard({ data }: { data: NationalParticipation }) {
  const { t } = useTranslation('national');
  const format = useFormat();
  const bars = participationBars(data.items);
  const title = t('participation.title');
  return (
    <ChartCard
      title={title}
      empty={data.items.length === 0}
      chartHeight={chartHeight(bars.length)}
      tableMinWidth={720}
      chart={
        <NationalBarChart
          data={bars}
          seriesLabel={t('participation.series')}
          valueFormatter={(value) => format.percent(value / 100)}
          max={100}
          color="grape.8"
        />
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('government')}</Table.Th>
              <Table.Th scope="col">{t('participation.survey')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('participation.invited')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('participation.responded')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('participation.rate')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((item, index) => (
              <Table.Tr key={`${item.government.id}:${index}`}>
                <Table.Th scope="row" fw={400}>
                  {item.government.name}
                </Table.Th>
                <Table.Td>
                  {item.surveyTitle} · {item.wave.label}
                  <Text size="xs" c="dimmed">
                    {t(`participation.mode.${item.mode}`)} · {t(`participation.status.${item.wave.status}`)} ·{' '}
                    {wavePeriod(item.wave, item.government.timeZone, format.language)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={item.invited} format={format.number} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={item.responded} format={format.number} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={item.rate} format={format.percent} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      {data.items.some((item) => item.invited === null || item.responded === null) && (
        <Text size="sm" c="dimmed">
          {t('hiddenNote', { k: data.k })}
        </Text>
      )}
    </ChartCard>
  );
}
